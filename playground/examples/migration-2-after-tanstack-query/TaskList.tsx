import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { filterByStatus } from './filters';
import { projectTasksQuery } from './queries';
import StatusFilterSelect from './StatusFilterSelect';
import { useAppDispatch, useAppSelector } from './store';
import TaskRow from './TaskRow';
import { selectStatusFilter, statusFilterChanged, useSelectedProject } from './ui';

export default function TaskList() {
  const dispatch = useAppDispatch();
  const project = useSelectedProject();
  const statusFilter = useAppSelector(selectStatusFilter);
  // A new project is a new query key: `data` is undefined until that project's list is in the cache.
  const { data: tasks, error } = useQuery(projectTasksQuery(project?.id));
  const visibleTasks = useMemo(() => tasks && filterByStatus(tasks, statusFilter), [tasks, statusFilter]);

  if (!project) return null;
  return (
    <section aria-labelledby="project-name">
      <h2 id="project-name">{project.name}</h2>
      <StatusFilterSelect value={statusFilter} onChange={(filter) => dispatch(statusFilterChanged(filter))} />
      {error ? (
        <p role="alert">Could not load the tasks: {error.message}</p>
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
