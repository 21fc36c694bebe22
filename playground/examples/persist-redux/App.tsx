import { createSelector } from '@reduxjs/toolkit';
import type { StatusFilter } from './preferences';
import { noticeDismissed, pinToggled, sortToggled, statusFilterChanged } from './preferencesSlice';
import { useAppDispatch, useAppSelector, type RootState } from './store';
import { projects, tasks } from './tasks';

const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

const selectVisibleTasks = createSelector([(state: RootState) => state.preferences], ({ statusFilter, sort, pinnedProjectIds }) =>
  tasks
    .filter((task) => statusFilter === 'all' || task.status === statusFilter)
    .slice()
    .sort((a, b) => {
      const pinned = Number(pinnedProjectIds.includes(b.projectId)) - Number(pinnedProjectIds.includes(a.projectId));
      const order = a[sort.field].localeCompare(b[sort.field]);
      return pinned || (sort.direction === 'asc' ? order : -order);
    }),
);

export default function App() {
  const dispatch = useAppDispatch();
  const { statusFilter, sort, pinnedProjectIds } = useAppSelector((state) => state.preferences);
  const { notice, saveProblem } = useAppSelector((state) => state.persistence);
  const visible = useAppSelector(selectVisibleTasks);

  return (
    <main>
      {notice && (
        <p role="status" className={notice.kind === 'warning' ? 'warning' : undefined}>
          {notice.text} <button onClick={() => dispatch(noticeDismissed())}>Dismiss</button>
        </p>
      )}
      {saveProblem && <p role="alert">Not saved: {saveProblem}.</p>}
      <fieldset>
        <legend>Status</legend>
        {FILTERS.map(({ value, label }) => (
          <label key={value}>
            <input type="radio" name="status" checked={statusFilter === value} onChange={() => dispatch(statusFilterChanged(value))} />
            {label}
          </label>
        ))}
      </fieldset>
      <p>
        Sort:{' '}
        {(['dueDate', 'title'] as const).map((field) => (
          <button key={field} aria-pressed={sort.field === field} onClick={() => dispatch(sortToggled(field))}>
            {field === 'dueDate' ? 'Due date' : 'Title'}
            {sort.field === field ? (sort.direction === 'asc' ? ' ↑' : ' ↓') : ''}
          </button>
        ))}{' '}
        Pin:{' '}
        {projects.map((project) => (
          <button key={project.id} aria-pressed={pinnedProjectIds.includes(project.id)} onClick={() => dispatch(pinToggled(project.id))}>
            {project.name}
          </button>
        ))}
      </p>
      <ul>
        {visible.map((task) => (
          <li key={task.id}>
            {task.title} <small>({task.dueDate})</small>
          </li>
        ))}
      </ul>
    </main>
  );
}
