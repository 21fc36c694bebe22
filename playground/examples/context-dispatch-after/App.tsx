import { memo } from 'react';
import type { Task } from '@/mocks/browser';
import { TasksProvider, useTasksDispatch, useTasksState } from './TasksContext';

export default function App() {
  return (
    <TasksProvider>
      <main>
        <h1>Tasks</h1>
        <Toolbar />
        <OpenCount />
        <TaskList />
      </main>
    </TasksProvider>
  );
}

// Reads only dispatch: renders once.
function Toolbar() {
  const dispatch = useTasksDispatch();
  return (
    <div style={{ display: 'flex', gap: '0.5rem' }}>
      <ToolbarButton label="Mark all done" onClick={() => dispatch({ type: 'allDone' })} />
      <ToolbarButton label="Reopen all" onClick={() => dispatch({ type: 'allReopened' })} />
      <ToolbarButton label="Remove done" onClick={() => dispatch({ type: 'doneRemoved' })} />
    </div>
  );
}

function ToolbarButton({ label, onClick }: { label: string; onClick: () => void }) {
  return <button onClick={onClick}>{label}</button>;
}

function OpenCount() {
  const state = useTasksState();
  return <p>{state.tasks.filter((task) => task.status !== 'done').length} open</p>;
}

function TaskList() {
  const state = useTasksState();
  if (state.status === 'failed') return <p role="alert">Could not load the tasks: {state.error}</p>;
  if (state.status === 'pending') return <p>Loading tasks…</p>;
  return (
    <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
      {state.tasks.map((task) => (
        <TaskRow key={task.id} task={task} />
      ))}
    </ul>
  );
}

// Renders when its task changes: `dispatch` never does, so `memo` skips every other row.
const TaskRow = memo(function TaskRow({ task }: { task: Task }) {
  const dispatch = useTasksDispatch();
  return (
    <li>
      <label>
        <input type="checkbox" checked={task.status === 'done'} onChange={() => dispatch({ type: 'toggled', id: task.id })} />{' '}
        {task.title}
      </label>{' '}
      <StatusBadge status={task.status} />
    </li>
  );
});

function StatusBadge({ status }: { status: Task['status'] }) {
  return <small style={{ opacity: 0.7 }}>{status.replace('_', ' ')}</small>;
}
