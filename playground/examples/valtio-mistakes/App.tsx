import { useState } from 'react';
import { useSnapshot } from 'valtio';
import { markUrgent, page } from './store';

export default function App() {
  return (
    <main>
      <h1>Three ways to miss an update</h1>
      <button onClick={markUrgent}>Mark urgent</button>
      <Right />
      <MutatesTheSnapshot />
      <DestructuredTooEarly />
      <ReadsTheProxy />
    </main>
  );
}

/** Right: read from the snapshot, write to the proxy. */
function Right() {
  const snap = useSnapshot(page);
  if (snap.error) return <p role="alert">{snap.error}</p>;
  return (
    <section aria-label="Right">
      <h2>Right</h2>
      <p>{snap.task.title}</p>
    </section>
  );
}

/** Mistake 1: a snapshot is frozen. Writing to it throws (the error is shown here). */
function MutatesTheSnapshot() {
  const snap = useSnapshot(page);
  const [error, setError] = useState<string | null>(null);
  const rename = () => {
    try {
      (snap.task as { title: string }).title = 'Renamed';
    } catch (thrown) {
      setError(String(thrown));
    }
  };
  return (
    <section aria-label="Mutates the snapshot">
      <h2>Mutates the snapshot</h2>
      <p>{snap.task.title}</p>
      <button onClick={rename}>Rename through the snapshot</button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

/**
 * Mistake 2: `task` was taken from the proxy when this module ran, before the load replaced
 * `page.task`. The component follows the old object, which nothing changes any more.
 */
const { task } = page;

function DestructuredTooEarly() {
  const snap = useSnapshot(task);
  return (
    <section aria-label="Destructured too early">
      <h2>Destructured too early</h2>
      <p>{snap.title}</p>
    </section>
  );
}

/** Mistake 3: reading the proxy subscribes to nothing, so this never renders again. */
function ReadsTheProxy() {
  return (
    <section aria-label="Reads the proxy">
      <h2>Reads the proxy</h2>
      <p>{page.task.title}</p>
    </section>
  );
}
