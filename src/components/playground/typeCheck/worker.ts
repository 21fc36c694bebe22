import ts from 'typescript';
import { createTypeChecker, type TypeBundle } from './checker.ts';
import type { TypeBundleMessage, TypeCheckRequest, TypeCheckResponse } from './protocol.ts';

// The lib and package .d.ts files come from the site's own origin: the page fetches them and
// sends them as its first message (see client.ts).
let receiveBundle: (message: TypeBundleMessage) => void;
const checker = new Promise<TypeBundleMessage>((resolve) => (receiveBundle = resolve)).then((message) => {
  if ('error' in message) throw new Error(message.error);
  return createTypeChecker(ts, JSON.parse(new TextDecoder().decode(message.json)) as TypeBundle);
});

const queue: TypeCheckRequest[] = [];
let draining = false;
/** Checks answered from the build's stored diagnostics, to run for real once the queue is empty. */
const warmUps: Array<Extract<TypeCheckRequest, { kind: 'check' }>> = [];

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function reply(response: TypeCheckResponse) {
  postMessage(response);
}

/**
 * Answers requests in order, skipping any that a later request for the same file (and of
 * the same kind) replaces: while the reader types, only the newest text is worth checking.
 */
async function drain() {
  if (draining) return;
  draining = true;
  const service = await checker.catch((error: Error) => error);
  while (queue.length || warmUps.length) {
    if (!queue.length) {
      const warmUp = warmUps.shift()!;
      try {
        if (!(service instanceof Error)) service.check(warmUp.playground, warmUp.files, warmUp.file);
      } catch {
        // Its answer is already given; a real request reports any failure.
      }
      await nextTask();
      continue;
    }
    const request = queue.shift()!;
    if (service instanceof Error) {
      reply({ id: request.id, kind: 'failed', message: service.message });
      continue;
    }
    const newer = queue.some((r) => r.kind === request.kind && r.playground === request.playground && r.file === request.file);
    if (newer) {
      reply({ id: request.id, kind: 'superseded' });
      continue;
    }
    try {
      const stored = request.kind === 'check' ? service.stored(request.files, request.file) : undefined;
      if (request.kind === 'check' && stored) {
        // An unedited example: the build's answer now, and the language service readied meanwhile,
        // so the reader's first edit or hover does not meet a cold one.
        reply({ id: request.id, kind: 'check', diagnostics: stored });
        warmUps.push(request);
      } else if (request.kind === 'check') {
        reply({ id: request.id, kind: 'check', diagnostics: service.check(request.playground, request.files, request.file) });
      } else {
        reply({ id: request.id, kind: 'hover', hover: service.hover(request.playground, request.files, request.file, request.position) });
      }
    } catch (error) {
      reply({ id: request.id, kind: 'failed', message: String(error) });
    }
    // Lets requests that arrived meanwhile into the queue, so the check above can skip stale ones.
    await nextTask();
  }
  draining = false;
}

self.onmessage = (event: MessageEvent<TypeCheckRequest | TypeBundleMessage>) => {
  if (event.data.kind === 'bundle') return receiveBundle(event.data);
  queue.push(event.data);
  void drain();
};
