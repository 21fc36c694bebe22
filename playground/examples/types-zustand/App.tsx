import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useProjectStore } from './projectStore';

export default function App() {
  const { projects, pageSize, status } = useProjectStore(
    useShallow((state) => ({ projects: state.projects, pageSize: state.pageSize, status: state.status })),
  );
  const load = useProjectStore((state) => state.load);
  const setPageSize = useProjectStore((state) => state.setPageSize);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main>
      <h1>Projects</h1>
      <label>
        Show{' '}
        <select value={pageSize} onChange={(event) => setPageSize(event.target.value)}>
          <option value={3}>3</option>
          <option value={5}>5</option>
          <option value={10}>10</option>
        </select>
      </label>
      {status === 'fetching' && <p>Loading…</p>}
      {status === 'failed' && <p role="alert">Could not load the projects.</p>}
      <ul>
        {projects.slice(0, pageSize).map((project) => (
          <li key={project.id}>{project.name}</li>
        ))}
      </ul>
    </main>
  );
}
