import { memo } from 'react';
import { TASK_STATUSES, type Task, type TaskStatus } from '@/mocks/browser';
import { errorMessage } from './errorMessage';
import { useUpdateTaskMutation } from './tasksApi';

export const TaskRow = memo(function TaskRow({ task }: { task: Task }) {
  const [updateTask, { error, isLoading }] = useUpdateTaskMutation();

  return (
    <li>
      {task.title}{' '}
      <select
        aria-label={`Status of ${task.title}`}
        // One save at a time per task: the next one needs the version this one returns.
        disabled={isLoading}
        value={task.status}
        onChange={(event) => updateTask({ task, changes: { status: event.target.value as TaskStatus } })}
      >
        {TASK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {status.replace('_', ' ')}
          </option>
        ))}
      </select>{' '}
      <small>v{task.version}{isLoading && ' · saving…'}</small>
      {error && !isLoading && <p role="alert">Not saved: {errorMessage(error)}</p>}
    </li>
  );
});
