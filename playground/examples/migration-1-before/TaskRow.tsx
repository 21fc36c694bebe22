import { connect, type ConnectedProps } from 'react-redux';
import type { Task } from '@/mocks/browser';
import type { RootState } from './store';
import { markTaskDone } from './tasks';

interface OwnProps {
  task: Task;
}

const mapStateToProps = (state: RootState, { task }: OwnProps) => ({
  saving: state.tasks.savingIds.includes(task.id),
});

const connector = connect(mapStateToProps, { onMarkDone: markTaskDone });

function TaskRow({ task, saving, onMarkDone }: OwnProps & ConnectedProps<typeof connector>) {
  return (
    <li>
      {task.title} <small>{task.status.replace('_', ' ')}</small>{' '}
      {task.status !== 'done' && (
        <button disabled={saving} onClick={() => onMarkDone(task)}>
          {saving ? 'Saving…' : 'Mark done'}
        </button>
      )}
    </li>
  );
}

export default connector(TaskRow);
