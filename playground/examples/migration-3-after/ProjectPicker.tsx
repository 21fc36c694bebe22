import { useQuery } from '@tanstack/react-query';
import { useSetAtom } from 'jotai';
import { projectsQuery } from './queries';
import { selectedProjectIdAtom, useSelectedProject } from './ui';

export default function ProjectPicker() {
  const selectProject = useSetAtom(selectedProjectIdAtom);
  const { data: projects, error } = useQuery(projectsQuery());
  const selectedProject = useSelectedProject();

  if (error) return <p role="alert">Could not load the projects: {error.message}</p>;
  if (!projects) return <p>Loading projects…</p>;
  return (
    <label>
      Project{' '}
      <select value={selectedProject?.id ?? ''} onChange={(event) => selectProject(event.target.value)}>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
    </label>
  );
}
