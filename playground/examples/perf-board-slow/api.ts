import { API_BASE_URL, type ListResponse, type Project } from '@/mocks/browser';

/** The first projects, by name. */
export async function fetchProjects(limit = 5): Promise<Project[]> {
  const response = await fetch(`${API_BASE_URL}/projects?limit=${limit}&sort=name`);
  if (!response.ok) throw new Error(`Loading projects failed: ${response.status}`);
  const page = (await response.json()) as ListResponse<Project>;
  return page.items;
}
