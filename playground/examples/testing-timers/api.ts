import { API_BASE_URL, type ProjectStats } from '@/mocks/browser';

export async function fetchProjectStats(projectId: string, signal: AbortSignal): Promise<ProjectStats> {
  const response = await fetch(`${API_BASE_URL}/projects/${projectId}/stats`, { signal });
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
  return (await response.json()) as ProjectStats;
}
