import { useSnapshot } from 'valtio';
import { clearSelection, inbox, openTask, toggleSelected } from './store';

export default function App() {
  return (
    <main>
      <h1>Tasks</h1>
      <SelectionBar />
      <TaskList />
      <Comments />
    </main>
  );
}

function SelectionBar() {
  const { selected } = useSnapshot(inbox);
  return (
    <p>
      {selected.size} selected{' '}
      <button onClick={clearSelection} disabled={selected.size === 0}>
        Clear selection
      </button>
    </p>
  );
}

function TaskList() {
  const snap = useSnapshot(inbox);
  if (snap.error) return <p role="alert">{snap.error}</p>;
  if (snap.tasks.length === 0) return <p>Loading tasks…</p>;
  return (
    <ul>
      {snap.tasks.map((task) => (
        <li key={task.id}>
          <input
            type="checkbox"
            aria-label={`Select ${task.title}`}
            checked={snap.selected.has(task.id)}
            onChange={() => toggleSelected(task.id)}
          />{' '}
          <button aria-pressed={snap.openTaskId === task.id} onClick={() => openTask(task.id)}>
            {task.title}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Comments() {
  const snap = useSnapshot(inbox);
  if (!snap.openTaskId) return <p>Open a task to see its comments.</p>;
  if (snap.commentsError) return <p role="alert">{snap.commentsError}</p>;
  const comments = snap.comments.get(snap.openTaskId);
  if (!comments) return <p>Loading comments…</p>;
  return (
    <section aria-label="Comments">
      <h2>{comments.length} comments</h2>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id}>{comment.body}</li>
        ))}
      </ul>
    </section>
  );
}
