import { API_BASE_URL, type ListResponse, type Project, type User } from '@/mocks/browser';

/** The signed-in user: `GET /me`. */
export async function fetchMe(signal?: AbortSignal): Promise<User> {
  const response = await fetch(`${API_BASE_URL}/me`, { signal });
  if (!response.ok) throw new Error(`GET /me answered ${response.status}`);
  return (await response.json()) as User;
}

/** Every project, by name. */
export async function fetchProjects(signal?: AbortSignal): Promise<Project[]> {
  const response = await fetch(`${API_BASE_URL}/projects?limit=100&sort=name`, { signal });
  if (!response.ok) throw new Error(`GET /projects answered ${response.status}`);
  return ((await response.json()) as ListResponse<Project>).items;
}

export function matchingProjects(projects: Project[], search: string): Project[] {
  const query = search.trim().toLowerCase();
  return projects.filter((project) => project.name.toLowerCase().includes(query));
}
