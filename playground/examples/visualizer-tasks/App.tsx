import { memo } from 'react';
import type { Task } from '@/mocks/types';
import { statusChanged, type StatusFilter } from './filterSlice';
import { useAppDispatch, useAppSelector } from './store';
import { useGetTasksQuery, useUpdateTaskMutation } from './tasksApi';

const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

export default function App() {
  const status = useAppSelector((state) => state.filter.status);
  const { data: tasks, isFetching, isError } = useGetTasksQuery(status);
  const [updateTask, update] = useUpdateTaskMutation();

  const toggle = (task: Task) =>
    updateTask({ id: task.id, version: task.version, changes: { status: task.status === 'done' ? 'todo' : 'done' } });

  return (
    <main>
      <h1>Tasks {isFetching && <small>(refreshing…)</small>}</h1>
      <FilterBar current={status} />
      {update.isError && <p role="alert">Couldn’t save: {describe(update.error)}. The change was rolled back.</p>}
      {isError && <p role="alert">Couldn’t load the tasks.</p>}
      {tasks?.length === 0 && <p>No tasks {status === 'all' ? 'yet' : `with the status “${FILTERS.find((f) => f.value === status)?.label}”`}.</p>}
      <ul>
        {tasks?.map((task) => (
          <TaskItem key={task.id} task={task} onToggle={toggle} />
        ))}
      </ul>
    </main>
  );
}

function FilterBar({ current }: { current: StatusFilter }) {
  const dispatch = useAppDispatch();
  return (
    <nav aria-label="Filter by status">
      {FILTERS.map(({ value, label }) => (
        <button key={value} aria-pressed={value === current} onClick={() => dispatch(statusChanged(value))}>
          {label}
        </button>
      ))}
    </nav>
  );
}

const TaskItem = memo(function TaskItem({ task, onToggle }: { task: Task; onToggle: (task: Task) => void }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={task.status === 'done'} onChange={() => onToggle(task)} /> {task.title}
      </label>
    </li>
  );
});

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'status' in error) {
    const { status, data } = error as { status: unknown; data?: { message?: string } };
    return typeof status === 'number' ? `the server answered ${status}${data?.message ? ` (${data.message})` : ''}` : 'the network failed';
  }
  return 'something went wrong';
}
