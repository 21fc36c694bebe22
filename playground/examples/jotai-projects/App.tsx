import { useAtom, useAtomValue, useSetAtom } from 'jotai';
import { PROJECT_STATUSES } from '@/mocks/browser';
import {
  actionErrorAtom,
  meAtom,
  meErrorAtom,
  projectsErrorAtom,
  retryMeAtom,
  retryProjectsAtom,
  searchAtom,
  sortAtom,
  statusFilterAtom,
  visibleProjectsAtom,
  type ProjectSort,
  type StatusFilter,
} from './atoms';
import ProjectRow, { STATUS_LABELS } from './ProjectRow';

export default function App() {
  return (
    <main>
      <h1>Projects</h1>
      <SignedInAs />
      <Filters />
      <ActionError />
      <ProjectList />
    </main>
  );
}

function SignedInAs() {
  const me = useAtomValue(meAtom);
  const error = useAtomValue(meErrorAtom);
  const retry = useSetAtom(retryMeAtom);
  if (error) return <LoadError what="who is signed in" message={error} onRetry={retry} />;
  return <p>{me ? `Signed in as ${me.name} (${me.role})` : 'Signing in…'}</p>;
}

/** A request that failed, in place of what it would have shown; the rest of the page keeps working. */
function LoadError({ what, message, onRetry }: { what: string; message: string; onRetry: () => void }) {
  return (
    <p role="alert">
      Could not load {what}: {message} <button onClick={onRetry}>Try again</button>
    </p>
  );
}

function Filters() {
  const [search, setSearch] = useAtom(searchAtom);
  const [status, setStatus] = useAtom(statusFilterAtom);
  const [sort, setSort] = useAtom(sortAtom);
  return (
    <div role="search" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
      <label>
        Search <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      <label>
        Status{' '}
        <select value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
          <option value="all">All</option>
          {PROJECT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by{' '}
        <select value={sort} onChange={(event) => setSort(event.target.value as ProjectSort)}>
          <option value="name">Name</option>
          <option value="recent">Recently updated</option>
          <option value="status">Status</option>
        </select>
      </label>
    </div>
  );
}

function ActionError() {
  const error = useAtomValue(actionErrorAtom);
  return error ? <p role="alert">{error}</p> : null;
}

function ProjectList() {
  const projects = useAtomValue(visibleProjectsAtom);
  const error = useAtomValue(projectsErrorAtom);
  const retry = useSetAtom(retryProjectsAtom);
  if (error) return <LoadError what="the projects" message={error} onRetry={retry} />;
  if (!projects) return <p>Loading projects…</p>;
  if (projects.length === 0) return <p>No project matches these filters.</p>;
  return (
    <ul>
      {projects.map((project) => (
        <ProjectRow key={project.id} project={project} />
      ))}
    </ul>
  );
}
