import { useCallback } from 'react';
import { useAtom, useAtomValue } from 'jotai';
import type { Project } from '@/mocks/browser';
import { matchingProjects, projectsAtom, projectsPageAtom, toggleStarred, type Density } from './state';

// One component reads the one atom and hands each child its slice. Any change to the object
// — a keystroke, a star — renders App, and with it every child, changed or not.
export default function App() {
  const [page, setPage] = useAtom(projectsPageAtom);
  const projects = useAtomValue(projectsAtom);
  const setSearch = useCallback((search: string) => setPage((p) => ({ ...p, search })), [setPage]);
  const setDensity = useCallback((density: Density) => setPage((p) => ({ ...p, density })), [setPage]);
  const toggleStar = useCallback((id: string) => setPage((p) => toggleStarred(p, id)), [setPage]);
  const visible = projects && matchingProjects(projects, page.search);
  return (
    <main>
      <h1>Projects</h1>
      <StarredCount count={page.starredIds.length} />
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <SearchBox search={page.search} onChange={setSearch} />
        <DensityPicker density={page.density} onChange={setDensity} />
        <VisibleCount count={visible?.length ?? 0} />
      </div>
      {visible ? (
        <ul style={{ lineHeight: page.density === 'compact' ? 1.2 : 2.2 }}>
          {visible.map((project) => (
            <ProjectRow key={project.id} project={project} starred={page.starredIds.includes(project.id)} onToggle={toggleStar} />
          ))}
        </ul>
      ) : (
        <p>Loading projects…</p>
      )}
    </main>
  );
}

function StarredCount({ count }: { count: number }) {
  return <p>★ {count} starred</p>;
}

function SearchBox({ search, onChange }: { search: string; onChange: (search: string) => void }) {
  return (
    <label>
      Search <input type="search" value={search} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

const DENSITIES: Density[] = ['comfortable', 'compact'];

function DensityPicker({ density, onChange }: { density: Density; onChange: (density: Density) => void }) {
  return (
    <fieldset>
      <legend>Density</legend>
      {DENSITIES.map((value) => (
        <label key={value}>
          <input type="radio" name="density" checked={density === value} onChange={() => onChange(value)} /> {value}
        </label>
      ))}
    </fieldset>
  );
}

function VisibleCount({ count }: { count: number }) {
  return <output>{count} shown</output>;
}

function ProjectRow({ project, starred, onToggle }: { project: Project; starred: boolean; onToggle: (id: string) => void }) {
  return (
    <li>
      <button aria-label={`Star ${project.name}`} aria-pressed={starred} onClick={() => onToggle(project.id)}>
        {starred ? '★' : '☆'}
      </button>{' '}
      {project.name}
    </li>
  );
}
