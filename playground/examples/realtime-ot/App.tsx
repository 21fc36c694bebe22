import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Clients } from '@/mocks/browser';
import { createTextSync } from './textSync';

const DOC = 'task_017/description';

/** Two tabs of the same app, side by side: each has its own copy of the text, socket and network. */
export default function App({ network }: { network: Clients }) {
  return (
    <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(15rem, 1fr))', gap: '1rem' }}>
      <Tab name="This tab" clientId="this-tab" network={network} />
      <Tab name="Another tab" clientId="another-tab" network={network} />
    </main>
  );
}

function Tab({ name, clientId, network }: { name: string; clientId: string; network: Clients }) {
  const [sync] = useState(() => createTextSync({ clientId, doc: DOC }));
  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);
  const state = useSyncExternalStore(sync.subscribe, sync.getState);

  const setOnline = (online: boolean) => {
    network.setOffline(clientId, !online); // the mock backend cuts this tab's socket
    sync.setOnline(online); // what the browser's online/offline events tell a real app
  };

  return (
    <section aria-label={name} style={{ border: '1px solid #8884', borderRadius: 8, padding: '0.75rem' }}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>{name}</h2>
      <label>
        <input type="checkbox" checked={state.connection !== 'offline'} onChange={(e) => setOnline(e.target.checked)} /> Online
      </label>{' '}
      <span role="status">{state.connection}</span>
      {state.text === null ? (
        <p>Loading…</p>
      ) : (
        <>
          <textarea
            aria-label={`${name}: description`}
            value={state.text}
            onChange={(e) => sync.edit(e.target.value)}
            rows={3}
            style={{ width: '100%', boxSizing: 'border-box', marginTop: '0.5rem' }}
          />
          <p>
            revision {state.revision}
            {state.unconfirmed > 0 && ` · ${state.unconfirmed} unconfirmed`}
          </p>
          <p data-shown-text>{state.text}</p>
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
