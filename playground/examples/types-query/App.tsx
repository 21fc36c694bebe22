import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Project } from '@/mocks/browser';
import { renameProject } from './api';
import { projectKeys, projectList } from './queries';

export default function App() {
  const queryClient = useQueryClient();
  const projects = useQuery(projectList());
  const rename = useMutation({
    mutationFn: ({ project, name }: { project: Project; name: string }) => renameProject(project, name),
    // What onMutate returns is the third argument of onError and onSettled, with its type.
    onMutate: async ({ project, name }) => {
      await queryClient.cancelQueries({ queryKey: projectKeys.list() });
      const previous = queryClient.getQueryData(projectList().queryKey);
      queryClient.setQueryData(projectList().queryKey, (old) => old?.map((p) => (p.id === project.id ? { ...p, name } : p)));
      return { previous };
    },
    onError: (_error, _variables, onMutateResult) => {
      queryClient.setQueryData(projectList().queryKey, onMutateResult?.previousProjects);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: projectKeys.list() }),
  });

  if (projects.isPending) return <p>Loading…</p>;
  // `error` is an HttpError (see api.ts): its status is typed.
  if (projects.isError) return <p role="alert">Could not load the projects ({projects.error.status}).</p>;
  return (
    <main>
      <h1>Projects</h1>
      <ul>
        {projects.data.map((project) => (
          <li key={project.id}>
            {project.name}{' '}
            <button onClick={() => rename.mutate({ project, name: `${project.name} ★` })}>Star</button>
          </li>
        ))}
      </ul>
      {rename.error && <p role="alert">Rename failed: {rename.error.status}</p>}
    </main>
  );
}
