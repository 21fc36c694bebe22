import { memo } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { selectDoneCount, selectTaskById, selectTaskIds, toggled, undone, type RootState } from './store';

export default function App() {
  // The ids keep their reference when a task is toggled, so the list does not render again.
  const ids = useSelector(selectTaskIds);
  return (
    <main>
      <Summary total={ids.length} />
      <ul aria-label="Tasks">
        {ids.map((id) => (
          <TaskRow key={id} id={id} />
        ))}
      </ul>
    </main>
  );
}

function Summary({ total }: { total: number }) {
  const dispatch = useDispatch();
  const done = useSelector(selectDoneCount);
  const canUndo = useSelector((state: RootState) => state.tasks.past.length > 0);
  return (
    <p>
      {done} of {total} done{' '}
      <button onClick={() => dispatch(undone())} disabled={!canUndo}>
        Undo
      </button>
    </p>
  );
}

// Each row reads its own task: a toggle renders that row and no other.
const TaskRow = memo(function TaskRow({ id }: { id: number }) {
  const dispatch = useDispatch();
  const task = useSelector((state: RootState) => selectTaskById(state, id));
  return (
    <li>
      <label>
        <input type="checkbox" checked={task.done} onChange={() => dispatch(toggled(id))} /> {task.title}
      </label>
    </li>
  );
});
