import type { Database, EntityChanges, NewEntity } from './db';
import {
  PROJECT_STATUSES,
  ROLES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type EntityName,
} from './types';

export type FieldErrors = Record<string, string>;
export type Validation<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

type FieldSpec = {
  /** Must be present on create. */
  required?: boolean;
  /** `null` is a valid value. */
  nullable?: boolean;
  /** Used on create when the field is missing. */
  fallback?: (db: Database) => unknown;
  /** Can be set on create but never changed. */
  fixed?: boolean;
} & (
  | { type: 'text'; min: number; max: number }
  | { type: 'email' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'ref'; entity: EntityName }
  | { type: 'date' }
  | { type: 'labels' }
);

/** What a client may send for each entity. Everything else is set by the server. */
const FIELDS: Record<EntityName, Record<string, FieldSpec>> = {
  users: {
    name: { type: 'text', min: 1, max: 80, required: true },
    email: { type: 'email', required: true },
    role: { type: 'enum', values: ROLES, fallback: () => 'member' },
  },
  projects: {
    name: { type: 'text', min: 1, max: 120, required: true },
    description: { type: 'text', min: 0, max: 2000, fallback: () => '' },
    status: { type: 'enum', values: PROJECT_STATUSES, fallback: () => 'planning' },
    ownerId: { type: 'ref', entity: 'users', fallback: (db) => db.currentUserId },
  },
  tasks: {
    projectId: { type: 'ref', entity: 'projects', required: true },
    title: { type: 'text', min: 1, max: 200, required: true },
    description: { type: 'text', min: 0, max: 5000, fallback: () => '' },
    status: { type: 'enum', values: TASK_STATUSES, fallback: () => 'todo' },
    priority: { type: 'enum', values: TASK_PRIORITIES, fallback: () => 'medium' },
    assigneeId: { type: 'ref', entity: 'users', nullable: true, fallback: () => null },
    dueDate: { type: 'date', nullable: true, fallback: () => null },
    labels: { type: 'labels', fallback: () => [] },
  },
  comments: {
    taskId: { type: 'ref', entity: 'tasks', required: true, fixed: true },
    body: { type: 'text', min: 1, max: 2000, required: true },
  },
};

const SERVER_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'permissions', 'authorId']);

/** Checks a POST body and fills in defaults. Comments get their author from the caller. */
export function validateCreate<E extends EntityName>(entity: E, body: unknown, db: Database): Validation<NewEntity<E>> {
  if (!isPlainObject(body)) return { ok: false, fieldErrors: { body: 'must be a JSON object' } };
  const fieldErrors = unknownFieldErrors(entity, body);
  const value: Record<string, unknown> = {};

  for (const [field, spec] of Object.entries(FIELDS[entity])) {
    if (body[field] === undefined) {
      if (spec.required) fieldErrors[field] = 'is required';
      else value[field] = spec.fallback?.(db);
      continue;
    }
    const error = checkField(spec, body[field], db);
    if (error) fieldErrors[field] = error;
    else value[field] = body[field];
  }

  if (entity === 'users' && typeof value.email === 'string' && emailTaken(db, value.email)) {
    fieldErrors.email = 'is already used by another user';
  }
  if (entity === 'comments') value.authorId = db.currentUserId;

  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, value: value as NewEntity<E> };
}

/** Checks the fields of a PATCH (without `version`). At least one field must change. */
export function validateChanges<E extends EntityName>(
  entity: E,
  id: string,
  changes: unknown,
  db: Database,
): Validation<EntityChanges<E>> {
  if (!isPlainObject(changes)) return { ok: false, fieldErrors: { changes: 'must be a JSON object' } };
  if (Object.keys(changes).length === 0) {
    return { ok: false, fieldErrors: { changes: 'send at least one field to change' } };
  }
  const fieldErrors = unknownFieldErrors(entity, changes);
  const value: Record<string, unknown> = {};

  for (const [field, spec] of Object.entries(FIELDS[entity])) {
    if (!(field in changes)) continue;
    if (spec.fixed) {
      fieldErrors[field] = 'cannot be changed after creation';
      continue;
    }
    const error = checkField(spec, changes[field], db);
    if (error) fieldErrors[field] = error;
    else value[field] = changes[field];
  }

  if (entity === 'users' && typeof value.email === 'string' && emailTaken(db, value.email, id)) {
    fieldErrors.email = 'is already used by another user';
  }

  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, value: value as EntityChanges<E> };
}

/** The `version` a write is based on. */
export function checkVersion(version: unknown): string | null {
  if (version === undefined) return 'is required: send the version you last read';
  if (!Number.isInteger(version) || (version as number) < 1) return 'must be a positive integer';
  return null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFieldErrors(entity: EntityName, body: Record<string, unknown>): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const field of Object.keys(body)) {
    if (field in FIELDS[entity]) continue;
    fieldErrors[field] = SERVER_FIELDS.has(field) ? 'is set by the server' : `is not a field of ${entity}`;
  }
  return fieldErrors;
}

function checkField(spec: FieldSpec, value: unknown, db: Database): string | null {
  if (value === null) return spec.nullable ? null : 'cannot be null';
  switch (spec.type) {
    case 'text':
      if (typeof value !== 'string') return 'must be a string';
      if (value.trim().length < spec.min) return spec.min === 1 ? 'cannot be empty' : `must be at least ${spec.min} characters`;
      if (value.length > spec.max) return `must be at most ${spec.max} characters`;
      return null;
    case 'email':
      return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'must be an email address';
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? null : `must be one of: ${spec.values.join(', ')}`;
    case 'ref':
      if (typeof value !== 'string') return `must be the id of one of the ${spec.entity}`;
      return db.get(spec.entity, value) ? null : `no ${spec.entity.slice(0, -1)} with id "${value}"`;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : 'must be a date like 2026-03-31';
    case 'labels':
      if (!Array.isArray(value) || value.some((label) => typeof label !== 'string' || label.length === 0 || label.length > 30)) {
        return 'must be a list of short strings';
      }
      return value.length > 10 ? 'must have at most 10 labels' : null;
  }
}

function emailTaken(db: Database, email: string, exceptId?: string): boolean {
  return db.list('users').some((user) => user.email.toLowerCase() === email.toLowerCase() && user.id !== exceptId);
}
