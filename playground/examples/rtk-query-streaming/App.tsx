import { memo } from 'react';
import type { Task } from '@/mocks/browser';
import { selectLiveStatus } from './connectionSlice';
import { useAppSelector } from './store';
import { useGetTasksQuery } from './tasksApi';

const PROJECT_ID = 'proj_07';

function LiveIndicator() {
  const status = useAppSelector(selectLiveStatus);
  const text = { connecting: 'Connecting…', live: '● Live', reconnecting: 'Reconnecting… (changes will be refetched)' }[status];
  return <p role="status">{text}</p>;
}

// A pushed change replaces one task object; memo skips the rows whose task didn't change.
const TaskRow = memo(function TaskRow({ task }: { task: Task }) {
  return (
    <tr>
      <td>{task.title}</td>
      <td>{task.status.replace('_', ' ')}</td>
      <td>{task.priority}</td>
      <td>{task.dueDate ?? '—'}</td>
      <td>v{task.version}</td>
    </tr>
  );
});

export default function App() {
  const { data: tasks, isLoading, isError } = useGetTasksQuery(PROJECT_ID);

  if (isLoading) return <p>Loading tasks…</p>;
  if (isError || !tasks) return <p role="alert">Could not load the tasks.</p>;

  return (
    <main>
      <h1>Tasks, live</h1>
      <LiveIndicator />
      <table>
        <thead>
          <tr>
            <th>Task</th>
            <th>Status</th>
            <th>Priority</th>
            <th>Due</th>
            <th>Version</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </tbody>
      </table>
    </main>
  );
}
