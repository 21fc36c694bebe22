// `sync-converge-ms` for `npm run bench`: two tabs of the OT example (its real `textSync.ts`)
// against the Node mock backend. Both go offline, type 200 edits each into the same
// description, come back online at the same moment; the figure is the time from the
// reconnect until both tabs and the server have the same text and nothing is unconfirmed.
// Target: at most 500 ms.
import { register } from 'node:module';

register('./exampleResolve.mjs', import.meta.url);

const EDITS_PER_TAB = 200;
const DOC = 'task_017/description';

type TextSync = ReturnType<typeof import('../playground/examples/realtime-ot/textSync.ts').createTextSync>;

export async function measureSyncConverge(runs = 5): Promise<{ medianMs: number; text: string }> {
  const { startMockBackend } = await import('../playground/mocks/node.ts');
  const { createTextSync } = await import('../playground/examples/realtime-ot/textSync.ts');
  const times: number[] = [];
  let text = '';
  for (let run = 0; run < runs; run++) {
    const backend = startMockBackend({ seed: run + 1 });
    const tabs = ['this-tab', 'another-tab'].map((clientId) => ({ clientId, sync: createTextSync({ clientId, doc: DOC }) }));
    try {
      const initialLength = backend.textDocs.get(DOC).text.length;
      for (const { sync } of tabs) sync.start();
      await until(() => tabs.every(({ sync }) => sync.getState().connection === 'live'));
      for (const { clientId, sync } of tabs) {
        backend.clients.setOffline(clientId, true);
        sync.setOnline(false);
      }
      for (let edit = 0; edit < EDITS_PER_TAB; edit++) {
        for (const [index, { sync }] of tabs.entries()) {
          const current = sync.getState().text!;
          // Each tab types into its own half of the text, one character per edit: 200 operations queued.
          const at = index === 0 ? Math.min(edit, current.length) : current.length;
          sync.edit(current.slice(0, at) + 'ab'[index] + current.slice(at));
        }
      }
      const started = performance.now();
      for (const { clientId, sync } of tabs) {
        backend.clients.setOffline(clientId, false);
        sync.setOnline(true);
      }
      const converged = () => {
        const server = backend.textDocs.get(DOC).text;
        return tabs.every(({ sync }) => sync.getState().unconfirmed === 0 && sync.getState().text === server);
      };
      await until(converged);
      times.push(performance.now() - started);
      text = backend.textDocs.get(DOC).text;
      if (text.length !== initialLength + 2 * EDITS_PER_TAB) throw new Error(`sync-converge: ${initialLength + 2 * EDITS_PER_TAB - text.length} edits lost`);
    } finally {
      for (const { sync } of tabs) sync.stop();
      backend.stop();
    }
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, text };
}

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('sync-converge: the tabs did not converge within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
