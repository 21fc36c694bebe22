import { useEffect } from 'react';
import type { Task } from '@/mocks/browser';
import { useBoardStore } from './store';

// Every component takes the whole store. It works, and every change to any field renders
// all of them: selecting one task renders every row.
export default function App() {
  const { loadTasks } = useBoardStore();
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
  const { selectedIds, clearSelection } = useBoardStore();
  return (
    <p>
      {selectedIds.length} selected <button onClick={clearSelection}>Clear selection</button>
    </p>
  );
}

function TaskList() {
  const { tasks, status, error, selectedIds, toggleSelected } = useBoardStore();
  if (status === 'failed') return <p role="alert">Could not load the tasks: {error}</p>;
  if (status === 'pending') return <p>Loading tasks…</p>;
  return (
    <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} selected={selectedIds.includes(task.id)} onToggle={toggleSelected} />
      ))}
    </ul>
  );
}

function TaskRow({ task, selected, onToggle }: { task: Task; selected: boolean; onToggle: (id: string) => void }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={selected} onChange={() => onToggle(task.id)} /> {task.title}
      </label>
    </li>
  );
}
