import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Clients } from '@/mocks/browser';
import { shownTask, createTaskSync, type Editable, type TaskSync } from './taskSync';

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

  const setOnline = (online: boolean) => {
    network.setOffline(clientId, !online); // the mock backend cuts this tab's requests and socket
    sync.setOnline(online); // what the browser's online/offline events tell a real app
  };

  return (
    <section aria-label={name} style={{ border: '1px solid #8884', borderRadius: 8, padding: '0.75rem' }}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>{name}</h2>
      <label>
        <input type="checkbox" checked={state.connection !== 'offline'} onChange={(e) => setOnline(e.target.checked)} /> Online
      </label>{' '}
      <span role="status">{state.connection}</span>
      {task ? (
        <>
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
            {state.queue.length > 0 && ` · ${state.queue.length} edit${state.queue.length === 1 ? '' : 's'} waiting`}
          </p>
          <p data-shown-task>
            “{task.title}” · {task.status}
          </p>
          {state.conflict && <ConflictChooser sync={sync} conflict={state.conflict} />}
        </>
      ) : (
        <p>Loading…</p>
      )}
      <ol aria-label={`${name}: log`} style={{ fontSize: '0.85rem', paddingLeft: '1.2rem' }}>
        {state.log.map((line, index) => (
          <li key={state.log.length - index}>{line}</li>
        ))}
      </ol>
    </section>
  );
}

function ConflictChooser({ sync, conflict }: { sync: TaskSync; conflict: NonNullable<ReturnType<TaskSync['getState']>['conflict']> }) {
  const [choice, setChoice] = useState<Partial<Record<keyof Editable, 'mine' | 'theirs'>>>({});
  return (
    <fieldset>
      <legend>Changed in both places: which one stays?</legend>
      {conflict.fields.map(({ field, mine, theirs }) => (
        <p key={field}>
          {field}:{' '}
          <label>
            <input type="radio" name={field} checked={choice[field] === 'mine'} onChange={() => setChoice({ ...choice, [field]: 'mine' })} /> mine “{String(mine)}”
          </label>{' '}
          <label>
            <input type="radio" name={field} checked={choice[field] !== 'mine'} onChange={() => setChoice({ ...choice, [field]: 'theirs' })} /> theirs “{String(theirs)}”
          </label>
        </p>
      ))}
      <button onClick={() => sync.resolve(choice)}>Save the merge</button>
    </fieldset>
  );
}
