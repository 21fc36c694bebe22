import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchMe, fetchProjects, matchingProjects } from './api';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

describe('what the three contexts are fed', () => {
  it('matches projects case-insensitively, ignoring spaces around the search', async () => {
    const projects = await fetchProjects();
    expect(matchingProjects(projects, '  SEARCH ').map((project) => project.name)).toContain('Search Pilot');
  });

  it('fails GET /me on a 500, which leaves the user context empty', async () => {
    backend.faults.set({ errorRate: { 'GET /me': 1 } });
    await expect(fetchMe()).rejects.toThrow('GET /me answered 500');
  });

  it('fails GET /projects when the backend is unreachable', async () => {
    backend.faults.set({ offline: true });
    await expect(fetchProjects()).rejects.toThrow();
  });
});
