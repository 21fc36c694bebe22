import { afterEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchProjects } from './api';
import { loaded, makeStore, noteChanged, selected } from './store';

function memoryStorage() {
  const writes: string[] = [];
  return { writes, setItem: (key: string, value: string) => void writes.push(`${key}=${value}`) };
}

describe('slow board: the problems the Recommendations tab names', () => {
  let backend: MockBackend;
  afterEach(() => backend?.stop());

  it('loads the first projects by name', async () => {
    backend = startMockBackend();
    const projects = await fetchProjects(8);
    expect(projects[0]!.name).toBe('Accessibility Cleanup');
    expect(projects.some((p) => p.status !== 'archived')).toBe(true);
  });

  it('saves the notes once per action: five keystrokes, five writes', () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    for (const text of ['h', 'he', 'hel', 'hell', 'hello']) store.dispatch(noteChanged(text));
    expect(storage.writes).toHaveLength(5);
  });

  it('keeps a copy of the selected project, which a reload of the list leaves stale', async () => {
    backend = startMockBackend();
    const store = makeStore(memoryStorage());
    const projects = await fetchProjects(8);
    store.dispatch(loaded(projects));
    store.dispatch(selected(projects[0]!));
    store.dispatch(loaded([{ ...projects[0]!, name: 'Renamed' }, ...projects.slice(1)]));
    expect(store.getState().projects.selected!.name).toBe('Accessibility Cleanup');
  });
});
