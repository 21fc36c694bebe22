import { memo } from 'react';
import { TASK_STATUSES, type Task, type TaskStatus } from '@/mocks/browser';
import { selectStatusFilter, statusFilterChanged, type StatusFilter } from './filterSlice';
import { useAppDispatch, useAppSelector } from './store';
import { saveKey, selectVisibleTasks, useGetProjectStatsQuery, useGetTasksQuery, useUpdateTaskStatusMutation } from './tasksApi';

const PROJECT_ID = 'proj_02';
const FILTERS: StatusFilter[] = ['all', ...TASK_STATUSES];

function StatsBar() {
  // After a failed refetch, `data` is still the last stats that loaded, and `isError` is true.
  const { data: stats, isError } = useGetProjectStatsQuery(PROJECT_ID);
  if (!stats) return isError ? <p role="alert">Could not load the stats.</p> : <p>Loading stats…</p>;
  return (
    <p>
      {`${stats.byStatus.done} of ${stats.taskCount} done (${Math.round(stats.completion * 100)}%) · ${stats.overdue} overdue`}
      {isError && <strong role="alert"> · out of date: the last refresh failed</strong>}
    </p>
  );
}

export const TaskItem = memo(function TaskItem({ task }: { task: Task }) {
  // Disabled while saving: a second change now would be based on the version being replaced,
  // and get a 409. Keyed by the task, the save's state outlives a row the filter hides and shows.
  const [updateStatus, { isLoading: saving }] = useUpdateTaskStatusMutation({ fixedCacheKey: saveKey(task.id) });
  return (
    <li>
      {task.title}{' '}
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
      </select>
    </li>
  );
});

export default function App() {
  const dispatch = useAppDispatch();
  const filter = useAppSelector(selectStatusFilter);
  const { tasks, isError } = useGetTasksQuery(PROJECT_ID, {
    selectFromResult: ({ data, isError }) => ({ tasks: selectVisibleTasks(data, filter), isError }),
  });

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
      {isError && <p role="alert">Could not load the tasks.</p>}
      <ul>
        {tasks.map((task) => (
          <TaskItem key={task.id} task={task} />
        ))}
      </ul>
    </main>
  );
}
