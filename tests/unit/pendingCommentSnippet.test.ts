import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MutationObserver, QueryClient, type MutationObserverOptions } from '@tanstack/react-query';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type Comment, type MockBackend } from '@/mocks/node';

/**
 * The TanStack Query guide's "pending variables" snippet (the `Comments` component), run as
 * the guide prints it: the code block is written to a module and imported. Its mutation options
 * (`addCommentMutation`) run here through a MutationObserver, which is what `useMutation` uses.
 */
const GUIDE = join(import.meta.dirname, '../../content/docs/patterns/tanstack-query.mdx');
const block = [...readFileSync(GUIDE, 'utf8').matchAll(/^```tsx?[^\n]*\n([\s\S]*?)^```/gm)]
  .map(([, code]) => code!)
  .find((code) => code.includes('export const addCommentMutation'));
if (!block) throw new Error('The guide has no code block with addCommentMutation');

const dir = mkdtempSync(join(import.meta.dirname, '.snippet-'));
writeFileSync(join(dir, 'comments.tsx'), block);
type NewComment = { taskId: string; body: string };
const snippet = (await import(/* @vite-ignore */ join(dir, 'comments.tsx'))) as {
  addCommentMutation(queryClient: QueryClient, taskId: string): MutationObserverOptions<Comment, Error, NewComment>;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let backend: MockBackend;
let queryClient: QueryClient;
beforeEach(() => {
  backend = startMockBackend();
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});
afterEach(() => {
  queryClient.clear();
  backend.stop();
});

const TASK_ID = 'task_001';
const comment = { taskId: TASK_ID, body: 'Looks good to me' };

describe('the guide’s pending-variables snippet', () => {
  it('keeps a refused comment’s text and error for the page to show, and Retry sends it again', async () => {
    const observer = new MutationObserver(queryClient, snippet.addCommentMutation(queryClient, TASK_ID));
    backend.faults.set({ errorRate: { 'POST /comments': 1 } });

    await observer.mutate(comment).catch(() => {});
    const failed = observer.getCurrentResult();
    // What the snippet renders in its `isError` branch: the comment and why it wasn't sent.
    expect(failed.isPending).toBe(false);
    expect(failed.isError).toBe(true);
    expect(failed.variables).toEqual(comment);
    expect(failed.error?.message).toBe('POST /comments answered 500');
    expect(backend.db.list('comments').some((c) => c.body === comment.body && c.taskId === TASK_ID)).toBe(false);

    // Retry: `mutate(variables)` once the server accepts again.
    backend.faults.set({ errorRate: {} });
    await observer.mutate(failed.variables!);
    expect(observer.getCurrentResult().isSuccess).toBe(true);
    await vi.waitFor(() => expect(backend.db.list('comments').some((c) => c.body === comment.body && c.taskId === TASK_ID)).toBe(true));
  });

  it('Discard (`reset`) forgets the failed comment', async () => {
    const observer = new MutationObserver(queryClient, snippet.addCommentMutation(queryClient, TASK_ID));
    backend.faults.set({ errorRate: { 'POST /comments': 1 } });
    await observer.mutate(comment).catch(() => {});
    observer.reset();
    expect(observer.getCurrentResult()).toMatchObject({ isIdle: true, isError: false, variables: undefined });
  });
});
