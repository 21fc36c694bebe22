import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchProjects } from './api';
import { loaded, makeStore, noteChanged, selectOpenProjects, selected, selectSelectedProject } from './store';

function memoryStorage() {
  const writes: string[] = [];
  return { writes, setItem: (key: string, value: string) => void writes.push(`${key}=${value}`) };
}

// Performance budgets as tests: counts (writes, recomputations, references) are deterministic.
describe('fixed board', () => {
  let backend: MockBackend;
  afterEach(() => {
    backend?.stop();
    vi.useRealTimers();
  });

  it('saves five keystrokes in one write, a second after the first', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = makeStore(storage);
    for (const text of ['h', 'he', 'hel', 'hell', 'hello']) store.dispatch(noteChanged(text));
    expect(storage.writes).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(storage.writes).toEqual(['notes={"text":"hello"}']);
  });

  it('returns the same open-project array after an unrelated action, and recomputes only when the list changes', async () => {
    backend = startMockBackend();
    const store = makeStore(memoryStorage());
    store.dispatch(loaded(await fetchProjects(8)));
    const before = selectOpenProjects(store.getState());
    store.dispatch(noteChanged('x'));
    expect(selectOpenProjects(store.getState())).toBe(before);
    expect(selectOpenProjects.recomputations()).toBe(1);
  });

  it('reads the selected project from the list, so a reload shows its new name', async () => {
    backend = startMockBackend();
    const store = makeStore(memoryStorage());
    const projects = await fetchProjects(8);
    store.dispatch(loaded(projects));
    store.dispatch(selected(projects[0]!.id));
    store.dispatch(loaded([{ ...projects[0]!, name: 'Renamed' }, ...projects.slice(1)]));
    expect(selectSelectedProject(store.getState())!.name).toBe('Renamed');
  });
});
