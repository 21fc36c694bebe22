import type { Clock, TimerHandle } from './clock';
import type { Database } from './db';
import type { Checked } from './faults';
import { createRandom, deriveSeed } from './random';
import { SECOND_USER_ID } from './seed';
import { PROJECT_STATUSES, TASK_PRIORITIES, TASK_STATUSES, type Actor, type EntityName, type Task } from './types';

/** The simulated second user's schedule. Plain data: it crosses postMessage as is. */
export interface SecondUserSettings {
  enabled: boolean;
  /** Edits per second, e.g. 0.5 for one edit every two seconds. */
  ratePerSecond: number;
  /** Only edit this project and its tasks, so the edits show up in a small demo; null for anywhere. */
  projectId: string | null;
}

export type SecondUserSettingsPatch = Partial<SecondUserSettings>;

export const DEFAULT_SECOND_USER: SecondUserSettings = { enabled: false, ratePerSecond: 0.5, projectId: null };
export const MAX_EDITS_PER_SECOND = 20;

export interface SecondUserEdit {
  entity: EntityName;
  id: string;
  kind: 'created' | 'updated';
  fields: string[];
}

export interface SecondUser {
  /** Who the edits come from ("Sam Rivera"). */
  readonly actor: Actor;
  get(): SecondUserSettings;
  /** Changes the schedule; throws a TypeError naming the bad field. */
  set(patch: SecondUserSettingsPatch): SecondUserSettings;
  /** Validates an untrusted settings object and applies it; never throws. */
  apply(input: unknown): Checked<SecondUserSettings>;
  /** One edit now, on the given task or project, or on a random one. */
  editNow(target?: { entity: 'tasks' | 'projects'; id: string }): SecondUserEdit | null;
  /**
   * A conflict on demand: Sam changes, to other values, the same fields of the same task the
   * reader (`user_01`) changed last. Null if the reader hasn't changed a task yet.
   */
  collide(): SecondUserEdit | null;
  dispose(): void;
}

const NEW_COMMENTS = ['On it.', 'Updated the estimate.', 'Can someone review this?', 'Moved this up, it blocks the release.'];

/**
 * A second person using the app at the same time: edits tasks and projects on a
 * schedule, so realtime updates and version conflicts show up without a second tab.
 */
