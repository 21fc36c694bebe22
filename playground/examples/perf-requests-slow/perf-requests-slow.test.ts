import { afterEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { getMe, getProjects, getUsers } from './api';

describe('slow requests', () => {
  let backend: MockBackend;
  afterEach(() => backend.stop());

  it('loads the signed-in user, the first projects by name and the team', async () => {
    backend = startMockBackend();
    const [me, projects, users] = await Promise.all([getMe(), getProjects(), getUsers()]);
    expect(me.name).toBeTruthy();
    expect(projects.items[0]!.name).toBe('Accessibility Cleanup');
    expect(users.items).toHaveLength(5);
  });

  it('says which request failed', async () => {
    backend = startMockBackend({ faults: { errorRate: { 'GET /me': 1 } } });
    await expect(getMe()).rejects.toThrow('GET /me failed: 500');
  });
});
