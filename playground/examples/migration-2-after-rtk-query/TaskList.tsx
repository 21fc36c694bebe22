import { useMemo } from 'react';
import { skipToken } from '@reduxjs/toolkit/query/react';
import { errorMessage } from './errorMessage';
import { filterByStatus } from './filters';
import StatusFilterSelect from './StatusFilterSelect';
import { useAppDispatch, useAppSelector } from './store';
import { useGetProjectTasksQuery } from './tasksApi';
import TaskRow from './TaskRow';
import { selectStatusFilter, statusFilterChanged, useSelectedProject } from './ui';

export default function TaskList() {
  const dispatch = useAppDispatch();
  const project = useSelectedProject();
  const statusFilter = useAppSelector(selectStatusFilter);
  // `currentData` belongs to this project only: undefined while another project's list is loading.
  const { currentData: tasks, error } = useGetProjectTasksQuery(project?.id ?? skipToken);
  const visibleTasks = useMemo(() => tasks && filterByStatus(tasks, statusFilter), [tasks, statusFilter]);

  if (!project) return null;
  return (
    <section aria-labelledby="project-name">
      <h2 id="project-name">{project.name}</h2>
      <StatusFilterSelect value={statusFilter} onChange={(filter) => dispatch(statusFilterChanged(filter))} />
      {error ? (
        <p role="alert">Could not load the tasks: {errorMessage(error)}</p>
      ) : !visibleTasks ? (
        <p>Loading tasks…</p>
      ) : (
        <ul>
          {visibleTasks.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </ul>
      )}
    </section>
  );
}
