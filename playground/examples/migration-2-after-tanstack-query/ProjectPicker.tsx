import { useQuery } from '@tanstack/react-query';
import { projectsQuery } from './queries';
import { useAppDispatch } from './store';
import { projectSelected, useSelectedProject } from './ui';

export default function ProjectPicker() {
  const dispatch = useAppDispatch();
  const { data: projects, error } = useQuery(projectsQuery());
  const selectedProject = useSelectedProject();

  if (error) return <p role="alert">Could not load the projects: {error.message}</p>;
  if (!projects) return <p>Loading projects…</p>;
  return (
    <label>
      Project{' '}
      <select value={selectedProject?.id ?? ''} onChange={(event) => dispatch(projectSelected(event.target.value))}>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
    </label>
  );
}
