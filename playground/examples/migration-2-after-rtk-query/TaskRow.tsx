import type { Task } from '@/mocks/browser';
import { errorMessage } from './errorMessage';
import { useMarkTaskDoneMutation } from './tasksApi';

export default function TaskRow({ task }: { task: Task }) {
  const [markTaskDone, { isLoading: saving, error }] = useMarkTaskDoneMutation();

  return (
    <li>
      {task.title} <small>{task.status.replace('_', ' ')}</small>{' '}
      {task.status !== 'done' && (
        <button disabled={saving} onClick={() => markTaskDone(task)}>
          {saving ? 'Saving…' : 'Mark done'}
        </button>
      )}
      {error && <span role="alert"> Not saved: {errorMessage(error)}</span>}
    </li>
  );
}
