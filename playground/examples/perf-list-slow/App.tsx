import { useDispatch, useSelector } from 'react-redux';
import type { Task } from './tasks';
import { toggled, undone, type RootState } from './store';

export default function App() {
  const dispatch = useDispatch();
  const tasks = useSelector((state: RootState) => state.tasks.sorted);
  const canUndo = useSelector((state: RootState) => state.tasks.past.length > 0);
  const done = tasks.filter((task) => task.done).length;
  return (
    <main>
      <p>
        {done} of {tasks.length} done{' '}
        <button onClick={() => dispatch(undone())} disabled={!canUndo}>
          Undo
        </button>
      </p>
      {/* A new sorted array after every toggle: every row renders again, a thousand of them. */}
      <ul aria-label="Tasks">
        {tasks.map((task) => (
          <TaskRow key={task.id} task={task} onToggle={() => dispatch(toggled(task.id))} />
        ))}
      </ul>
    </main>
  );
}

function TaskRow({ task, onToggle }: { task: Task; onToggle: () => void }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={task.done} onChange={onToggle} /> {task.title}
      </label>
    </li>
  );
}
