import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setStatusMutation, tasksQuery } from './queries';

export default function App() {
  const client = useQueryClient();
  const { data: tasks, error } = useQuery(tasksQuery('proj_01'));
  const setStatus = useMutation(setStatusMutation(client));
  if (error) return <p role="alert">{error.message}</p>;
  if (!tasks) return <p>Loading…</p>;
  return (
    <main>
      <h1>Tasks</h1>
      {setStatus.error && <p role="alert">Not saved: {setStatus.error.message}</p>}
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            <label>
              <input
                type="checkbox"
                checked={task.status === 'done'}
                onChange={() => setStatus.mutate({ task, status: task.status === 'done' ? 'todo' : 'done' })}
              />{' '}
              {task.title}
            </label>
          </li>
        ))}
      </ul>
    </main>
  );
}
