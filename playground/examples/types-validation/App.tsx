import { useEffect, useState } from 'react';
import type { ProjectStatus } from '@/mocks/browser';
import { fetchProjects, savedStatusFilter, saveStatusFilter } from './api';
import type { ProjectSummary } from './validate';

export default function App() {
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<ProjectStatus | 'all'>(savedStatusFilter);

  useEffect(() => {
    const controller = new AbortController();
    fetchProjects(controller.signal).then(setProjects, (error: unknown) => {
      if (!controller.signal.aborted) setProblem(error instanceof Error ? error.message : String(error));
    });
    return () => controller.abort();
  }, []);

  const choose = (next: ProjectStatus | 'all') => {
    setStatus(next);
    saveStatusFilter(next);
  };

  if (problem) return <p role="alert">{problem}</p>;
  if (!projects) return <p>Loading…</p>;
  const shown = status === 'all' ? projects : projects.filter((project) => project.status === status);
  return (
    <main>
      <h1>Projects</h1>
      <button aria-pressed={status === 'all'} onClick={() => choose('all')}>
        All
      </button>
      <button aria-pressed={status === 'active'} onClick={() => choose('active')}>
        Active
      </button>
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
