import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Clients } from '@/mocks/browser';
import { createTaskDoc } from './taskDoc';

const TASK_ID = 'task_017';

/** Two tabs of the same app, side by side: each has its own Yjs document, socket and network. */
export default function App({ network }: { network: Clients }) {
  return (
    <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(15rem, 1fr))', gap: '1rem' }}>
      <Tab name="This tab" clientId="this-tab" network={network} />
      <Tab name="Another tab" clientId="another-tab" network={network} />
    </main>
  );
}

function Tab({ name, clientId, network }: { name: string; clientId: string; network: Clients }) {
  const [taskDoc] = useState(() => createTaskDoc({ clientId, taskId: TASK_ID }));
  useEffect(() => {
    taskDoc.start();
    return () => taskDoc.stop();
  }, [taskDoc]);
  const state = useSyncExternalStore(taskDoc.subscribe, taskDoc.getState);

  const setOnline = (online: boolean) => {
    network.setOffline(clientId, !online); // the mock backend cuts this tab's socket
    taskDoc.setOnline(online); // what the browser's online/offline events tell a real app
  };

  return (
    <section aria-label={name} style={{ border: '1px solid #8884', borderRadius: 8, padding: '0.75rem' }}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>{name}</h2>
      <label>
        <input type="checkbox" checked={state.connection !== 'offline'} onChange={(e) => setOnline(e.target.checked)} /> Online
      </label>{' '}
      <span role="status">{state.connection}</span>
      {!state.synced ? (
        <p>Loading…</p>
      ) : (
        <>
          <textarea
            aria-label={`${name}: description`}
            value={state.description}
            onChange={(e) => taskDoc.setDescription(e.target.value)}
            rows={2}
            style={{ width: '100%', boxSizing: 'border-box', marginTop: '0.5rem' }}
          />
          <ul aria-label={`${name}: checklist`} style={{ listStyle: 'none', paddingLeft: 0 }}>
            {state.checklist.map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={item.done} onChange={(e) => taskDoc.toggle(item.id, e.target.checked)} /> {item.text}
                </label>
              </li>
            ))}
          </ul>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const input = event.currentTarget.elements.namedItem('item') as HTMLInputElement;
              if (input.value.trim()) taskDoc.addItem(input.value.trim());
              input.value = '';
            }}
          >
            <input name="item" aria-label={`${name}: new item`} placeholder="New item" /> <button>Add</button>
          </form>
          <p data-shown-doc>
            {state.description} · {state.checklist.map((item) => `${item.done ? '☑' : '☐'} ${item.text}`).join(', ')}
          </p>
        </>
      )}
      <ol aria-label={`${name}: log`} style={{ fontSize: '0.85rem', paddingLeft: '1.2rem' }}>
        {state.log.map((line, index) => (
          <li key={state.log.length - index}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
