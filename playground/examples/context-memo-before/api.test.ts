import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchMe, fetchProjects, matchingProjects } from './api';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend();
});
afterEach(() => backend.stop());

describe('what the session context and the project list load', () => {
  it('loads the signed-in user with the role’s permissions', async () => {
    const me = await fetchMe();
    expect(me).toMatchObject({ id: 'user_01', name: 'Alex Morgan' });
    expect(me.permissions).toContain('projects:read');
  });

  it('loads every project and filters them by name', async () => {
    const projects = await fetchProjects();
    expect(projects).toHaveLength(24);
    expect(matchingProjects(projects, ' PIL').map((project) => project.name)).toEqual([
      'Billing Pilot',
      'Notifications Pilot',
      'Search Pilot',
    ]);
  });

  it.each([
    ['GET /me', fetchMe],
    ['GET /projects', fetchProjects],
  ] as const)('fails with the status when %s answers 500', async (route, load) => {
    backend.faults.set({ errorRate: { [route]: 1 } });
    await expect(load()).rejects.toThrow(`${route} answered 500`);
  });
});
