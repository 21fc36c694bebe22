import type { Clock } from './clock';
import { CURRENT_USER_ID, ID_FORMAT, createSeedData, formatId, type SeedData, type SeedSizes } from './seed';
import {
  ENTITY_NAMES,
  ROLE_PERMISSIONS,
  type Actor,
  type Entity,
  type EntityMap,
  type EntityName,
  type User,
} from './types';

/** The fields a client provides when creating an entity; the server sets the rest. */
export type NewEntity<E extends EntityName> = Omit<EntityMap[E], 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type EntityChanges<E extends EntityName> = Partial<NewEntity<E>>;

/** One change to the database, as the realtime channel and the activity feed see it. */
export interface ChangeEvent<E extends EntityName = EntityName> {
  seq: number;
  kind: 'created' | 'updated' | 'deleted';
  entity: E;
  id: string;
  /** The new state, or for a delete the last state. */
  data: EntityMap[E];
  /** The state before an update. */
  previous: EntityMap[E] | null;
  actor: Actor;
  /** The socket client that made the change, so it is not echoed back to it. */
  origin: string | null;
  at: string;
}

export interface ChangeContext {
  actor: Actor;
  origin?: string | null;
}

export type WriteResult<T> =
  | { ok: true; entity: T }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; current: T };

export interface Database {
  readonly currentUserId: string;
  list<E extends EntityName>(entity: E): Array<EntityMap[E]>;
  get<E extends EntityName>(entity: E, id: string): EntityMap[E] | undefined;
  create<E extends EntityName>(entity: E, fields: NewEntity<E>, context: ChangeContext): EntityMap[E];
  /** Applies `changes` if `version` is the current one; bumps the version. */
  update<E extends EntityName>(
    entity: E,
    id: string,
    version: number,
    changes: EntityChanges<E>,
    context: ChangeContext,
  ): WriteResult<EntityMap[E]>;
  /** Deletes, with children (a project's tasks, a task's comments). `version` is checked when given. */
  remove<E extends EntityName>(entity: E, id: string, version: number | undefined, context: ChangeContext): WriteResult<EntityMap[E]>;
  /** The actor for a user id (for changes made on that user's behalf). */
  actor(userId: string): Actor;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

export interface DatabaseOptions {
  seed: number;
  clock: Clock;
  sizes?: Partial<SeedSizes>;
}

/** A fresh in-memory database filled with the seeded data. */
export function createDatabase({ seed, clock, sizes }: DatabaseOptions): Database {
  const data: SeedData = createSeedData(seed, sizes);
  const tables = {} as { [E in EntityName]: Map<string, EntityMap[E]> };
  const nextNumber = {} as Record<EntityName, number>;
  for (const name of ENTITY_NAMES) {
    const rows = data[name] as Entity[];
    tables[name] = new Map(rows.map((row) => [row.id, freeze(row)])) as never;
    nextNumber[name] = rows.length + 1;
  }

  const listeners = new Set<(event: ChangeEvent) => void>();
  let seq = 0;

  const table = <E extends EntityName>(entity: E) => tables[entity] as Map<string, EntityMap[E]>;
  const timestamp = () => new Date(clock.now()).toISOString();

  const emit = <E extends EntityName>(
    kind: ChangeEvent['kind'],
    entity: E,
    record: EntityMap[E],
    previous: EntityMap[E] | null,
    context: ChangeContext,
  ) => {
    const event: ChangeEvent<E> = {
      seq: ++seq,
      kind,
      entity,
      id: record.id,
      data: record,
      previous,
      actor: context.actor,
      origin: context.origin ?? null,
      at: timestamp(),
    };
    for (const listener of [...listeners]) listener(event as unknown as ChangeEvent);
  };

  const removeOne = <E extends EntityName>(entity: E, record: EntityMap[E], context: ChangeContext) => {
    // Children first, so a client never sees a task whose project is gone.
    if (entity === 'projects') {
      for (const task of table('tasks').values()) {
        if (task.projectId === record.id) removeOne('tasks', task, context);
      }
    }
    if (entity === 'tasks') {
      for (const comment of table('comments').values()) {
        if (comment.taskId === record.id) removeOne('comments', comment, context);
      }
    }
    table(entity).delete(record.id);
    emit('deleted', entity, record, null, context);
  };

  return {
    currentUserId: CURRENT_USER_ID,

    list: (entity) => [...table(entity).values()],

    get: (entity, id) => table(entity).get(id),

    create(entity, fields, context) {
      const { prefix, width } = ID_FORMAT[entity];
      const now = timestamp();
      const record = freeze(
        derive(entity, {
          ...fields,
          id: formatId(prefix, nextNumber[entity]++, width),
          version: 1,
          createdAt: now,
          updatedAt: now,
        } as EntityMap[typeof entity]),
      );
      table(entity).set(record.id, record);
      emit('created', entity, record, null, context);
      return record;
    },

    update(entity, id, version, changes, context) {
      const current = table(entity).get(id);
      if (!current) return { ok: false, reason: 'not_found' };
      if (current.version !== version) return { ok: false, reason: 'conflict', current };
      const next = freeze(
        derive(entity, { ...current, ...changes, version: current.version + 1, updatedAt: timestamp() }),
      );
      table(entity).set(id, next);
      emit('updated', entity, next, current, context);
      return { ok: true, entity: next };
    },

    remove(entity, id, version, context) {
      const current = table(entity).get(id);
      if (!current) return { ok: false, reason: 'not_found' };
      if (version !== undefined && current.version !== version) return { ok: false, reason: 'conflict', current };
      removeOne(entity, current, context);
      return { ok: true, entity: current };
    },

    actor(userId) {
      const user = table('users').get(userId);
      return { userId, name: user?.name ?? 'Unknown user' };
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Records are shared with every caller: freezing them stops accidental edits outside `update`. */
function freeze<T>(record: T): T {
  return Object.freeze(record) as T;
}

/** Fields computed from others: a user's permissions follow the role. */
function derive<E extends EntityName>(entity: E, record: EntityMap[E]): EntityMap[E] {
  if (entity === 'users') {
    const user = record as User;
    return { ...user, permissions: ROLE_PERMISSIONS[user.role] } as EntityMap[E];
  }
  return record;
}
