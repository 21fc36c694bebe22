import { useEffect } from 'react';
import { TASK_STATUSES, type Task, type TaskStatus } from '@/mocks/browser';
import { fetchProjectStats, selectProjectStats, selectStatsError } from './statsSlice';
import { useAppDispatch, useAppSelector } from './store';
import { fetchTasks, saveTaskStatus, selectStatusFilter, selectVisibleTasks, statusFilterChanged, type StatusFilter } from './tasksSlice';

const PROJECT_ID = 'proj_02';
const FILTERS: StatusFilter[] = ['all', ...TASK_STATUSES];

function StatsBar() {
  const stats = useAppSelector((state) => selectProjectStats(state, PROJECT_ID));
  const error = useAppSelector(selectStatsError);
  if (!stats) return <p>Loading stats…</p>;
  return (
    <p>
      {`${stats.byStatus.done} of ${stats.taskCount} done (${Math.round(stats.completion * 100)}%) · ${stats.overdue} overdue`}
      {error && <strong role="alert"> · out of date: {error}</strong>}
    </p>
  );
}

function TaskItem({ task }: { task: Task }) {
  const dispatch = useAppDispatch();
  return (
    <li>
      {task.title}{' '}
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
      </select>
    </li>
  );
}

export default function App() {
  const dispatch = useAppDispatch();
  const filter = useAppSelector(selectStatusFilter);
  const tasks = useAppSelector(selectVisibleTasks);

  useEffect(() => {
    dispatch(fetchTasks(PROJECT_ID));
    dispatch(fetchProjectStats(PROJECT_ID));
  }, [dispatch]);

  return (
    <main>
      <h1>Tasks</h1>
      <StatsBar />
      <fieldset>
        <legend>Show</legend>
        {FILTERS.map((value) => (
          <label key={value}>
            <input type="radio" name="status" checked={filter === value} onChange={() => dispatch(statusFilterChanged(value))} />
            {value.replace('_', ' ')}{' '}
          </label>
        ))}
      </fieldset>
      <ul>
        {tasks.map((task) => (
          <TaskItem key={task.id} task={task} />
        ))}
      </ul>
    </main>
  );
}
