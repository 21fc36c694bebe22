import { http, HttpResponse, type HttpHandler } from 'msw';
import { clientOfRequest, type Clients } from './clients';
import type { Clock } from './clock';
import type { Database } from './db';
import type { Faults } from './faults';
import { httpFault } from './http-faults';
import type { IdempotencyStore } from './idempotency';
import type { ListSpec } from './list-query';
import type { SyncLog } from './sync-log';
import { parseListQuery, runListQuery } from './list-query';
import { API_BASE_URL, ROUTE_IDS, type RouteId } from './routes';
import {
  PROJECT_STATUSES,
  ROLES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type EntityMap,
  type EntityName,
  type ProjectStats,
} from './types';
import { checkVersion, isPlainObject, validateChanges, validateCreate, type FieldErrors } from './validation';

export interface HandlerContext {
  db: Database;
  faults: Faults;
  clock: Clock;
}

export interface RestContext extends HandlerContext {
  /** Per-client network switches (the `X-Client-Id` header). */
  clients: Clients;
  /** Answers kept per `Idempotency-Key` (POST and PATCH). */
  idempotency: IdempotencyStore;
  /** Conflicts, merges and replays, for the visualizer's sync rows. */
  syncLog?: SyncLog;
}

/** The API's path prefix (none today): a request's target is its path below it, `tasks/task_017`. */
const API_PATH = new URL(API_BASE_URL).pathname.replace(/\/$/, '');

type Resolver = (info: { request: Request; params: Record<string, string | readonly string[] | undefined> }) =>
  | Response
  | Promise<Response>;

/** How each list can be filtered (`?status=todo,done`), sorted (`?sort=-createdAt`) and searched (`?q=`). */
const LISTS: { [E in EntityName]: ListSpec<EntityMap[E]> } = {
  users: {
    filters: { role: { values: ROLES, matches: (user, role) => user.role === role } },
    sortFields: { name: (user) => user.name, createdAt: (user) => user.createdAt },
    defaultSort: 'name',
    searchText: (user) => `${user.name} ${user.email}`,
  },
  projects: {
    filters: {
      status: { values: PROJECT_STATUSES, matches: (project, status) => project.status === status },
      ownerId: { matches: (project, ownerId) => project.ownerId === ownerId },
    },
    sortFields: {
      name: (project) => project.name,
      status: (project) => PROJECT_STATUSES.indexOf(project.status),
      createdAt: (project) => project.createdAt,
      updatedAt: (project) => project.updatedAt,
    },
    defaultSort: '-createdAt',
    searchText: (project) => project.name,
  },
  tasks: {
    filters: {
      projectId: { matches: (task, projectId) => task.projectId === projectId },
      // `?assigneeId=none` lists the unassigned tasks.
      assigneeId: { matches: (task, assigneeId) => task.assigneeId === (assigneeId === 'none' ? null : assigneeId) },
      status: { values: TASK_STATUSES, matches: (task, status) => task.status === status },
      priority: { values: TASK_PRIORITIES, matches: (task, priority) => task.priority === priority },
      label: { matches: (task, label) => task.labels.includes(label) },
    },
    sortFields: {
      title: (task) => task.title,
      // Workflow order and urgency, not alphabetical order.
      status: (task) => TASK_STATUSES.indexOf(task.status),
      priority: (task) => TASK_PRIORITIES.indexOf(task.priority),
      dueDate: (task) => task.dueDate,
      createdAt: (task) => task.createdAt,
      updatedAt: (task) => task.updatedAt,
    },
    defaultSort: '-createdAt',
    searchText: (task) => `${task.title} ${task.description}`,
  },
  comments: {
    filters: {
      taskId: { matches: (comment, taskId) => comment.taskId === taskId },
      authorId: { matches: (comment, authorId) => comment.authorId === authorId },
    },
    sortFields: { createdAt: (comment) => comment.createdAt },
    defaultSort: 'createdAt',
    searchText: (comment) => comment.body,
  },
};

