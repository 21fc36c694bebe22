import { createRandom, deriveSeed, type Random } from './random';
import {
  ROLE_PERMISSIONS,
  type Comment,
  type Project,
  type ProjectStatus,
  type Role,
  type Task,
  type TaskPriority,
  type TaskStatus,
  type User,
} from './types';

export const DEFAULT_SEED = 2026;

/** "Now" for the seeded data: every seeded date lies before it. */
export const SEED_EPOCH = Date.parse('2026-03-02T09:00:00.000Z');

export interface SeedSizes {
  users: number;
  projects: number;
  tasks: number;
  comments: number;
}

export const DEFAULT_SEED_SIZES: SeedSizes = { users: 12, projects: 24, tasks: 400, comments: 800 };

export interface SeedData {
  users: User[];
  projects: Project[];
  tasks: Task[];
  comments: Comment[];
}

/** The signed-in user (`GET /me`) and the simulated second user. */
export const CURRENT_USER_ID = 'user_01';
export const SECOND_USER_ID = 'user_02';

export function formatId(prefix: string, n: number, width: number): string {
  return `${prefix}_${String(n).padStart(width, '0')}`;
}

export const ID_FORMAT = {
  users: { prefix: 'user', width: 2 },
  projects: { prefix: 'proj', width: 2 },
  tasks: { prefix: 'task', width: 3 },
  comments: { prefix: 'cmt', width: 4 },
} as const;

const USER_NAMES = [
  'Alex Morgan', 'Sam Rivera', 'Priya Natarajan', 'Jonas Weber', 'Mei Tanaka', 'Diego Alvarez',
  'Amara Okafor', 'Lena Kowalski', 'Noah Fischer', 'Sofia Rossi', 'Yusuf Demir', 'Hana Kim',
  'Oliver Brandt', 'Chloe Martin', 'Ravi Iyer', 'Ingrid Olsen',
];

const PROJECT_NOUNS = [
  'Checkout', 'Onboarding', 'Search', 'Billing', 'Mobile App', 'Design System', 'Analytics',
  'Notifications', 'Admin Console', 'Public API', 'Docs Site', 'Data Import', 'Permissions',
  'Reporting', 'Inbox', 'Calendar', 'Payments', 'Localization', 'Performance', 'Accessibility',
];
const PROJECT_KINDS = ['Revamp', 'v2', 'Migration', 'Cleanup', 'Launch', 'Pilot'];

const TASK_VERBS = ['Fix', 'Add', 'Refactor', 'Design', 'Test', 'Document', 'Speed up', 'Remove', 'Review', 'Polish'];
const TASK_OBJECTS = [
  'login form', 'pagination', 'empty state', 'error banner', 'retry logic', 'date picker',
  'avatar upload', 'search filters', 'keyboard shortcuts', 'dark mode', 'CSV export',
  'rate limiting', 'websocket reconnect', 'optimistic updates', 'settings page', 'audit log',
  'loading skeleton', 'invite flow', 'sort order', 'cache invalidation', 'toast messages',
  'offline banner', 'conflict dialog', 'activity feed', 'permissions check',
];
const LABELS = ['bug', 'feature', 'ux', 'backend', 'frontend', 'docs', 'perf', 'a11y'];

const COMMENT_BODIES = [
  'Looks good to me.',
  'Can we split this into two tasks?',
  'I pushed a first draft, feedback welcome.',
  'Blocked on the API change.',
  'This broke again on Safari.',
  'Moved the due date, the design is not final yet.',
  'Do we have numbers for this?',
  'Pairing on this tomorrow morning.',
  'Added screenshots to the description.',
  'Ship it!',
  'The retry should back off, not hammer the server.',
  'Who owns the follow-up?',
];

const DAY = 24 * 60 * 60 * 1000;

/** The same seed always gives the same data. */
export function createSeedData(seed: number = DEFAULT_SEED, sizes: Partial<SeedSizes> = {}): SeedData {
  const size = { ...DEFAULT_SEED_SIZES, ...sizes };
  const random = createRandom(deriveSeed(seed, 'seed-data'));

  const users = Array.from({ length: size.users }, (_, i) => seedUser(random, i));
  const projects = Array.from({ length: size.projects }, (_, i) => seedProject(random, i, users));
  const tasks = Array.from({ length: size.tasks }, (_, i) => seedTask(random, i, projects, users));
  const comments = Array.from({ length: size.comments }, (_, i) => seedComment(random, i, tasks, users));

  return { users, projects, tasks, comments };
}

