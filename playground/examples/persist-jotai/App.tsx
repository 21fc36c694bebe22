import { Suspense } from 'react';
import { useAtom, useAtomValue, useSetAtom } from 'jotai';
import { densityAtom, projectsAtom, starredIdsAtom, storageNoticeAtom } from './atoms';

export default function App() {
  const [density, setDensity] = useAtom(densityAtom);
  const notice = useAtomValue(storageNoticeAtom);
  const dismiss = useSetAtom(storageNoticeAtom);
  return (
    <main>
      {notice && (
        <p role="status">
          {notice} <button onClick={() => dismiss(null)}>Dismiss</button>
        </p>
      )}
      <label>
        <input type="checkbox" checked={density === 'compact'} onChange={(e) => setDensity(e.target.checked ? 'compact' : 'comfortable')} />{' '}
        Compact rows
      </label>
      <Suspense fallback={<p>Loading projects…</p>}>
        <Projects compact={density === 'compact'} />
      </Suspense>
    </main>
  );
}

function Projects({ compact }: { compact: boolean }) {
  const projects = useAtomValue(projectsAtom);
  const [starred, setStarred] = useAtom(starredIdsAtom);
  const toggle = (id: string) => setStarred((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return (
    <ul style={{ lineHeight: compact ? 1.2 : 2 }}>
      {projects.map((project) => (
        <li key={project.id}>
          <button aria-pressed={starred.includes(project.id)} aria-label={`Star ${project.name}`} onClick={() => toggle(project.id)}>
            {starred.includes(project.id) ? '★' : '☆'}
          </button>{' '}
          {project.name}
        </li>
      ))}
    </ul>
  );
}
