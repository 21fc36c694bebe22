import { useGetProjectsQuery } from './projectsApi';
import { selectStatusFilter, statusFilterChanged } from './filterSlice';
import { useAppDispatch, useAppSelector } from './store';

export default function App() {
  const { data: projects = [], isLoading, isError } = useGetProjectsQuery();
  const status = useAppSelector(selectStatusFilter);
  const dispatch = useAppDispatch();
  const shown = status === 'all' ? projects : projects.filter((project) => project.status === status);

  return (
    <main>
      <h1>Projects</h1>
      <div role="group" aria-label="Filter by status">
        <button aria-pressed={status === 'all'} onClick={() => dispatch(statusFilterChanged('all'))}>
          All
        </button>
        <button aria-pressed={status === 'active'} onClick={() => dispatch(statusFilterChanged('active'))}>
          Active
        </button>
        <button aria-pressed={status === 'completed'} onClick={() => dispatch(statusFilterChanged('done'))}>
          Completed
        </button>
      </div>
      {isLoading && <p>Loading…</p>}
      {isError && <p role="alert">Could not load the projects.</p>}
      <ul>
        {shown.map((project) => (
          <li key={project.id}>
            {project.name} · {project.status}
          </li>
        ))}
      </ul>
    </main>
  );
}
