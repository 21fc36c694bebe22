import { memo } from 'react';
import { useSnapshot } from 'valtio';
import type { Task } from '@/mocks/browser';
import { board, setSearch, toggleDone } from './store';

// App reads nothing from the board: it renders once. Each child reads only what it shows.
export default function App() {
  return (
    <main>
      <h1>Tasks</h1>
      <Progress />
      <SearchBox />
      <ErrorMessage />
      <TaskList />
    </main>
  );
}

function Progress() {
  const snap = useSnapshot(board);
  return (
    <p>
      {snap.doneCount} of {snap.tasks.length} done
    </p>
  );
}

function SearchBox() {
  // `sync`: re-render in the same tick as the keystroke, or the caret jumps to the end.
  const { search } = useSnapshot(board, { sync: true });
  return (
    <label>
      Search <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
    </label>
  );
}

function ErrorMessage() {
  const { error } = useSnapshot(board);
  return error ? <p role="alert">{error}</p> : null;
}

function TaskList() {
  const snap = useSnapshot(board);
  if (snap.loading) return <p>Loading tasks…</p>;
  return (
    <ul>
      {snap.visibleTasks.map((task) => (
        <TaskRow key={task.id} task={task} />
      ))}
    </ul>
  );
}

/**
 * `task` is a snapshot: an unchanged task keeps the same object from one snapshot to the
 * next, so `memo` skips the rows that didn't change.
 */
const TaskRow = memo(function TaskRow({ task }: { task: Task }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={task.status === 'done'} onChange={() => toggleDone(task.id)} /> {task.title}
      </label>
    </li>
  );
});
