import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockBackend, type MockBackend } from './node';
import { API_BASE_URL } from './routes';
import { CURRENT_USER_ID } from './seed';
import { api } from './test-helpers';
import type { Comment, ListResponse, Project, ProjectStats, Task, User } from './types';

let backend: MockBackend;
beforeEach(() => {
  backend = startMockBackend({ seed: 7 });
});
afterEach(() => backend.stop());

const firstTask = () => backend.db.list('tasks')[0]!;

describe('GET /me', () => {
  it('answers the signed-in user with the permissions of the role', async () => {
    const { status, body } = await api<User>('/me');
    expect(status).toBe(200);
    expect(body.id).toBe(CURRENT_USER_ID);
    expect(body.role).toBe('admin');
    expect(body.permissions).toContain('users:manage');
  });
});

describe('lists', () => {
  it('pages through every task with the cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=100&cursor=${cursor}` : '?limit=100';
      const { status, body } = await api<ListResponse<Task>>(`/tasks${query}`);
      expect(status).toBe(200);
      expect(body.total).toBe(400);
      seen.push(...body.items.map((task) => task.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(400);
  });

  it('defaults to 20 items, newest first', async () => {
    const { body } = await api<ListResponse<Task>>('/tasks');
    expect(body.items).toHaveLength(20);
    const dates = body.items.map((task) => task.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it('keeps a page stable when an item before the cursor is deleted', async () => {
    const first = await api<ListResponse<Task>>('/tasks?sort=title&limit=10');
    const second = await api<ListResponse<Task>>(`/tasks?sort=title&limit=10&cursor=${first.body.nextCursor}`);
    await api(`/tasks/${first.body.items[0]!.id}`, { method: 'DELETE' });
    const again = await api<ListResponse<Task>>(`/tasks?sort=title&limit=10&cursor=${first.body.nextCursor}`);
    expect(again.body.items.map((task) => task.id)).toEqual(second.body.items.map((task) => task.id));
    expect(again.body.total).toBe(399);
  });

  it('filters tasks by project, several statuses, unassigned and label', async () => {
    const projectId = firstTask().projectId;
    const { body } = await api<ListResponse<Task>>(`/tasks?projectId=${projectId}&status=todo,in_progress&limit=100`);
    const expected = backend.db.list('tasks').filter((t) => t.projectId === projectId && ['todo', 'in_progress'].includes(t.status));
    expect(body.total).toBe(expected.length);
    expect(body.items.every((t) => t.projectId === projectId && ['todo', 'in_progress'].includes(t.status))).toBe(true);

    const unassigned = await api<ListResponse<Task>>('/tasks?assigneeId=none&limit=100');
    expect(unassigned.body.total).toBe(backend.db.list('tasks').filter((t) => t.assigneeId === null).length);
    expect(unassigned.body.total).toBeGreaterThan(0);

    const bugs = await api<ListResponse<Task>>('/tasks?label=bug&priority=urgent');
    expect(bugs.body.items.every((t) => t.labels.includes('bug') && t.priority === 'urgent')).toBe(true);
  });

  it('sorts by priority rank and puts missing due dates last', async () => {
    const urgentFirst = await api<ListResponse<Task>>('/tasks?sort=-priority&limit=5');
    expect(urgentFirst.body.items.every((t) => t.priority === 'urgent')).toBe(true);
    const byDue = await api<ListResponse<Task>>('/tasks?sort=dueDate&limit=100');
    let cursor = byDue.body.nextCursor;
    const all = [...byDue.body.items];
    while (cursor) {
      const page = await api<ListResponse<Task>>(`/tasks?sort=dueDate&limit=100&cursor=${cursor}`);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const firstNull = all.findIndex((t) => t.dueDate === null);
    expect(firstNull).toBeGreaterThan(0);
    expect(all.slice(firstNull).every((t) => t.dueDate === null)).toBe(true);
  });

  it('searches with ?q= and filters users, projects and comments', async () => {
    const users = await api<ListResponse<User>>('/users?role=viewer');
    expect(users.body.items.every((u) => u.role === 'viewer')).toBe(true);
    const sam = await api<ListResponse<User>>('/users?q=rivera');
    expect(sam.body.items.map((u) => u.name)).toEqual(['Sam Rivera']);
    const active = await api<ListResponse<Project>>('/projects?status=active&sort=name');
    expect(active.body.items.every((p) => p.status === 'active')).toBe(true);
    const names = active.body.items.map((p) => p.name);
    expect([...names].sort()).toEqual(names);
    const owned = await api<ListResponse<Project>>(`/projects?ownerId=${active.body.items[0]!.ownerId}`);
    expect(owned.body.total).toBeGreaterThan(0);
    const taskId = backend.db.list('comments')[0]!.taskId;
    const comments = await api<ListResponse<Comment>>(`/comments?taskId=${taskId}`);
    expect(comments.body.total).toBe(backend.db.list('comments').filter((c) => c.taskId === taskId).length);
  });

  it('answers 400 with field errors for a bad limit, sort, filter value, cursor or parameter', async () => {
    const bad = await api('/tasks?limit=500&sort=colour&status=doing&staus=todo');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('Invalid list query');
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['limit', 'sort', 'status', 'staus']);
    expect(bad.body.fieldErrors.status).toContain('todo, in_progress, in_review, done');

    const cursor = await api('/tasks?cursor=not-a-cursor');
    expect(cursor.status).toBe(400);
    expect(cursor.body.fieldErrors.cursor).toMatch(/not a cursor/);

    const page = await api<ListResponse<Task>>('/tasks?sort=title');
    const otherSort = await api(`/tasks?sort=-title&cursor=${page.body.nextCursor}`);
    expect(otherSort.status).toBe(400);
    expect(otherSort.body.fieldErrors.cursor).toMatch(/sort=title/);
  });
});

describe('GET /:entity/:id', () => {
  it('answers each entity by id, and 404 with a message for unknown ids', async () => {
    for (const entity of ['users', 'projects', 'tasks', 'comments'] as const) {
      const item = backend.db.list(entity)[3]!;
      const found = await api(`/${entity}/${item.id}`);
      expect(found.status).toBe(200);
      expect(found.body).toEqual(JSON.parse(JSON.stringify(item)));

      const missing = await api(`/${entity}/nope`);
      expect(missing.status).toBe(404);
      expect(missing.body.message).toBe(`No ${entity.slice(0, -1)} with id "nope"`);
    }
  });
});

describe('GET /projects/:id/stats', () => {
  it('counts the tasks of the project', async () => {
    const project = backend.db.list('projects')[0]!;
    const tasks = backend.db.list('tasks').filter((t) => t.projectId === project.id);
    const { status, body } = await api<ProjectStats>(`/projects/${project.id}/stats`);
    expect(status).toBe(200);
    expect(body.taskCount).toBe(tasks.length);
    expect(Object.values(body.byStatus).reduce((a, b) => a + b, 0)).toBe(tasks.length);
    expect(body.byAssignee.reduce((sum, row) => sum + row.count, 0)).toBe(tasks.length);
    expect(body.completion).toBeCloseTo(tasks.filter((t) => t.status === 'done').length / tasks.length);
    expect(body.commentCount).toBe(backend.db.list('comments').filter((c) => tasks.some((t) => t.id === c.taskId)).length);
  });

  it('answers 404 for an unknown project', async () => {
    const { status, body } = await api('/projects/proj_99/stats');
    expect(status).toBe(404);
    expect(body.message).toBe('No project with id "proj_99"');
  });
});

describe('POST', () => {
  it('creates a task with defaults, version 1 and a Location header', async () => {
    const projectId = backend.db.list('projects')[0]!.id;
    const { status, body, headers } = await api<Task>('/tasks', { method: 'POST', body: { projectId, title: 'Write the conflict guide' } });
    expect(status).toBe(201);
    expect(body).toMatchObject({ id: 'task_401', projectId, title: 'Write the conflict guide', status: 'todo', priority: 'medium', assigneeId: null, labels: [], version: 1 });
    expect(headers.get('location')).toBe(`${API_BASE_URL}/tasks/task_401`);
    expect((await api(`/tasks/${body.id}`)).body).toEqual(body);
  });

  it('creates users (permissions from the role), projects and comments (authored by me)', async () => {
    const user = await api<User>('/users', { method: 'POST', body: { name: 'Kim Lee', email: 'kim@statelab.test', role: 'viewer' } });
    expect(user.status).toBe(201);
    expect(user.body.permissions).toEqual(['projects:read', 'tasks:read']);
    const project = await api<Project>('/projects', { method: 'POST', body: { name: 'Realtime', status: 'active' } });
    expect(project.status).toBe(201);
    expect(project.body.ownerId).toBe(CURRENT_USER_ID);
    const comment = await api<Comment>('/comments', { method: 'POST', body: { taskId: firstTask().id, body: 'First!' } });
    expect(comment.status).toBe(201);
    expect(comment.body.authorId).toBe(CURRENT_USER_ID);
  });

  it('answers 400 with a message and field errors for each kind of bad body', async () => {
    const cases: Array<[unknown, Record<string, RegExp>]> = [
      [{}, { projectId: /required/, title: /required/ }],
      [{ projectId: 'proj_99', title: '  ', status: 'doing', priority: 3 }, { projectId: /no project/, title: /empty/, status: /one of/, priority: /one of/ }],
      [{ projectId: 'proj_01', title: 'x', id: 'mine', version: 9, colour: 'red' }, { id: /set by the server/, version: /set by the server/, colour: /not a field/ }],
      [{ projectId: 'proj_01', title: 'x', dueDate: 'tomorrow', labels: 'bug', assigneeId: 'user_99' }, { dueDate: /date/, labels: /list/, assigneeId: /no user/ }],
      [[1, 2], { body: /JSON object/ }],
    ];
    for (const [body, expected] of cases) {
      const result = await api('/tasks', { method: 'POST', body });
      expect(result.status).toBe(400);
      expect(result.body.message).toBe('Cannot create task');
      expect(Object.keys(result.body.fieldErrors).sort()).toEqual(Object.keys(expected).sort());
      for (const [field, why] of Object.entries(expected)) expect(result.body.fieldErrors[field]).toMatch(why);
    }

    const notJson = await api('/tasks', { method: 'POST', rawBody: '{"title": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toEqual({ message: 'The body is not valid JSON', fieldErrors: { body: 'must be valid JSON' } });
    const empty = await api('/tasks', { method: 'POST', rawBody: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.fieldErrors.body).toMatch(/required/);

    const duplicate = await api('/users', { method: 'POST', body: { name: 'Again', email: backend.db.list('users')[0]!.email } });
    expect(duplicate.body.fieldErrors).toEqual({ email: 'is already used by another user' });
  });
});

describe('PATCH', () => {
  it('applies the changes and bumps the version', async () => {
    const task = firstTask();
    const { status, body } = await api<Task>(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, status: 'done', title: 'Done it' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: task.id, status: 'done', title: 'Done it', version: task.version + 1 });
    expect(backend.db.get('tasks', task.id)).toEqual(body);
  });

  it("updates a user's permissions with the role", async () => {
    const user = backend.db.list('users').find((u) => u.role === 'viewer')!;
    const { body } = await api<User>(`/users/${user.id}`, { method: 'PATCH', body: { version: user.version, role: 'member' } });
    expect(body.permissions).toContain('tasks:write');
  });

  it('answers 409 with the current entity when the version is stale', async () => {
    const task = firstTask();
    await api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, priority: 'urgent' } });
    const stale = await api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version, title: 'Mine' } });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/version conflict/i);
    expect(stale.body.current).toMatchObject({ id: task.id, priority: 'urgent', title: task.title, version: task.version + 1 });
  });

  it('answers 400 for a missing version, no changes, a fixed field or a bad value', async () => {
    const task = firstTask();
    const noVersion = await api(`/tasks/${task.id}`, { method: 'PATCH', body: { status: 'done' } });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.fieldErrors).toEqual({ version: expect.stringMatching(/required/) });
    const nothing = await api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: task.version } });
    expect(nothing.body.fieldErrors).toEqual({ changes: 'send at least one field to change' });
    const badValue = await api(`/tasks/${task.id}`, { method: 'PATCH', body: { version: 'one', status: 'doing' } });
    expect(Object.keys(badValue.body.fieldErrors).sort()).toEqual(['status', 'version']);
    const comment = backend.db.list('comments')[0]!;
    const fixed = await api(`/comments/${comment.id}`, { method: 'PATCH', body: { version: comment.version, taskId: 'task_002' } });
    expect(fixed.status).toBe(400);
    expect(fixed.body.fieldErrors.taskId).toBe('cannot be changed after creation');
    const notJson = await api(`/tasks/${task.id}`, { method: 'PATCH', rawBody: 'status=done' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toBe('The body is not valid JSON');
    const array = await api(`/tasks/${task.id}`, { method: 'PATCH', body: [] });
    expect(array.body.fieldErrors).toEqual({ body: 'must be a JSON object' });
    expect(backend.db.get('tasks', task.id)).toEqual(task);
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await api('/projects/proj_99', { method: 'PATCH', body: { version: 1, name: 'x' } });
    expect(status).toBe(404);
    expect(body.message).toBe('No project with id "proj_99"');
  });
});

