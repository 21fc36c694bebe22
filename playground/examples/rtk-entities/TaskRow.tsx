import { memo } from 'react';
import { TASK_STATUSES, type TaskStatus } from '@/mocks/browser';
import { useAppDispatch, useAppSelector } from './store';
import { saveTaskStatus, selectTaskById } from './tasksSlice';

/**
 * Gets only an id and reads its own task from the store. `memo` skips it when the list
 * re-renders; the selector re-renders it only when this one task changes.
 */
export const TaskRow = memo(function TaskRow({ id }: { id: string }) {
  const task = useAppSelector((state) => selectTaskById(state, id));
  const dispatch = useAppDispatch();

  return (
    <li>
      <span>{task.title}</span>{' '}
      <select
        aria-label={`Status of ${task.title}`}
        value={task.status}
        onChange={(event) => dispatch(saveTaskStatus({ task, status: event.target.value as TaskStatus }))}
      >
        {TASK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {status.replace('_', ' ')}
          </option>
        ))}
      </select>{' '}
      <small>v{task.version}</small>
    </li>
  );
});
