import { Fragment, memo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { TASK_STATUSES, type ProjectStats } from '@/mocks/browser';
import { projectQuery, projectStatsQuery } from './queries';

const PROJECT_ID = 'proj_01';

export default function App() {
  const [live, setLive] = useState(true);
  return (
    <main>
      <ProjectName projectId={PROJECT_ID} />
      <label>
        <input type="checkbox" checked={live} onChange={(event) => setLive(event.target.checked)} /> Live (asks every 5 s)
      </label>
      <ProjectProgress projectId={PROJECT_ID} live={live} />
    </main>
  );
}

const ProjectName = memo(function ProjectName({ projectId }: { projectId: string }) {
  const { data: project } = useQuery(projectQuery(projectId));
  return <h1>{project ? project.name : 'Loading…'}</h1>;
});

function ProjectProgress({ projectId, live }: { projectId: string; live: boolean }) {
  const { data: stats, error, isFetching, dataUpdatedAt } = useQuery(projectStatsQuery(projectId, { live }));
  if (!stats) return error ? <p role="alert">Could not load the progress: {error.message}</p> : <p>Counting…</p>;

  return (
    <section aria-label="Progress">
      <p>
        Checked at {new Date(dataUpdatedAt).toLocaleTimeString()}
        {isFetching && ' · checking…'}
        {error && ' · last check failed'}
      </p>
      <StatusCounts stats={stats} />
    </section>
  );
}

// A poll that brings the same numbers leaves `stats` the very same object (structural
// sharing), so this renders only when a number changed.
const StatusCounts = memo(function StatusCounts({ stats }: { stats: ProjectStats }) {
  return (
    <dl>
      <dt>Done</dt>
      <dd>{Math.round(stats.completion * 100)}%</dd>
      {TASK_STATUSES.map((status) => (
        <Fragment key={status}>
          <dt>{status.replace('_', ' ')}</dt>
          <dd>{stats.byStatus[status]}</dd>
        </Fragment>
      ))}
      <dt>Overdue</dt>
      <dd>{stats.overdue}</dd>
      <dt>Comments</dt>
      <dd>{stats.commentCount}</dd>
    </dl>
  );
});