describe('DELETE', () => {
  it('deletes a project with its tasks and their comments', async () => {
    const project = backend.db.list('projects')[0]!;
    const taskIds = backend.db.list('tasks').filter((t) => t.projectId === project.id).map((t) => t.id);
    const { status } = await api(`/projects/${project.id}`, { method: 'DELETE' });
    expect(status).toBe(204);
    expect((await api(`/projects/${project.id}`)).status).toBe(404);
    expect(backend.db.list('tasks').some((t) => taskIds.includes(t.id))).toBe(false);
    expect(backend.db.list('comments').some((c) => taskIds.includes(c.taskId))).toBe(false);
  });

  it('deletes a comment only at the given version', async () => {
    const comment = backend.db.list('comments')[0]!;
    const stale = await api(`/comments/${comment.id}?version=${comment.version + 1}`, { method: 'DELETE' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toEqual(JSON.parse(JSON.stringify(comment)));
    const bad = await api(`/comments/${comment.id}?version=first`, { method: 'DELETE' });
    expect(bad.status).toBe(400);
    expect(bad.body.fieldErrors.version).toMatch(/positive integer/);
    expect((await api(`/comments/${comment.id}?version=${comment.version}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await api('/tasks/task_999', { method: 'DELETE' });
    expect(status).toBe(404);
    expect(body.message).toBe('No task with id "task_999"');
  });
});

describe('unhandled requests', () => {
  it('answers 404 listing the routes for an unknown path or method on the API', async () => {
    const unknown = await api('/teams');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/^No route for GET \/teams\. Routes: GET \/me, /);
    const noDelete = await api(`/users/${CURRENT_USER_ID}`, { method: 'DELETE' });
    expect(noDelete.status).toBe(404);
    expect(noDelete.body.message).toMatch(/No route for DELETE \/users\/user_01/);
  });

  it('fails requests to any other host with a network error instead of passing them through', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(fetch('https://example.com/tasks')).rejects.toThrow(TypeError);
    expect(printed).toHaveBeenCalledWith(expect.stringContaining('GET https://example.com/tasks'));
    printed.mockRestore();
  });

  it('errors and closes sockets to any other URL', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const socket = new WebSocket('wss://elsewhere.test/socket');
    const closed = await new Promise<{ code: number; opened: boolean }>((resolve) => {
      let opened = false;
      socket.onopen = () => (opened = true);
      socket.onclose = (event) => resolve({ code: event.code, opened });
    });
    expect(closed).toEqual({ code: 1006, opened: false });
    expect(printed).toHaveBeenCalledWith(expect.stringContaining('wss://elsewhere.test/socket'));
    printed.mockRestore();
  });
});
