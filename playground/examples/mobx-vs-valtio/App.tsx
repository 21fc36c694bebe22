import { memo } from 'react';
import { observer } from 'mobx-react-lite';
import { useSnapshot } from 'valtio';
import type { Task } from '@/mocks/browser';
import { mobxTasks } from './mobxStore';
import { toggle, valtioTasks } from './valtioStore';

export default function App() {
  return (
    <main style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap' }}>
      <section aria-label="MobX">
        <h2>MobX</h2>
        <MobxProgress />
        <MobxTaskList />
      </section>
      <section aria-label="Valtio">
        <h2>Valtio</h2>
        <ValtioProgress />
        <ValtioTaskList />
      </section>
    </main>
  );
}

// MobX: `observer` components re-render when an observable they read changes.
const MobxProgress = observer(function MobxProgress() {
  return (
    <p>
      {mobxTasks.doneCount} of {mobxTasks.tasks.length} done {mobxTasks.error && <strong role="alert">{mobxTasks.error}</strong>}
    </p>
  );
});

const MobxTaskList = observer(function MobxTaskList() {
  if (mobxTasks.tasks.length === 0) return <p>Loading tasks…</p>;
  return (
    <ul>
      {mobxTasks.tasks.map((task) => (
        <MobxTaskRow key={task.id} task={task} />
      ))}
    </ul>
  );
});

// The row reads the task's fields itself, so a status change re-renders this row only.
const MobxTaskRow = observer(function MobxTaskRow({ task }: { task: Task }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={task.status === 'done'} onChange={() => mobxTasks.toggle(task)} /> {task.title}
      </label>
    </li>
  );
});

// Valtio: `useSnapshot` re-renders when a property this component read changes.
function ValtioProgress() {
  const snap = useSnapshot(valtioTasks);
  return (
    <p>
      {snap.doneCount} of {snap.tasks.length} done {snap.error && <strong role="alert">{snap.error}</strong>}
    </p>
  );
}

function ValtioTaskList() {
  const snap = useSnapshot(valtioTasks);
  if (snap.tasks.length === 0) return <p>Loading tasks…</p>;
  return (
    <ul>
      {snap.tasks.map((task, index) => (
        <ValtioTaskRow key={task.id} task={valtioTasks.tasks[index]!} />
      ))}
    </ul>
  );
}

// The row gets the task's proxy and takes its own snapshot, so a status change re-renders
// this row only (like the observer row above).
const ValtioTaskRow = memo(function ValtioTaskRow({ task }: { task: Task }) {
  const snap = useSnapshot(task);
  return (
    <li>
      <label>
        <input type="checkbox" checked={snap.status === 'done'} onChange={() => toggle(snap.id)} /> {snap.title}
      </label>
    </li>
  );
});
