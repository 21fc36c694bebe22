import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBoardStore } from './store';

// Each component selects what it shows. A selector that builds an object or an array is
// wrapped in useShallow: equal contents count as no change.
export default function App() {
  const loadTasks = useBoardStore((state) => state.loadTasks);
  useEffect(() => {
    void loadTasks();
  }, [loadTasks]);
  return (
    <main>
      <h1>Board</h1>
      <SelectionBar />
      <TaskList />
    </main>
  );
}

function SelectionBar() {
  const { count, clearSelection } = useBoardStore(
    useShallow((state) => ({ count: state.selectedIds.length, clearSelection: state.clearSelection })),
  );
  return (
    <p>
      {count} selected <button onClick={clearSelection}>Clear selection</button>
    </p>
  );
}

function TaskList() {
  const status = useBoardStore((state) => state.status);
  const error = useBoardStore((state) => state.error);
  // A new array on every call, with the same ids in it: useShallow keeps the list still.
  const taskIds = useBoardStore(useShallow((state) => state.tasks.map((task) => task.id)));
  if (status === 'failed') return <p role="alert">Could not load the tasks: {error}</p>;
  if (status === 'pending') return <p>Loading tasks…</p>;
  return (
    <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
      {taskIds.map((id) => (
        <TaskRow key={id} id={id} />
      ))}
    </ul>
  );
}

function TaskRow({ id }: { id: string }) {
  const title = useBoardStore((state) => state.tasks.find((task) => task.id === id)?.title);
  const selected = useBoardStore((state) => state.selectedIds.includes(id));
  const toggleSelected = useBoardStore((state) => state.toggleSelected);
  return (
    <li>
      <label>
        <input type="checkbox" checked={selected} onChange={() => toggleSelected(id)} /> {title}
      </label>
    </li>
  );
}
