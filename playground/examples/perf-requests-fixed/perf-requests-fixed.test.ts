import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { meQuery, projectsQuery, usersQuery } from './queries';

// A request budget as a test: request counts are deterministic.
describe('fixed requests', () => {
  let backend: MockBackend;
  afterEach(() => backend.stop());

  it('answers two callers of the same query with one request', async () => {
    backend = startMockBackend();
    let requests = 0;
    backend.server.events.on('request:start', () => void requests++);
    const client = new QueryClient();
    const [a, b] = await Promise.all([client.query(meQuery), client.query(meQuery)]);
    expect(a).toBe(b);
    expect(requests).toBe(1);
  });

  it('starts the three requests together', async () => {
    backend = startMockBackend();
    const client = new QueryClient();
    const [, projects, users] = await Promise.all([client.query(meQuery), client.query(projectsQuery), client.query(usersQuery)]);
    expect(projects.items[0]!.name).toBe('Accessibility Cleanup');
    expect(users.items).toHaveLength(5);
  });
});
