import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { newestFirst, projectTasksQuery } from './queries';
import { connectTaskUpdates, type ConnectionStatus } from './taskUpdates';

const PROJECT_ID = 'proj_01';

export default function App() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  // One socket for the whole app. It writes into the cache; components only read the cache.
  useEffect(() => connectTaskUpdates(queryClient, setStatus), [queryClient]);

  return (
    <main>
      <h1>Tasks</h1>
      <p role="status">{status === 'live' ? 'Live: changes by others appear here as they happen' : `${status}…`}</p>
      <TaskTable projectId={PROJECT_ID} />
    </main>
  );
}

function TaskTable({ projectId }: { projectId: string }) {
  const { data: tasks, error } = useQuery({ ...projectTasksQuery(projectId), select: newestFirst });

  if (error) return <p role="alert">Could not load the tasks: {error.message}</p>;
  if (!tasks) return <p>Loading tasks…</p>;

  return (
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
          <tr key={task.id}>
            <td>{task.title}</td>
            <td>{task.status.replace('_', ' ')}</td>
            <td>{task.priority}</td>
            <td>{task.dueDate ?? '—'}</td>
            <td>{task.version}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