function seedUser(random: Random, index: number): User {
  const base = USER_NAMES[index % USER_NAMES.length]!;
  const name = index < USER_NAMES.length ? base : `${base} ${Math.floor(index / USER_NAMES.length) + 1}`;
  // The signed-in user and the second user can edit; the others get a mix of roles.
  const role: Role = index === 0 ? 'admin' : index === 1 ? 'member' : random.pick(['admin', 'member', 'member', 'viewer'] as const);
  const createdAt = SEED_EPOCH - random.int(200, 400) * DAY;
  return {
    id: formatId(ID_FORMAT.users.prefix, index + 1, ID_FORMAT.users.width),
    name,
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@statelab.test`,
    role,
    permissions: ROLE_PERMISSIONS[role],
    ...history(random, createdAt),
  };
}

function seedProject(random: Random, index: number, users: User[]): Project {
  const noun = PROJECT_NOUNS[index % PROJECT_NOUNS.length]!;
  const name = `${noun} ${random.pick(PROJECT_KINDS)}`;
  const status = random.pick<ProjectStatus>(['planning', 'active', 'active', 'active', 'on_hold', 'completed', 'archived']);
  const createdAt = SEED_EPOCH - random.int(20, 180) * DAY - random.int(0, 86_399) * 1000;
  return {
    id: formatId(ID_FORMAT.projects.prefix, index + 1, ID_FORMAT.projects.width),
    name,
    description: `Everything for the ${noun.toLowerCase()} work: scope, tasks and decisions.`,
    status,
    ownerId: random.pick(users.filter((user) => user.role !== 'viewer')).id,
    ...history(random, createdAt),
  };
}

function seedTask(random: Random, index: number, projects: Project[], users: User[]): Task {
  const project = random.pick(projects);
  const created = Date.parse(project.createdAt) + random.int(0, SEED_EPOCH - Date.parse(project.createdAt) - DAY);
  const status: TaskStatus =
    project.status === 'completed' || project.status === 'archived'
      ? random.chance(0.9) ? 'done' : 'in_review'
      : random.pick<TaskStatus>(['todo', 'todo', 'in_progress', 'in_progress', 'in_review', 'done']);
  const labels = LABELS.filter(() => random.chance(0.18));
  return {
    id: formatId(ID_FORMAT.tasks.prefix, index + 1, ID_FORMAT.tasks.width),
    projectId: project.id,
    title: `${random.pick(TASK_VERBS)} ${random.pick(TASK_OBJECTS)}`,
    description: random.chance(0.7) ? `Part of ${project.name}.` : '',
    status,
    priority: random.pick<TaskPriority>(['low', 'medium', 'medium', 'high', 'urgent']),
    assigneeId: random.chance(0.85) ? random.pick(users).id : null,
    dueDate: random.chance(0.7) ? toDate(created + random.int(3, 60) * DAY) : null,
    labels,
    ...history(random, created),
  };
}

function seedComment(random: Random, index: number, tasks: Task[], users: User[]): Comment {
  const task = random.pick(tasks);
  const taskCreated = Date.parse(task.createdAt);
  const created = taskCreated + random.int(0, Math.max(0, SEED_EPOCH - taskCreated - 60_000));
  return {
    id: formatId(ID_FORMAT.comments.prefix, index + 1, ID_FORMAT.comments.width),
    taskId: task.id,
    authorId: random.pick(users).id,
    body: random.pick(COMMENT_BODIES),
    ...history(random, created),
  };
}

/** createdAt, updatedAt and a version consistent with them. */
function history(random: Random, createdAt: number) {
  const edited = random.chance(0.6);
  const updatedAt = edited ? createdAt + random.int(60_000, Math.max(60_000, SEED_EPOCH - createdAt)) : createdAt;
  return {
    version: edited ? random.int(2, 6) : 1,
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(Math.min(updatedAt, SEED_EPOCH)).toISOString(),
  };
}

function toDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
