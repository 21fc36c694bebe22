import { MutationObserver, QueryClient, type MutationObserverOptions } from '@tanstack/react-query';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type Comment, type MockBackend } from '@/mocks/node';
import { importGuideSnippet } from './support/guideSnippet';

/**
 * The TanStack Query guide's "pending variables" snippet (the `Comments` component), run as
 * the guide prints it. Its mutation options (`addCommentMutation`) run here through a
 * MutationObserver, which is what `useMutation` uses.
 */
type NewComment = { taskId: string; body: string };
const { module: snippet, cleanup } = await importGuideSnippet<{
  addCommentMutation(queryClient: QueryClient, taskId: string): MutationObserverOptions<Comment, Error, NewComment>;
}>('content/docs/patterns/tanstack-query.mdx', 'export const addCommentMutation');
afterAll(cleanup);

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
