import { useMutation } from '@tanstack/react-query';
import type { Task } from '@/mocks/browser';
import { markDoneMutation } from './queries';

export default function TaskRow({ task }: { task: Task }) {
  const { mutate: markTaskDone, isPending: saving, error } = useMutation(markDoneMutation());

  return (
    <li>
      {task.title} <small>{task.status.replace('_', ' ')}</small>{' '}
      {task.status !== 'done' && (
        <button disabled={saving} onClick={() => markTaskDone(task)}>
          {saving ? 'Saving…' : 'Mark done'}
        </button>
      )}
      {error && <span role="alert"> Not saved: {error.message}</span>}
    </li>
  );
}
