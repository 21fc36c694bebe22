import { API_BASE_URL, type ListResponse, type Project, type User } from '@/mocks/browser';

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`);
  if (!response.ok) throw new Error(`GET ${path} failed: ${response.status}`);
  return (await response.json()) as T;
}

export const getMe = () => getJson<User>('/me');
export const getProjects = () => getJson<ListResponse<Project>>('/projects?limit=5&sort=name');
export const getUsers = () => getJson<ListResponse<User>>('/users?limit=5');
