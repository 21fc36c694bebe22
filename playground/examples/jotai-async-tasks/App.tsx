import { Suspense } from 'react';
import { useAtom, useAtomValue, useSetAtom } from 'jotai';
import { commentsAtom, openTasksAtom, progressAtom, refreshProgressAtom, selectedTaskIdAtom } from './atoms';
import ErrorBoundary from './ErrorBoundary';

export default function App() {
  const refreshTasks = useSetAtom(openTasksAtom);
  return (
    <main>
      <h1>Admin Console Revamp</h1>
      <Progress />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '1rem' }}>
        <section>
          <h2>Open tasks</h2>
          <ErrorBoundary what="the tasks" onRetry={refreshTasks}>
            <Suspense fallback={<p>Loading tasks…</p>}>
              <TaskList />
            </Suspense>
          </ErrorBoundary>
        </section>
        <section>
          <h2>Comments</h2>
          <SelectedTaskComments />
        </section>
      </div>
    </main>
  );
}

/** Never suspends and never throws: the last numbers stay up while new ones load, a failure is a line of text. */
function Progress() {
  const progress = useAtomValue(progressAtom);
  const refresh = useSetAtom(refreshProgressAtom);
  return (
    <p>
      {progress.text} <button onClick={() => refresh()}>{progress.failed ? 'Retry' : 'Refresh'}</button>
    </p>
  );
}

function TaskList() {
  const tasks = useAtomValue(openTasksAtom);
  const [selectedId, select] = useAtom(selectedTaskIdAtom);
  return (
    <ul>
      {tasks.map((task) => (
        <li key={task.id}>
          <button aria-pressed={task.id === selectedId} onClick={() => select(task.id)}>
            {task.title}
          </button>{' '}
          · {task.priority}
        </li>
      ))}
    </ul>
  );
}

function SelectedTaskComments() {
  const taskId = useAtomValue(selectedTaskIdAtom);
  if (!taskId) return <p>Pick a task to read its comments.</p>;
  // `key`: another task gets fresh components, not the previous task's error.
  return <TaskComments key={taskId} taskId={taskId} />;
}

function TaskComments({ taskId }: { taskId: string }) {
  const refreshComments = useSetAtom(commentsAtom(taskId));
  return (
    <ErrorBoundary what="the comments" onRetry={refreshComments}>
      <Suspense fallback={<p>Loading comments…</p>}>
        <CommentList taskId={taskId} />
      </Suspense>
    </ErrorBoundary>
  );
}

function CommentList({ taskId }: { taskId: string }) {
  const comments = useAtomValue(commentsAtom(taskId));
  if (comments.length === 0) return <p>No comments yet.</p>;
  return (
    <ul>
      {comments.map((comment) => (
        <li key={comment.id}>{comment.body}</li>
      ))}
    </ul>
  );
}
