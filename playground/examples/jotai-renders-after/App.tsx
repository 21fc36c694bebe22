import { useAtom, useAtomValue } from 'jotai';
import { searchAtom, visibleCountAtom, visibleProjectsAtom } from './atoms';
import { densityAtom, starredCountAtom, type Density } from './preferences';
import ProjectRow from './ProjectRow';

// Each component reads only the atoms it shows, and renders only when one of them changes.
// App reads none: it renders once.
export default function App() {
  return (
    <main>
      <h1>Projects</h1>
      <StarredCount />
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <SearchBox />
        <DensityPicker />
        <VisibleCount />
      </div>
      <ProjectList />
    </main>
  );
}

function StarredCount() {
  const count = useAtomValue(starredCountAtom);
  return <p>★ {count} starred</p>;
}

function SearchBox() {
  const [search, setSearch] = useAtom(searchAtom);
  return (
    <label>
      Search <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
    </label>
  );
}

const DENSITIES: Density[] = ['comfortable', 'compact'];

function DensityPicker() {
  const [density, setDensity] = useAtom(densityAtom);
  return (
    <fieldset>
      <legend>Density</legend>
      {DENSITIES.map((value) => (
        <label key={value}>
          <input type="radio" name="density" checked={density === value} onChange={() => setDensity(value)} /> {value}
        </label>
      ))}
    </fieldset>
  );
}

function VisibleCount() {
  const count = useAtomValue(visibleCountAtom);
  return <output>{count} shown</output>;
}

function ProjectList() {
  const projects = useAtomValue(visibleProjectsAtom);
  const density = useAtomValue(densityAtom);
  if (!projects) return <p>Loading projects…</p>;
  // Density styles the list, not each row: changing it re-renders the list and no row.
  return (
    <ul style={{ lineHeight: density === 'compact' ? 1.2 : 2.2 }}>
      {projects.map((project) => (
        <ProjectRow key={project.id} project={project} />
      ))}
    </ul>
  );
}
