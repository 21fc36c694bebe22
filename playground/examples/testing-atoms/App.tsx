import { useAtom, useAtomValue, useSetAtom } from 'jotai';
import { openCountAtom, showDoneAtom, toggleTaskAtom, visibleTasksAtom } from './atoms';

export default function App() {
  const tasks = useAtomValue(visibleTasksAtom);
  const openCount = useAtomValue(openCountAtom);
  const [showDone, setShowDone] = useAtom(showDoneAtom);
  const toggle = useSetAtom(toggleTaskAtom);
  return (
    <main>
      <h1>Tasks</h1>
      <p>{openCount} open</p>
      <label>
        <input type="checkbox" checked={showDone} onChange={(event) => setShowDone(event.target.checked)} /> Show done
      </label>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            <label>
              <input type="checkbox" checked={task.done} onChange={() => toggle(task.id)} /> {task.title}
            </label>
          </li>
        ))}
      </ul>
    </main>
  );
}
