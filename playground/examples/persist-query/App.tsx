import { useQuery, useIsRestoring } from '@tanstack/react-query';
import { API_BASE_URL, type ListResponse, type Project, type User } from '@/mocks/browser';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`);
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
  return response.json() as Promise<T>;
}

export default function App() {
  const restoring = useIsRestoring();
  const projects = useQuery({
    queryKey: ['projects', { limit: 6 }],
    queryFn: () => getJson<ListResponse<Project>>('/projects?limit=6&sort=name').then((page) => page.items),
  });
  // Who is signed in is not worth keeping on the disk of a shared computer: not persisted.
  const me = useQuery({ queryKey: ['me'], queryFn: () => getJson<User>('/me'), meta: { persist: false } });

  if (restoring) return <p>Restoring the cache from IndexedDB…</p>;
  return (
    <main>
      <p>{me.data ? `Signed in as ${me.data.name}` : 'Loading who is signed in…'}</p>
      {projects.isPending ? (
        <p>Loading projects…</p>
      ) : projects.isError ? (
        <p role="alert">Could not load the projects: {projects.error.message}</p>
      ) : (
        <>
          <p data-fetched-at>Projects fetched at {new Date(projects.dataUpdatedAt).toLocaleTimeString('en-GB')}</p>
          <ul>
            {projects.data.map((project) => (
              <li key={project.id}>{project.name}</li>
            ))}
          </ul>
        </>
      )}
      <button onClick={() => void projects.refetch()}>Refetch</button>
    </main>
  );
}
