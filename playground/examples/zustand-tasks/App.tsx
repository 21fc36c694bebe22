import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTaskStore, visibleTasks } from './store';

export default function App() {
  const loadTasks = useTaskStore((state) => state.loadTasks);
  useEffect(() => {
    void loadTasks();
  }, [loadTasks]);

  return (
    <main>
      <h1>Tasks</h1>
      <Toolbar />
      <ErrorLine />
      <TaskList />
    </main>
  );
}

function Toolbar() {
  const { showDone, toggleShowDone, doneCount } = useTaskStore(
    useShallow((state) => ({
      showDone: state.showDone,
      toggleShowDone: state.toggleShowDone,
      doneCount: state.tasks.filter((task) => task.status === 'done').length,
    })),
  );
  return (
    <label>
      <input type="checkbox" checked={showDone} onChange={toggleShowDone} /> Show done tasks ({doneCount})
    </label>
  );
}

function ErrorLine() {
  const error = useTaskStore((state) => state.error);
  const status = useTaskStore((state) => state.status);
  const loadTasks = useTaskStore((state) => state.loadTasks);
  if (!error) return null;
  return (
    <p role="alert">
      {error} {status === 'failed' && <button onClick={() => void loadTasks()}>Try again</button>}
    </p>
  );
}

function TaskList() {
  const status = useTaskStore((state) => state.status);
  const tasks = useTaskStore(useShallow(visibleTasks));
  const savingIds = useTaskStore((state) => state.savingIds);
  const setDone = useTaskStore((state) => state.setDone);
  if (status === 'pending' || status === 'idle') return <p>Loading tasks…</p>;
  return (
    <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
      {tasks.map((task) => (
        <li key={task.id}>
          <label>
            <input
              type="checkbox"
              checked={task.status === 'done'}
              disabled={savingIds.includes(task.id)}
              onChange={(event) => void setDone(task.id, event.target.checked)}
            />{' '}
            {task.title}
          </label>
        </li>
      ))}
    </ul>
  );
}
