// The real-time guide's code and numbers are the examples' code and numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVITY_BACKLOG } from '../../playground/mocks/activity.ts';
import { startMockBackend, type Comment, type MockBackend } from '../../playground/mocks/node.ts';
import { backoffDelay } from '../../playground/examples/realtime-websocket/backoff.ts';
import { declaredNames, guideCodeBlocks, importBlock, ROOT } from './support/guideCodeBlocks';

const PAGE = 'content/docs/patterns/real-time.mdx';
/** The page with every run of whitespace as one space: prose wraps anywhere. */
const page = readFileSync(join(ROOT, PAGE), 'utf8').replace(/\s+/g, ' ');
const blocks = guideCodeBlocks().filter((b) => b.page === PAGE);
const example = (path: string) => readFileSync(join(ROOT, 'playground/examples', path), 'utf8');
const blockDeclaring = (name: string) => blocks.find((b) => declaredNames(b).includes(name));

let backend: MockBackend | undefined;
afterEach(() => backend?.stop());

describe('the real-time guide', () => {
  it('shows backoff.ts and merge.ts exactly as the examples (and their tests) have them', () => {
    expect(blockDeclaring('backoffDelay')?.code).toBe(example('realtime-websocket/backoff.ts'));
    expect(blockDeclaring('threeWayMerge')?.code).toBe(example('realtime-version-merge/merge.ts'));
  });

  it('shows excerpts of the OT example’s textDoc.ts as they are in it', () => {
    const excerpts = [...readFileSync(join(ROOT, PAGE), 'utf8').matchAll(/^```ts nocheck title="textDoc\.ts \(excerpt\)"\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
    expect(excerpts).toHaveLength(2);
    for (const excerpt of excerpts) expect(example('realtime-ot/textDoc.ts')).toContain(excerpt);
  });

  it('shows the Yjs example’s sync step as it is in taskDoc.ts', () => {
    const excerpts = [...readFileSync(join(ROOT, PAGE), 'utf8').matchAll(/^```ts nocheck title="taskDoc\.ts \(excerpt\)"\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
    expect(excerpts).toHaveLength(1);
    expect(example('realtime-yjs/taskDoc.ts')).toContain(excerpts[0]);
  });

  it('quotes the number of seeded sequences the OT convergence test runs', () => {
    expect(example('realtime-ot/ot.test.ts')).toContain('for (let seed = 1; seed <= 1000; seed++)');
    expect(page).toContain('run 1,000 seeded random sequences of concurrent edits on two or three clients');
    expect(example('realtime-ot/ot.test.ts')).toContain('const clientCount = 2 + random.int(2);');
  });

  it('quotes the backoff schedule the function gives', () => {
    const waits = [0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, () => 0.5));
    expect(page).toContain(`the waits are ${waits.slice(0, 4).join(', ')} and ${waits[4]} ms`);
    expect(backoffDelay(40, () => 1)).toBe(15_000);
    expect(page).toContain('stops doubling at 15 seconds');
  });

  it('quotes the backlog the activity stream keeps, and the pace and poll interval of the transport examples', () => {
    expect(page).toContain(`only its last ${ACTIVITY_BACKLOG} events`);
    for (const id of ['realtime-polling', 'realtime-sse', 'realtime-websocket']) {
      expect(example(`${id}/index.tsx`)).toContain("secondUser: { enabled: true, ratePerSecond: 0.5, projectId: 'proj_01' }");
    }
    expect(page).toContain('task of the project every two seconds');
    expect(example('realtime-polling/App.tsx')).toContain('pollActivity(2000, setState)');
    expect(page).toContain('The activity feed, asked for every two seconds');
  });

  it('quotes how long Drop sockets refuses reconnects', () => {
    const panel = readFileSync(join(ROOT, 'src/components/visualizer/FaultControls.tsx'), 'utf8');
    expect(panel).toMatch(/REFUSE_RECONNECTS_SECONDS = 3;/);
    expect(page).toContain('refuses reconnects for three seconds');
  });

  it('its queued comment, retried after a lost response with the same key, exists once', async () => {
    const block = blockDeclaring('sendComment');
    expect(block).toBeDefined();
    const { queueComment, sendComment } = await importBlock<{
      queueComment: (taskId: string, body: string) => { key: string; taskId: string; body: string };
      sendComment: (queued: { key: string; taskId: string; body: string }) => Promise<Comment>;
    }>(block!, ['queueComment', 'sendComment']);
    backend = startMockBackend();
    const count = () => backend!.db.list('comments').filter((comment) => comment.taskId === 'task_017').length;
    const before = count();
    const queued = queueComment('task_017', 'On it.');
    backend.clients.loseNextResponse(); // the next answer, to anyone
    const lost = await sendComment(queued).catch((error: Error) => error);
    expect(lost).toBeInstanceOf(Error);
    expect(count()).toBe(before + 1);
    const saved = await sendComment(queued);
    expect(count()).toBe(before + 1);
    expect(saved.id).toBe(backend.db.list('comments').at(-1)!.id);
  });
});