/** The REST API: `GET /me`, CRUD on users, projects, tasks and comments, and project stats. */
export function createRestHandlers({ db, faults, clock, clients, idempotency, syncLog }: RestContext): HttpHandler[] {
  const byMe = () => ({ actor: db.actor(db.currentUserId) });

  /**
   * One route. Before the resolver runs, the fault controls may delay the request,
   * fail it with a 500, or cut it off as if offline (the whole network, or this client's).
   * A repeated `Idempotency-Key` gets the first answer again; a lost response is handled,
   * then answered with a network error.
   */
  const route = (id: RouteId, resolver: Resolver): HttpHandler => {
    const [method, path] = id.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string];
    const register = { GET: http.get, POST: http.post, PATCH: http.patch, DELETE: http.delete }[method];
    return register(`${API_BASE_URL}${path}`, async (info) => {
      const client = clientOfRequest(info.request);
      clients.note(client);
      if (clients.isOffline(client)) return HttpResponse.error();
      const fault = await httpFault(faults, clock, id);
      if (fault) return fault;
      if (method !== 'GET') syncLog?.mutation(client, new URL(info.request.url).pathname.slice(API_PATH.length + 1));
      const response = await idempotency.run(info.request, async () => resolver(info));
      return clients.takeLostResponse(client) ? HttpResponse.error() : response;
    });
  };

  /** List, get, create, update and (optionally) delete one kind of entity. */
  const crud = <E extends EntityName>(entity: E, { canDelete }: { canDelete: boolean }): HttpHandler[] => [
    route(`GET /${entity}` as RouteId, ({ request }) => {
      const parsed = parseListQuery(new URL(request.url).searchParams, LISTS[entity]);
      if (!parsed.ok) return invalid('Invalid list query', parsed.fieldErrors);
      return HttpResponse.json(runListQuery(db.list(entity), parsed.query, LISTS[entity]));
    }),

    route(`GET /${entity}/:id` as RouteId, ({ params }) => {
      const item = db.get(entity, String(params.id));
      return item ? HttpResponse.json(item) : notFound(entity, String(params.id));
    }),

    route(`POST /${entity}` as RouteId, async ({ request }) => {
      const body = await readJson(request);
      if (!body.ok) return body.response;
      const checked = validateCreate(entity, body.value, db);
      if (!checked.ok) return invalid(`Cannot create ${singular(entity)}`, checked.fieldErrors);
      const created = db.create(entity, checked.value, byMe());
      return HttpResponse.json(created, { status: 201, headers: { Location: `${API_BASE_URL}/${entity}/${created.id}` } });
    }),

    // The body carries the `version` the changes are based on: `{ version: 3, status: 'done' }`.
    route(`PATCH /${entity}/:id` as RouteId, async ({ request, params }) => {
      const id = String(params.id);
      if (!db.get(entity, id)) return notFound(entity, id);
      const body = await readJson(request);
      if (!body.ok) return body.response;
      if (!isPlainObject(body.value)) return invalid('The body must be a JSON object', { body: 'must be a JSON object' });

      const { version, ...changes } = body.value;
      const versionError = checkVersion(version);
      const checked = validateChanges(entity, id, changes, db);
      if (versionError || !checked.ok) {
        const fieldErrors = { ...(checked.ok ? {} : checked.fieldErrors), ...(versionError ? { version: versionError } : {}) };
        return invalid(`Cannot update ${singular(entity)} ${id}`, fieldErrors);
      }

      const client = clientOfRequest(request);
      const target = `${entity}/${id}`;
      const result = syncLog ? syncLog.writing(client, () => db.update(entity, id, version as number, checked.value, byMe())) : db.update(entity, id, version as number, checked.value, byMe());
      if (result.ok) {
        syncLog?.saved(client, target, Object.keys(checked.value), result.entity.version);
        return HttpResponse.json(result.entity);
      }
      if (result.reason === 'conflict') {
        syncLog?.conflict(client, target, version as number, result.current.version, Object.keys(checked.value));
        return conflict(entity, result.current, version as number);
      }
      return notFound(entity, id);
    }),

    ...(canDelete
      ? [
          // `?version=3` makes the delete conditional, like a PATCH.
          route(`DELETE /${entity}/:id` as RouteId, ({ request, params }) => {
            const id = String(params.id);
            const versionParam = new URL(request.url).searchParams.get('version');
            const version = versionParam === null ? undefined : Number(versionParam);
            const versionError = version === undefined ? null : checkVersion(version);
            if (versionError) return invalid(`Cannot delete ${singular(entity)} ${id}`, { version: versionError });

            const result = db.remove(entity, id, version, byMe());
            if (result.ok) return new HttpResponse(null, { status: 204 });
            if (result.reason === 'conflict') return conflict(entity, result.current, version!);
            return notFound(entity, id);
          }),
        ]
      : []),
  ];

  return [
    route('GET /me', () => HttpResponse.json(db.get('users', db.currentUserId))),

    route('GET /projects/:id/stats', ({ params }) => {
      const projectId = String(params.id);
      if (!db.get('projects', projectId)) return notFound('projects', projectId);
      return HttpResponse.json(projectStats(db, projectId, clock.now()));
    }),

    ...crud('users', { canDelete: false }),
    ...crud('projects', { canDelete: true }),
    ...crud('tasks', { canDelete: true }),
    ...crud('comments', { canDelete: true }),
  ];
}

