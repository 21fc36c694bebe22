import { useAtom, useAtomValue } from 'jotai';
import { Suspense } from 'react';
import { activeOnlyAtom, projectNameAtom, projectsAtom, statusFilterAtom } from './atoms';

function ProjectName({ id }: { id: string }) {
  return <strong>{useAtomValue(projectNameAtom(id))}</strong>;
}

function Projects() {
  const projects = useAtomValue(projectsAtom);
  const status = useAtomValue(statusFilterAtom);
  const shown = status === 'all' ? projects : projects.filter((project) => project.status === status);
  return (
    <ul>
      {shown.map((project) => (
        <li key={project.id}>
          <ProjectName id={project.id} /> · {project.status}
        </li>
      ))}
    </ul>
  );
}

export default function App() {
  const [activeOnly, setActiveOnly] = useAtom(activeOnlyAtom);
  return (
    <main>
      <h1>Projects</h1>
      <label>
        <input type="checkbox" checked={activeOnly} onChange={(event) => setActiveOnly(event.target.value)} /> Active only
      </label>
      <Suspense fallback={<p>Loading…</p>}>
        <Projects />
      </Suspense>
    </main>
  );
}
