import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { doneShare } from './outsideReact';
import { useWorkspace } from './store';
import { matchesFilter, type Density, type Filter } from './viewSlice';

export default function App() {
  const loadTasks = useWorkspace((state) => state.loadTasks);
  useEffect(() => {
    void loadTasks('proj_01');
  }, [loadTasks]);
  return (
    <main>
      <h1>Tasks</h1>
      <ProgressBar />
      <Toolbar />
      <ErrorLine />
      <TaskList />
    </main>
  );
}

// A transient update: the bar follows the store without rendering. The subscription sets
// the width on the DOM node directly; React renders this component once.
function ProgressBar() {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      useWorkspace.subscribe(doneShare, (share) => {
        if (bar.current) bar.current.style.width = `${Math.round(share * 100)}%`;
      }, { fireImmediately: true }),
    [],
  );
  return (
    <div aria-label="Share of tasks done" style={{ height: 6, background: '#8884', borderRadius: 3 }}>
      <div ref={bar} style={{ height: '100%', width: 0, background: '#2b7a4b', borderRadius: 3 }} />
    </div>
  );
}

const FILTERS: Filter[] = ['all', 'open', 'done'];
const DENSITIES: Density[] = ['comfortable', 'compact'];

function Toolbar() {
  const { filter, density, setFilter, setDensity } = useWorkspace(
    useShallow((state) => ({ filter: state.filter, density: state.density, setFilter: state.setFilter, setDensity: state.setDensity })),
  );
  return (
    <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', marginTop: '0.5rem' }}>
      <span>
        {FILTERS.map((value) => (
          <button key={value} aria-pressed={filter === value} style={{ fontWeight: filter === value ? 700 : 400 }} onClick={() => setFilter(value)}>
            {value}
          </button>
        ))}
      </span>
      <span>
        {DENSITIES.map((value) => (
          <label key={value}>
            <input type="radio" name="density" checked={density === value} onChange={() => setDensity(value)} /> {value}
          </label>
        ))}
      </span>
    </div>
  );
}

function ErrorLine() {
  const error = useWorkspace((state) => state.error);
  return error ? <p role="alert">{error}</p> : null;
}

function TaskList() {
  const loading = useWorkspace((state) => state.loading);
  const density = useWorkspace((state) => state.density);
  const tasks = useWorkspace(useShallow((state) => state.tasks.filter((task) => matchesFilter(state.filter, task.status))));
  const setDone = useWorkspace((state) => state.setDone);
  if (loading) return <p>Loading tasks…</p>;
  return (
    <ul style={{ listStyle: 'none', paddingLeft: 0, lineHeight: density === 'compact' ? 1.3 : 2.1 }}>
      {tasks.map((task) => (
        <li key={task.id}>
          <label>
            <input type="checkbox" checked={task.status === 'done'} onChange={(event) => void setDone(task.id, event.target.checked)} />{' '}
            {task.title}
          </label>
        </li>
      ))}
    </ul>
  );
}
