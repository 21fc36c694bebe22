import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_BASE_URL, startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchMe, fetchProjects, matchingProjects } from './api';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

describe('the session and the projects behind the memoized context', () => {
  it('loads the user the session holds, with the permissions of the current role', async () => {
    await fetch(`${API_BASE_URL}/users/user_01`, { method: 'PATCH', body: JSON.stringify({ version: 1, role: 'viewer' }) });
    const me = await fetchMe();
    expect(me.role).toBe('viewer');
    expect(me.permissions).not.toContain('projects:write');
  });

  it('lists the projects the row marks as yours by owner id', async () => {
    const projects = await fetchProjects();
    expect(projects.filter((project) => project.ownerId === 'user_01').length).toBeGreaterThan(0);
    expect(matchingProjects(projects, 'no such project')).toEqual([]);
  });

  it('fails both loads when the backend is unreachable', async () => {
    backend.faults.set({ offline: true });
    await expect(fetchMe()).rejects.toThrow();
    await expect(fetchProjects()).rejects.toThrow();
  });
});
