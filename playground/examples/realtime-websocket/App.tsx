import { useEffect, useState } from 'react';
import { connectTaskFeed, type FeedState } from './taskFeed';

export default function App() {
  const [state, setState] = useState<FeedState | null>(null);
  useEffect(() => connectTaskFeed('proj_01', setState), []);

  if (!state) return <p>Connecting…</p>;
  return (
    <main>
      <h1>Tasks (WebSocket)</h1>
      <p role="status">
        {state.connection === 'reconnecting'
          ? `Reconnecting: attempt ${state.attempt}, next try in ${state.nextRetryMs} ms`
          : state.connection}{' '}
        · stream at #{state.lastSeq ?? '—'} · {state.resyncs} resyncs
      </p>
      {state.errors.length > 0 && <p role="alert">{state.errors[0]}</p>}
      <table>
        <thead>
          <tr>
            <th>Task</th>
            <th>Status</th>
            <th>Version</th>
          </tr>
        </thead>
        <tbody>
          {state.tasks.map((task) => (
            <tr key={task.id}>
              <td>{task.title}</td>
              <td>{task.status}</td>
              <td>{task.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
