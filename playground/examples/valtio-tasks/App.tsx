import { memo } from 'react';
import { useSnapshot } from 'valtio';
import type { Task } from '@/mocks/browser';
import { board, matchesSearch, setSearch, toggleDone } from './store';

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
  // The list reads ids, titles and the search; not the status, so a tick doesn't render it.
  // Each row gets its task's proxy (not the snapshot) and subscribes to that task alone.
  return (
    <ul>
      {snap.tasks.map((task, index) =>
        matchesSearch(task, snap.search) ? <TaskRow key={task.id} task={board.tasks[index]!} /> : null,
      )}
    </ul>
  );
}

const TaskRow = memo(function TaskRow({ task }: { task: Task }) {
  const snap = useSnapshot(task);
  return (
    <li>
      <label>
        <input type="checkbox" checked={snap.status === 'done'} onChange={() => toggleDone(snap.id)} /> {snap.title}
      </label>
    </li>
  );
});