export function createSecondUser({ db, clock, seed }: { db: Database; clock: Clock; seed: number }): SecondUser {
  const random = createRandom(deriveSeed(seed, 'second-user'));
  const actor = db.actor(SECOND_USER_ID);
  const context = { actor };
  let settings: SecondUserSettings = { ...DEFAULT_SECOND_USER };
  let timer: TimerHandle = null;
  let readersLastEdit: { id: string; fields: string[] } | null = null;
  const stopWatchingReader = db.onChange((change) => {
    if (change.entity !== 'tasks' || change.kind !== 'updated' || change.actor.userId !== db.currentUserId || !change.previous) return;
    const before = change.previous as unknown as Record<string, unknown>;
    const after = change.data as unknown as Record<string, unknown>;
    const fields = Object.keys(after).filter((key) => !['version', 'updatedAt'].includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    if (fields.length > 0) readersLastEdit = { id: change.id, fields };
  });

  /** A different value for one field of a task, or undefined for fields Sam doesn't touch. */
  function otherValue(task: Task, field: string): unknown {
    switch (field) {
      case 'title':
      case 'description':
        return `${task[field]} (Sam)`;
      case 'status':
        return random.pick(TASK_STATUSES.filter((status) => status !== task.status));
      case 'priority':
        return random.pick(TASK_PRIORITIES.filter((priority) => priority !== task.priority));
      case 'assigneeId':
        return random.pick([null, ...db.list('users').map((user) => user.id)].filter((user) => user !== task.assigneeId));
      case 'dueDate':
        return shiftDate(task.dueDate ?? new Date(clock.now()).toISOString().slice(0, 10), 1);
      default:
        return undefined;
    }
  }

  function collide(): SecondUserEdit | null {
    const task = readersLastEdit && db.get('tasks', readersLastEdit.id);
    if (!readersLastEdit || !task) return null;
    const changes = Object.fromEntries(
      readersLastEdit.fields.map((field) => [field, otherValue(task, field)] as const).filter(([, value]) => value !== undefined),
    );
    if (Object.keys(changes).length === 0) return null;
    const result = db.update('tasks', task.id, task.version, changes, context);
    return result.ok ? { entity: 'tasks', id: task.id, kind: 'updated', fields: Object.keys(changes) } : null;
  }

  const schedule = () => {
    clock.clearTimeout(timer);
    timer = null;
    if (!settings.enabled || settings.ratePerSecond <= 0) return;
    timer = clock.setTimeout(() => {
      editNow();
      schedule();
    }, 1000 / settings.ratePerSecond);
  };

  function editNow(target?: { entity: 'tasks' | 'projects'; id: string }): SecondUserEdit | null {
    if (target?.entity === 'projects') return editProject(target.id);
    if (target) return editTask(target.id);

    const tasks = db.list('tasks').filter((task) => settings.projectId === null || task.projectId === settings.projectId);
    const roll = random.next();
    if (tasks.length === 0 || roll >= 0.95) {
      const project = settings.projectId ?? random.pick(db.list('projects')).id;
      return editProject(project);
    }
    const task = random.pick(tasks);
    return roll < 0.85 ? editTask(task.id) : addComment(task.id);
  }

  function editTask(id: string): SecondUserEdit | null {
    const task = db.get('tasks', id);
    if (!task) return null;
    const roll = random.next();
    const changes =
      roll < 0.45
        ? { status: random.pick(TASK_STATUSES.filter((status) => status !== task.status)) }
        : roll < 0.65
          ? { priority: random.pick(TASK_PRIORITIES.filter((priority) => priority !== task.priority)) }
          : roll < 0.85
            ? { assigneeId: random.pick([null, ...db.list('users').map((user) => user.id)].filter((user) => user !== task.assigneeId)) }
            : { dueDate: shiftDate(task.dueDate ?? new Date(clock.now()).toISOString().slice(0, 10), random.int(1, 7)) };
    const result = db.update('tasks', id, task.version, changes, context);
    return result.ok ? { entity: 'tasks', id, kind: 'updated', fields: Object.keys(changes) } : null;
  }

  function editProject(id: string): SecondUserEdit | null {
    const project = db.get('projects', id);
    if (!project) return null;
    const status = random.pick(PROJECT_STATUSES.filter((value) => value !== project.status));
    const result = db.update('projects', id, project.version, { status }, context);
    return result.ok ? { entity: 'projects', id, kind: 'updated', fields: ['status'] } : null;
  }

  function addComment(taskId: string): SecondUserEdit {
    const comment = db.create('comments', { taskId, authorId: actor.userId, body: random.pick(NEW_COMMENTS) }, context);
    return { entity: 'comments', id: comment.id, kind: 'created', fields: [] };
  }

  const secondUser: SecondUser = {
    actor,
    get: () => settings,
    set(patch) {
      const checked = validateSecondUserSettings(patch);
      if (!checked.ok) throw new TypeError(checked.error);
      if (checked.value.projectId && !db.get('projects', checked.value.projectId)) {
        throw new TypeError(`projectId: no project with id "${checked.value.projectId}"`);
      }
      settings = { ...settings, ...checked.value };
      schedule();
      return settings;
    },
    apply(input) {
      const checked = validateSecondUserSettings(input);
      if (!checked.ok) return checked;
      try {
        return { ok: true, value: secondUser.set(checked.value) };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
    editNow,
    collide,
    dispose() {
      stopWatchingReader();
      clock.clearTimeout(timer);
      timer = null;
      settings = { ...settings, enabled: false };
    },
  };
  return secondUser;
}

/** Checks untrusted settings; the error says which field is wrong and why. */
export function validateSecondUserSettings(input: unknown): Checked<SecondUserSettingsPatch> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'second user settings must be an object like { enabled: true, ratePerSecond: 1 }' };
  }
  const patch = input as Record<string, unknown>;
  const names = Object.keys(DEFAULT_SECOND_USER);
  for (const key of Object.keys(patch)) {
    if (!names.includes(key)) return { ok: false, error: `unknown second user setting "${key}"; the settings are ${names.join(', ')}` };
  }
  if (patch.enabled !== undefined && typeof patch.enabled !== 'boolean') return { ok: false, error: 'enabled must be true or false' };
  if (
    patch.ratePerSecond !== undefined &&
    !(typeof patch.ratePerSecond === 'number' && patch.ratePerSecond > 0 && patch.ratePerSecond <= MAX_EDITS_PER_SECOND)
  ) {
    return { ok: false, error: `ratePerSecond must be a number above 0 and at most ${MAX_EDITS_PER_SECOND} (got ${JSON.stringify(patch.ratePerSecond)})` };
  }
  if (patch.projectId !== undefined && patch.projectId !== null && typeof patch.projectId !== 'string') {
    return { ok: false, error: 'projectId must be a project id or null' };
  }
  return { ok: true, value: { ...patch } as SecondUserSettingsPatch };
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