/** Anything else on the API host: a 404 that lists the routes. Register it last. */
export function createNotFoundHandler({ faults, clock }: HandlerContext): HttpHandler {
  return http.all(`${API_BASE_URL}/*`, async ({ request }) => {
    const fault = await httpFault(faults, clock, null);
    if (fault) return fault;
    const { pathname } = new URL(request.url);
    return HttpResponse.json(
      { message: `No route for ${request.method} ${pathname}. Routes: ${ROUTE_IDS.join(', ')}` },
      { status: 404 },
    );
  });
}

function projectStats(db: Database, projectId: string, now: number): ProjectStats {
  const tasks = db.list('tasks').filter((task) => task.projectId === projectId);
  const taskIds = new Set(tasks.map((task) => task.id));
  const today = new Date(now).toISOString().slice(0, 10);
  const count = <K extends string>(keys: readonly K[], keyOf: (task: (typeof tasks)[number]) => K) =>
    Object.fromEntries(keys.map((key) => [key, tasks.filter((task) => keyOf(task) === key).length])) as Record<K, number>;

  const byAssignee = new Map<string | null, number>();
  for (const task of tasks) byAssignee.set(task.assigneeId, (byAssignee.get(task.assigneeId) ?? 0) + 1);
  const byStatus = count(TASK_STATUSES, (task) => task.status);

  return {
    projectId,
    taskCount: tasks.length,
    byStatus,
    byPriority: count(TASK_PRIORITIES, (task) => task.priority),
    byAssignee: [...byAssignee].map(([userId, n]) => ({ userId, count: n })).sort((a, b) => b.count - a.count),
    completion: tasks.length === 0 ? 0 : byStatus.done / tasks.length,
    overdue: tasks.filter((task) => task.status !== 'done' && task.dueDate !== null && task.dueDate < today).length,
    commentCount: db.list('comments').filter((comment) => taskIds.has(comment.taskId)).length,
  };
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: false, response: invalid('The request has no body', { body: 'is required: send a JSON object' }) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: invalid('The body is not valid JSON', { body: 'must be valid JSON' }) };
  }
}

function invalid(message: string, fieldErrors: FieldErrors): Response {
  return HttpResponse.json({ message, fieldErrors }, { status: 400 });
}

function notFound(entity: EntityName, id: string): Response {
  return HttpResponse.json({ message: `No ${singular(entity)} with id "${id}"` }, { status: 404 });
}

function conflict(entity: EntityName, current: EntityMap[EntityName], sentVersion: number): Response {
  return HttpResponse.json(
    {
      message: `Version conflict: ${singular(entity)} ${current.id} is at version ${current.version}, your change was based on version ${sentVersion}. Merge with \`current\` and retry.`,
      current,
    },
    { status: 409 },
  );
}

function singular(entity: EntityName): string {
  return entity.slice(0, -1);
}
