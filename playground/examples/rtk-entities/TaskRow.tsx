import { memo } from 'react';
import { TASK_STATUSES, type TaskStatus } from '@/mocks/browser';
import { boardApi, saveKey, useUpdateTaskStatusMutation } from './boardApi';

/**
 * Gets only an id and reads its own task from the cached board. `memo` skips it when the
 * list re-renders; `selectFromResult` re-renders it only when this one task changes.
 */
export const TaskRow = memo(function TaskRow({ id }: { id: string }) {
  // `useQueryState` reads the entry the App subscribed to, without subscribing again.
  const { task } = boardApi.endpoints.getBoard.useQueryState(undefined, {
    selectFromResult: ({ data }) => ({ task: data?.tasks.entities[id] }),
  });
  // One save per task, whichever row starts it: keyed by the task, the save's state outlives
  // this row (switch projects and back while it runs, and the row is still disabled).
  const [updateStatus, { isLoading: saving, error }] = useUpdateTaskStatusMutation({ fixedCacheKey: saveKey(id) });
  if (!task) return null;

  return (
    <li>
      <span>{task.title}</span>{' '}
      {/* Disabled while saving: a second change now would be based on the version being replaced, and get a 409. */}
      <select
        aria-label={`Status of ${task.title}`}
        value={task.status}
        disabled={saving}
        onChange={(event) => void updateStatus({ task, status: event.target.value as TaskStatus })}
      >
        {TASK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {status.replace('_', ' ')}
          </option>
        ))}
      </select>{' '}
      <small>v{task.version}</small>
      {error && <span role="alert"> Not saved: {describe(error)}</span>}
    </li>
  );
});

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'status' in error) {
    const { status, data } = error as { status: unknown; data?: { message?: string } };
    if (data?.message) return data.message;
    return typeof status === 'number' ? `the server answered ${status}` : 'the server could not be reached';
  }
  return 'something went wrong';
}
