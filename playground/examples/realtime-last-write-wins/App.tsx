import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Clients } from '@/mocks/browser';
import { shownTask, createTaskSync, type Editable } from './taskSync';

const TASK_ID = 'task_017';
const STATUSES = ['todo', 'in_progress', 'in_review', 'done'] as const;

/** Two tabs of the same app, side by side: each has its own copy of the task, socket and network. */
export default function App({ network }: { network: Clients }) {
  return (
    <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(15rem, 1fr))', gap: '1rem' }}>
      <Tab name="This tab" clientId="this-tab" network={network} />
      <Tab name="Another tab" clientId="another-tab" network={network} />
    </main>
  );
}

function Tab({ name, clientId, network }: { name: string; clientId: string; network: Clients }) {
  const [sync] = useState(() => createTaskSync({ clientId, taskId: TASK_ID }));
  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);
  const state = useSyncExternalStore(sync.subscribe, sync.getState);
  const task = shownTask(state);
  const unsent = Object.keys(state.unsent).length;

  const setOnline = (online: boolean) => {
    network.setOffline(clientId, !online); // the mock backend cuts this tab's requests and socket
    sync.setOnline(online); // what the browser's online/offline events tell a real app
  };

  if (!task) return <p>Loading…</p>;
  return (
    <section aria-label={name} style={{ border: '1px solid #8884', borderRadius: 8, padding: '0.75rem' }}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>{name}</h2>
      <label>
        <input type="checkbox" checked={state.connection !== 'offline'} onChange={(e) => setOnline(e.target.checked)} /> Online
      </label>{' '}
      <span role="status">{state.connection}</span>
      <form
        key={task.title}
        onSubmit={(event) => {
          event.preventDefault();
          const title = String(new FormData(event.currentTarget).get('title')).trim();
          if (title && title !== task.title) sync.edit({ title });
        }}
      >
        <p>
          <input name="title" aria-label={`${name}: title`} defaultValue={task.title} /> <button>Save title</button>
        </p>
      </form>
      <p>
        <select aria-label={`${name}: status`} value={task.status} onChange={(e) => sync.edit({ status: e.target.value as Editable['status'] })}>
          {STATUSES.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>{' '}
        version {state.server?.version}
        {unsent > 0 && ` · ${unsent} unsent`}
      </p>
      <p data-shown-task>
        “{task.title}” · {task.status}
      </p>
      {state.overwritten.length > 0 && (
        <div role="alert">
          <strong>Lost updates</strong>
          <ul style={{ fontSize: '0.85rem' }}>
            {state.overwritten.map((line, index) => (
              <li key={state.overwritten.length - index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
