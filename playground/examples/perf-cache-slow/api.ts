import { API_BASE_URL, type ListResponse, type Project, type ProjectStats } from '@/mocks/browser';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`);
  if (!response.ok) throw new Error(`GET ${path} failed: ${response.status}`);
  return (await response.json()) as T;
}

export const searchProjects = (text: string) => getJson<ListResponse<Project>>(`/projects?limit=5&sort=name${text ? `&q=${encodeURIComponent(text)}` : ''}`);
export const getStats = (projectId: string) => getJson<ProjectStats>(`/projects/${projectId}/stats`);
