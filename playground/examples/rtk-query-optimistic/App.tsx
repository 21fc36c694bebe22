import { errorMessage } from './errorMessage';
import { TaskRow } from './TaskRow';
import { useGetProjectStatsQuery, useGetTasksQuery } from './tasksApi';

const PROJECT_ID = 'proj_09';

function StatsBar() {
  const { data: stats, isFetching } = useGetProjectStatsQuery(PROJECT_ID);
  if (!stats) return <p>Loading stats…</p>;
  return (
    <p>
      {`${stats.byStatus.done} of ${stats.taskCount} done · ${stats.byStatus.in_progress} in progress`}
      {isFetching && ' · refreshing…'}
    </p>
  );
}

export default function App() {
  const { data: tasks, error, isLoading } = useGetTasksQuery(PROJECT_ID);

  if (isLoading) return <p>Loading tasks…</p>;
  if (error) return <p role="alert">Could not load the tasks: {errorMessage(error)}</p>;

  return (
    <main>
      <h1>Tasks</h1>
      <StatsBar />
      <ul>
        {tasks?.map((task) => (
          <TaskRow key={task.id} task={task} />
        ))}
      </ul>
    </main>
  );
}
