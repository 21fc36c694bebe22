import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { createWorkspaceStore, type Workspace } from './workspaceStore';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

function watch<T>(store: ReturnType<typeof createWorkspaceStore>, selector: (state: Workspace) => T) {
  const changes = vi.fn();
  let last = selector(store.getState());
  store.subscribe((state) => {
    const next = selector(state);
    if (!Object.is(last, next)) changes(next);
    last = next;
  });
  return changes;
}

describe('a Zustand store per workspace', () => {
  it('gives each provider its own store', () => {
    const one = createWorkspaceStore();
    const other = createWorkspaceStore();
    one.getState().setSearch('pil');
    expect(other.getState().search).toBe('');
  });

  it('changes the search without changing what the user and theme selectors return', () => {
    const store = createWorkspaceStore();
    const user = watch(store, (state) => state.user);
    const theme = watch(store, (state) => state.theme);
    const search = watch(store, (state) => state.search);
    for (const text of ['p', 'pi', 'pil']) store.getState().setSearch(text);
    expect(search).toHaveBeenCalledTimes(3);
    expect(user).not.toHaveBeenCalled();
    expect(theme).not.toHaveBeenCalled();
  });

  it('loads the signed-in user', async () => {
    const store = createWorkspaceStore();
    await store.getState().loadUser();
    expect(store.getState().user).toMatchObject({ id: 'user_01', name: 'Alex Morgan' });
  });

  it('stays signed out when GET /me fails', async () => {
    backend.faults.set({ errorRate: { 'GET /me': 1 } });
    const store = createWorkspaceStore();
    await store.getState().loadUser();
    expect(store.getState().user).toBeNull();
  });
});
