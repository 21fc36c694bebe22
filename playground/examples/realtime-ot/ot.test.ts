import { describe, expect, it } from 'vitest';
import { createRandom } from '../../mocks/random.ts';
import { createTextDoc, type TextDoc } from './textDoc';
import { apply, diff, transform, type TextOp } from './textOt';

/** The mock backend's seeded PRNG: the same seed, the same sequence, on every machine. */
function seeded(seed: number) {
  const random = createRandom(seed);
  return { next: random.next, int: (max: number) => random.int(0, max - 1) };
}

/** A random edit of `text`: an insert, a delete, or a replacement of a span. */
function randomEdit(text: string, random: ReturnType<typeof seeded>, who: string): string {
  const at = random.int(text.length + 1);
  const length = Math.min(random.int(4), text.length - at);
  const kind = random.int(3);
  const inserted = kind === 1 ? '' : who.repeat(1 + random.int(3));
  return text.slice(0, at) + inserted + text.slice(at + (kind === 0 ? 0 : length));
}

describe('transform', () => {
  it('lets both orders reach the same text (hand-picked cases)', () => {
    const text = 'Part of Checkout v2.';
    const cases: [TextOp, TextOp][] = [
      [[4, ' one', 16], [4, ' two', 16]], // same place: the first argument's insert goes first
      [[-5, 15], [2, 'X', 18]], // an insert inside a deleted span survives
      [[-10, 10], [5, -10, 5]], // overlapping deletes delete the overlap once
      [[20, '!'], ['¡', 20]],
    ];
    for (const [a, b] of cases) {
      const [aPrime, bPrime] = transform(a, b);
      expect(apply(apply(text, a), bPrime)).toBe(apply(apply(text, b), aPrime));
    }
    expect(apply(apply(text, [4, ' one', 16]), transform([4, ' two', 16], [4, ' one', 16])[0])).toBe('Part two one of Checkout v2.');
  });

  it('turns a textarea change into an operation', () => {
    expect(diff('Hello', 'Hello!')).toEqual([5, '!']);
    expect(diff('Hello', 'ello')).toEqual([-1, 4]);
    expect(diff('Hello world', 'Hello brave world')).toEqual([6, 'brave ', 5]);
    expect(apply('abcdef', diff('abcdef', 'abXYef'))).toBe('abXYef');
  });
});

/**
 * The server of `playground/mocks/text-docs.ts`, in memory: accepts a batch only if based on the
 * latest revision, relays each operation, in order, to the other clients. Messages wait in
 * per-client queues, delivered in a random order between clients, in order within each one.
 */
function simulate(seed: number) {
  const random = seeded(seed);
  let server = { text: 'Part of Checkout v2.', revision: 0 };
  const clientCount = 2 + random.int(2);
  let batches = 0;
  const clients = Array.from({ length: clientCount }, (_, index) => ({
    name: String.fromCharCode(97 + index),
    doc: createTextDoc(server.text, 0, () => `batch-${++batches}`),
    up: [] as { batch: string; revision: number; ops: TextOp[] }[],
    down: [] as ({ type: 'op'; op: TextOp; revision: number; batch: string } | { type: 'ack'; revision: number } | { type: 'rejected'; revision: number })[],
  }));

  const send = (client: (typeof clients)[number]) => {
    const batch = client.doc.takeBatch();
    if (batch) client.up.push(batch);
  };
  const serverReceives = (client: (typeof clients)[number]) => {
    const batch = client.up.shift()!;
    if (batch.revision !== server.revision) return client.down.push({ type: 'rejected', revision: server.revision });
    for (const op of batch.ops) {
      server = { text: apply(server.text, op), revision: server.revision + 1 };
      for (const other of clients) if (other !== client) other.down.push({ type: 'op', op, revision: server.revision, batch: batch.batch });
    }
    client.down.push({ type: 'ack', revision: server.revision });
  };
  const clientReceives = (client: (typeof clients)[number]) => {
    const message = client.down.shift()!;
    if (message.type === 'op') expect(client.doc.remote(message.op, message.revision, message.batch)).toBe(true);
    else if (message.type === 'ack') client.doc.acknowledged(message.revision);
    else client.doc.rejected(message.revision);
    send(client);
  };

  const steps = 20 + random.int(40);
  for (let step = 0; step < steps; step++) {
    const client = clients[random.int(clientCount)]!;
    const roll = random.next();
    if (roll < 0.45) {
      const before = client.doc.get().text;
      client.doc.local(diff(before, randomEdit(before, random, client.name)));
      if (random.next() < 0.7) send(client); // else: offline for now, the edit waits
    } else if (roll < 0.7 && client.up.length > 0) serverReceives(client);
    else if (client.down.length > 0) clientReceives(client);
  }
  // Everyone back online: deliver everything until nothing moves.
  for (let rounds = 0; clients.some((c) => c.up.length + c.down.length > 0 || c.doc.get().pending.length > 0); rounds++) {
    if (rounds > 10_000) throw new Error(`seed ${seed}: no convergence`);
    for (const client of clients) {
      send(client);
      if (client.up.length > 0) serverReceives(client);
      if (client.down.length > 0) clientReceives(client);
    }
  }
  return { server, clients: clients.map((client) => client.doc.get()) };
}

describe('OT convergence', () => {
  it('1,000 seeded random sequences of concurrent edits, with offline stretches: every client ends with the server’s text', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const { server, clients } = simulate(seed);
      for (const client of clients) {
        expect({ seed, text: client.text, revision: client.revision, inflight: client.inflight, pending: client.pending }).toEqual({
          seed,
          text: server.text,
          revision: server.revision,
          inflight: null,
          pending: [],
        });
      }
    }
  });

  it('is reproducible: the same seed gives the same document', () => {
    expect(simulate(42).server).toEqual(simulate(42).server);
    expect(simulate(42).server.text).not.toBe(simulate(43).server.text);
  });

  it('a replay of our own batch after a lost ACK counts as the ACK, not as someone else’s edit', () => {
    const doc: TextDoc = createTextDoc('abc', 0, () => 'mine');
    doc.local([3, 'd']);
    const batch = doc.takeBatch()!;
    expect(doc.remote(batch.ops[0]!, 1, 'mine')).toBe(true);
    expect(doc.get()).toEqual({ text: 'abcd', revision: 1, inflight: null, pending: [] });
    expect(doc.remote([4, 'e'], 3)).toBe(false); // revision 2 is missing: a gap
  });
});
