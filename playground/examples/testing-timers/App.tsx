import { useEffect, useState } from 'react';
import type { ProjectStats } from '@/mocks/browser';
import { fetchProjectStats } from './api';
import { startPolling, type PollEvent } from './poller';

const PROJECT_ID = 'proj_01';

interface Check {
  at: number;
  event: PollEvent<ProjectStats>;
}

export default function App() {
  const [checks, setChecks] = useState<Check[]>([]);

  useEffect(
    () =>
      startPolling(
        (signal) => fetchProjectStats(PROJECT_ID, signal),
        (event) => setChecks((previous) => [{ at: Date.now(), event }, ...previous].slice(0, 8)),
      ),
    [],
  );

  const stats = checks.find((check) => check.event.kind === 'data')?.event;
  const last = checks[0];
  return (
    <main>
      <h1>Project progress</h1>
      {stats?.kind === 'data' ? (
        <p>
          {Math.round(stats.data.completion * 100)}% done · {stats.data.overdue} overdue · {stats.data.commentCount} comments
        </p>
      ) : (
        <p>Asking the server…</p>
      )}
      {last?.event.kind === 'error' && (
        <p role="alert">
          The server failed {last.event.failures} {last.event.failures === 1 ? 'time' : 'times'} in a row: retrying in {last.event.nextInMs / 1000} s.
        </p>
      )}
      <h2>Checks</h2>
      <ol>
        {checks.map(({ at, event }) => (
          <li key={at}>
            {event.kind === 'data' ? 'Answered' : 'Failed'} at {new Date(at).toLocaleTimeString()}, next in {event.nextInMs / 1000} s
          </li>
        ))}
      </ol>
    </main>
  );
}
