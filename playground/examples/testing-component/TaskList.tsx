import { useState } from 'react';

export interface Task {
  id: number;
  title: string;
  done: boolean;
}

export default function TaskList({ initialTasks }: { initialTasks: Task[] }) {
  const [tasks, setTasks] = useState(initialTasks);
  const [title, setTitle] = useState('');
  const open = tasks.filter((t) => !t.done).length;
  return (
    <section aria-label="Tasks">
      <p role="status">{open === 0 ? 'All done' : `${open} open`}</p>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            <label>
              <input
                type="checkbox"
                checked={task.done}
                onChange={() => setTasks(tasks.map((t) => (t.id === task.id ? { ...t, done: !t.done } : t)))}
              />{' '}
              {task.title}
            </label>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!title.trim()) return;
          setTasks([...tasks, { id: Date.now(), title: title.trim(), done: false }]);
          setTitle('');
        }}
      >
        <label>
          New task <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>{' '}
        <button type="submit">Add</button>
      </form>
    </section>
  );
}
