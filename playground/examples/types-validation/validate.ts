import { PROJECT_STATUSES, type Project, type ProjectStatus } from '@/mocks/browser';

/** Thrown when data from outside the app (a response, storage) does not have the shape the types promise. */
export class ShapeError extends Error {
  constructor(where: string, expected: string) {
    super(`${where}: expected ${expected}`);
    this.name = 'ShapeError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isProjectStatus(value: unknown): value is ProjectStatus {
  return (PROJECT_STATUSES as readonly unknown[]).includes(value);
}

/** The fields the app reads. */
export type ProjectSummary = Pick<Project, 'id' | 'name' | 'status'>;

/** Checks only the fields the app reads, and returns them typed. */
export function parseProject(value: unknown, where: string): ProjectSummary {
  if (!isRecord(value)) throw new ShapeError(where, 'an object');
  const { id, name, status } = value;
  if (typeof id !== 'string') throw new ShapeError(`${where}.id`, 'a string');
  if (typeof name !== 'string') throw new ShapeError(`${where}.name`, 'a string');
  if (!isProjectStatus(status)) throw new ShapeError(`${where}.status`, `one of ${PROJECT_STATUSES.join(', ')}`);
  return { id, name, status };
}

export function parseProjectPage(value: unknown): ProjectSummary[] {
  if (!isRecord(value) || !Array.isArray(value.items)) throw new ShapeError('GET /projects', '{ items: [...] }');
  return value.items.map((item, i) => parseProject(item, `GET /projects items[${i}]`));
}
