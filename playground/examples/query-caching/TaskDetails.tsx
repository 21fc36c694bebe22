import { useQuery } from '@tanstack/react-query';
import { taskDetailQuery } from './queries';

export default function TaskDetails({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { data: task, error, isFetchedAfterMount, dataUpdatedAt } = useQuery(taskDetailQuery(taskId));

  return (
    <aside aria-label="Task details">
      <button onClick={onClose}>Close</button>
      {/* Network-first: a cached copy may be in `task` already; wait for the server's answer. */}
      {!isFetchedAfterMount ? (
        <p>Checking with the server…</p>
      ) : !task ? (
        <p role="alert">Could not load the task: {error?.message}</p>
      ) : (
        <>
          <h2>{task.title}</h2>
          {/* The request failed, but an older copy is better than nothing: say how old. */}
          {error && <p role="status">The server did not answer; this copy is from {new Date(dataUpdatedAt).toLocaleTimeString()}.</p>}
          <dl>
            <dt>Status</dt>
            <dd>{task.status.replace('_', ' ')}</dd>
            <dt>Priority</dt>
            <dd>{task.priority}</dd>
            <dt>Due</dt>
            <dd>{task.dueDate ?? 'no date'}</dd>
            <dt>Version</dt>
            <dd>{task.version}</dd>
          </dl>
        </>
      )}
    </aside>
  );
}
