import { connect, type ConnectedProps } from 'react-redux';
import { selectSelectedProject, selectVisibleTasks } from './selectors';
import StatusFilterSelect from './StatusFilterSelect';
import type { RootState } from './store';
import TaskRow from './TaskRow';
import { statusFilterChanged } from './ui';

const mapStateToProps = (state: RootState) => ({
  project: selectSelectedProject(state),
  tasks: selectVisibleTasks(state),
  statusFilter: state.ui.statusFilter,
  loading: state.tasks.loading,
  error: state.tasks.error,
  saveError: state.tasks.saveError,
});

const connector = connect(mapStateToProps, { onStatusChange: statusFilterChanged });

function TaskList({ project, tasks, statusFilter, loading, error, saveError, onStatusChange }: ConnectedProps<typeof connector>) {
  if (!project) return null;
  return (
    <section aria-labelledby="project-name">
      <h2 id="project-name">{project.name}</h2>
      <StatusFilterSelect value={statusFilter} onChange={onStatusChange} />
      {saveError && <p role="alert">Not saved: {saveError}</p>}
      {error ? (
        <p role="alert">Could not load the tasks: {error}</p>
      ) : loading ? (
        <p>Loading tasks…</p>
      ) : (
        <ul>
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default connector(TaskList);
