import { errorMessage } from './errorMessage';
import { useAppDispatch } from './store';
import { useGetProjectsQuery } from './tasksApi';
import { projectSelected, useSelectedProject } from './ui';

export default function ProjectPicker() {
  const dispatch = useAppDispatch();
  const { data: projects, error } = useGetProjectsQuery();
  const selectedProject = useSelectedProject();

  if (error) return <p role="alert">Could not load the projects: {errorMessage(error)}</p>;
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
