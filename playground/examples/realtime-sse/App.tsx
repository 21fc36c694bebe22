import { useEffect, useState } from 'react';
import { followActivity, type StreamState } from './activityStream';

export default function App() {
  const [state, setState] = useState<StreamState | null>(null);
  useEffect(() => followActivity(setState), []);

  if (!state) return <p>Connecting…</p>;
  return (
    <main>
      <h1>Activity (Server-Sent Events)</h1>
      <p role="status">
        {state.connection} · last event #{state.lastSeq ?? '—'} · {state.resyncs} resyncs{state.error && ` · ${state.error}`}
      </p>
      {state.events.length === 0 ? (
        <p>Nothing yet: Sam edits a task every two seconds.</p>
      ) : (
        <ol>
          {state.events.map((event) => (
            <li key={event.seq}>
              #{event.seq} {event.summary}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
