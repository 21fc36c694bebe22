import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchMe, fetchProjects, matchingProjects } from './api';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

describe('what the workspace context loads', () => {
  it('narrows the projects as the search grows: p, pi, pil', async () => {
    const projects = await fetchProjects();
    const counts = ['', 'p', 'pi', 'pil'].map((search) => matchingProjects(projects, search).length);
    expect(counts[0]).toBe(24);
    expect(counts[3]).toBe(3);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('loads the user for the header', async () => {
    expect((await fetchMe()).role).toBe('admin');
  });

  it('fails the project list when GET /projects answers 500', async () => {
    backend.faults.set({ errorRate: { 'GET /projects': 1 } });
    await expect(fetchProjects()).rejects.toThrow('GET /projects answered 500');
  });
});
