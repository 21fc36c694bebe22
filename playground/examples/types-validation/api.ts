import { API_BASE_URL } from '@/mocks/browser';
import { isProjectStatus, parseProjectPage, type ProjectSummary } from './validate';

export async function fetchProjects(signal: AbortSignal): Promise<ProjectSummary[]> {
  const response = await fetch(`${API_BASE_URL}/projects?limit=5&sort=name`, { signal });
  if (!response.ok) throw new Error(`GET /projects answered ${response.status}`);
  // response.json() says `any`; `unknown` makes TypeScript insist on a check before any use.
  const page: unknown = await response.json();
  return page.items;
}

const FILTER_KEY = 'types-validation/status-filter';

/** Storage is outside the app too: another version of it, or the reader, may have written anything. */
export function savedStatusFilter() {
  const saved: unknown = localStorage.getItem(FILTER_KEY);
  return isProjectStatus(saved) ? saved : 'all';
}

export function saveStatusFilter(status: string) {
  localStorage.setItem(FILTER_KEY, status);
}
