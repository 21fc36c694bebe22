/**
 * The API contract of the mock backend: the entities, the REST bodies, the
 * realtime socket messages and the activity feed events. Client code can import
 * these types; nothing here runs.
 */

export const ENTITY_NAMES = ['users', 'projects', 'tasks', 'comments'] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export const ROLES = ['admin', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'projects:read'
  | 'projects:write'
  | 'tasks:read'
  | 'tasks:write'
  | 'comments:write'
  | 'users:manage';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['projects:read', 'projects:write', 'tasks:read', 'tasks:write', 'comments:write', 'users:manage'],
  member: ['projects:read', 'projects:write', 'tasks:read', 'tasks:write', 'comments:write'],
  viewer: ['projects:read', 'tasks:read'],
};

export const PROJECT_STATUSES = ['planning', 'active', 'on_hold', 'completed', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const TASK_STATUSES = ['todo', 'in_progress', 'in_review', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** Fields every entity carries. `version` grows by one on every change. */
export interface EntityBase {
  id: string;
  version: number;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

export interface User extends EntityBase {
  name: string;
  email: string;
  role: Role;
  /** Derived from the role. */
  permissions: readonly Permission[];
}

export interface Project extends EntityBase {
  name: string;
  description: string;
  status: ProjectStatus;
  ownerId: string;
}

export interface Task extends EntityBase {
  projectId: string;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  assigneeId: string | null;
  /** A calendar date, `YYYY-MM-DD`. */
  dueDate: string | null;
  labels: readonly string[];
}

export interface Comment extends EntityBase {
  taskId: string;
  authorId: string;
  body: string;
}

export interface EntityMap {
  users: User;
  projects: Project;
  tasks: Task;
  comments: Comment;
}

export type Entity = EntityMap[EntityName];

// REST

/** `GET /tasks?status=todo&limit=20` and friends. */
export interface ListResponse<T> {
  items: T[];
  /** Pass as `?cursor=` to get the next page; `null` on the last page. */
  nextCursor: string | null;
  /** How many items match the filters, across all pages. */
  total: number;
}

/** Every error body has a message meant for a human. */
export interface ErrorBody {
  message: string;
}

/** 400: the request body or query did not validate. */
export interface ValidationErrorBody extends ErrorBody {
  fieldErrors: Record<string, string>;
}

/** 409: the `version` sent is not the current one. */
export interface ConflictErrorBody<T extends Entity = Entity> extends ErrorBody {
  current: T;
}

export interface ProjectStats {
  projectId: string;
  taskCount: number;
  byStatus: Record<TaskStatus, number>;
  byPriority: Record<TaskPriority, number>;
  byAssignee: Array<{ userId: string | null; count: number }>;
  /** Share of tasks done, 0..1. */
  completion: number;
  /** Open tasks whose due date has passed. */
  overdue: number;
  commentCount: number;
}

// Realtime socket (wss://api.statelab.test/realtime), JSON text frames.

export type ClientMessage =
  | { type: 'subscribe'; entity: EntityName }
  | { type: 'unsubscribe'; entity: EntityName }
  | {
      type: 'patch';
      entity: EntityName;
      id: string;
      /** The version the changes are based on. */
      version: number;
      changes: Record<string, unknown>;
      /** Echoed back in the answer, to match it with the request. */
      requestId?: string;
    }
  | { type: 'ping' }
  /** Join a shared text document (`task_017/description`); with `revision`, get the operations after it first. */
  | { type: 'ot-join'; doc: string; revision?: number }
  /** Operations based on `revision` (see `text-docs.ts` for their shape). */
  | { type: 'ot-ops'; doc: string; revision: number; ops: (number | string)[][]; batch?: string }
  /** Yjs sync step 1 for a task's document: base64 of `Y.encodeStateVector(doc)`. */
  | { type: 'yjs-sync'; doc: string; stateVector: string }
  /** A Yjs update (base64), applied on the server and relayed to the other tabs. */
  | { type: 'yjs-update'; doc: string; update: string };

/** Who made a change: a user, and where the change came from. */
export interface Actor {
  userId: string;
  name: string;
}

export type ServerMessage =
  | ServerFrame<'ENTITY_UPDATED', EntityUpdatedPayload>
  | ServerFrame<'ENTITY_DELETED', EntityDeletedPayload>
  | ServerFrame<'CONFLICT_DETECTED', ConflictDetectedPayload>
  | ServerFrame<'PATCH_APPLIED', PatchAppliedPayload>
  | ServerFrame<'SUBSCRIBED', { entity: EntityName; seq: number }>
  | ServerFrame<'UNSUBSCRIBED', { entity: EntityName }>
  | ServerFrame<'PONG', Record<string, never>>
  | ServerFrame<'ERROR', { message: string; requestId?: string }>
  | ServerFrame<'OT_JOINED', { doc: string; revision: number; text: string }>
  /** Someone else's operation, the one that took the document to `revision`. */
  | ServerFrame<'OT_OP', { doc: string; revision: number; op: (number | string)[]; batch?: string }>
  /** Your operations were applied; the document is at `revision`. */
  | ServerFrame<'OT_ACK', { doc: string; revision: number }>
  /** Your operations were based on an old revision: nothing was applied. */
  | ServerFrame<'OT_REJECTED', { doc: string; revision: number; message: string }>
  /** The answer to `yjs-sync`: the updates you lack, and the server's state vector (both base64). */
  | ServerFrame<'YJS_SYNC', { doc: string; update: string; stateVector: string; bytes: number }>
  /** Another tab's update, as it sent it. */
  | ServerFrame<'YJS_UPDATE', { doc: string; update: string; bytes: number }>;

export interface ServerFrame<Type extends string, Payload> {
  type: Type;
  payload: Payload;
  /** Milliseconds since the epoch, when the server sent the frame. */
  timestamp: number;
  /**
   * On ENTITY_UPDATED and ENTITY_DELETED: the change's number in its entity's stream (1, 2, 3…
   * per entity type). SUBSCRIBED's payload has the stream's latest. A jump means frames were missed.
   */
  seq?: number;
}

export type ServerMessageType = ServerMessage['type'];

/** Created or updated: upsert `data` into your cache. */
export interface EntityUpdatedPayload<T extends Entity = Entity> {
  entity: EntityName;
  id: string;
  change: 'created' | 'updated';
  data: T;
  actor: Actor;
}

export interface EntityDeletedPayload {
  entity: EntityName;
  id: string;
  actor: Actor;
}

/** Sent only to the client whose patch was based on a stale version. */
export interface ConflictDetectedPayload<T extends Entity = Entity> {
  entity: EntityName;
  id: string;
  message: string;
  yourVersion: number;
  current: T;
  requestId?: string;
}

/** Sent only to the client whose patch was applied. */
export interface PatchAppliedPayload<T extends Entity = Entity> {
  entity: EntityName;
  id: string;
  data: T;
  requestId?: string;
}

// Activity feed (Server-Sent Events at https://api.statelab.test/activity)

export interface ActivityEvent {
  /** Increasing; also the SSE event id, so `Last-Event-ID` resumes the feed. */
  seq: number;
  kind: 'created' | 'updated' | 'deleted';
  entity: EntityName;
  entityId: string;
  actor: Actor;
  /** Field names that changed (updates only). */
  fields: string[];
  /** One line for humans: `Sam Rivera moved "Fix login" to done`. */
  summary: string;
  at: string;
}
