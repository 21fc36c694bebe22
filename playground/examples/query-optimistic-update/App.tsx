import { memo } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Task } from '@/mocks/browser';
import { updateTaskMutation } from './mutations';
import { projectStatsQuery, projectTasksQuery } from './queries';

const PROJECT_ID = 'proj_01';

export default function App() {
  const tasks = useQuery(projectTasksQuery(PROJECT_ID));

  return (
    <main>
      <h1>Tasks</h1>
      <ProjectProgress projectId={PROJECT_ID} />
      {tasks.isPending ? (
        <p>Loading tasks…</p>
      ) : tasks.isError ? (
        <p role="alert">Could not load the tasks: {tasks.error.message}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {tasks.data.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </ul>
      )}
    </main>
  );
}

function ProjectProgress({ projectId }: { projectId: string }) {
  // Counted by the server: not updated optimistically, refetched after each edit instead.
  const { data: stats, isFetching } = useQuery(projectStatsQuery(projectId));
  if (!stats) return <p>Counting…</p>;
  return (
    <p>
      {stats.byStatus.done} of {stats.taskCount} done · {stats.overdue} overdue
      {isFetching && ' · recounting…'}
    </p>
  );
}

// Structural sharing keeps every task the edit did not touch the very same object, so with
// `memo` only the edited row renders again.
const TaskRow = memo(function TaskRow({ task }: { task: Task }) {
  // One mutation per row: each row shows its own saving and error state.
  const { mutate, isPending, isError, error } = useMutation(updateTaskMutation());
  const done = task.status === 'done';

  return (
    <li>
      <label>
        {/* Disabled while saving: a second edit would be based on a version about to change. */}
        <input
          type="checkbox"
          checked={done}
          disabled={isPending}
          onChange={() => mutate({ task, changes: { status: done ? 'todo' : 'done' } })}
        />{' '}
        {task.title}
      </label>
      {isPending && <small> saving…</small>}
      {isError && <small role="alert"> not saved ({error.message}), undone</small>}
    </li>
  );
});
