import { useEffect, useState } from 'react';
import { pollActivity, type PollState } from './activityPoll';

export default function App() {
  const [state, setState] = useState<PollState | null>(null);
  useEffect(() => pollActivity(2000, setState), []);

  if (!state) return <p>Loading activity…</p>;
  return (
    <main>
      <h1>Activity (polling every 2 s)</h1>
      <p role="status">
        {state.requests} requests, {state.emptyPolls} brought nothing new{state.error && ` · last poll failed: ${state.error}`}
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
