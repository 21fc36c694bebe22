import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { currentUserQuery, projectListQuery, projectTasksQuery } from './queries';
import TaskDetails from './TaskDetails';

export default function App() {
  const { data: me } = useQuery(currentUserQuery());
  const projects = useQuery(projectListQuery());
  const [chosenProjectId, setChosenProjectId] = useState<string | null>(null);
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  const projectId = chosenProjectId ?? projects.data?.[0]?.id ?? null;

  const chooseProject = (id: string) => {
    setChosenProjectId(id);
    setOpenTaskId(null);
  };

  return (
    <main>
      <header>
        <h1>Projects</h1>
        {me && <p>Signed in as {me.name}</p>}
      </header>
      {projects.isPending ? (
        <p>Loading projects…</p>
      ) : projects.isError ? (
        <p role="alert">Could not load the projects: {projects.error.message}</p>
      ) : (
        <nav aria-label="Projects">
          {projects.data.map((project) => (
            <button
              key={project.id}
              aria-pressed={project.id === projectId}
              style={{ fontWeight: project.id === projectId ? 'bold' : 'normal' }}
              onClick={() => chooseProject(project.id)}
            >
              {project.name}
            </button>
          ))}
        </nav>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '1rem', alignItems: 'start' }}>
        {projectId && <ProjectTasks projectId={projectId} onOpenTask={setOpenTaskId} />}
        {/* A new key per task: each opening is a new mount, so each one asks the server. */}
        {openTaskId && <TaskDetails key={openTaskId} taskId={openTaskId} onClose={() => setOpenTaskId(null)} />}
      </div>
    </main>
  );
}

function ProjectTasks({ projectId, onOpenTask }: { projectId: string; onOpenTask: (taskId: string) => void }) {
  const { data: tasks, error, isPending, isFetching, dataUpdatedAt } = useQuery(projectTasksQuery(projectId));

  // Only a project never seen (or dropped by gcTime) shows this: a cached list renders at once.
  if (isPending) return <p>Loading tasks…</p>;
  if (!tasks) return <p role="alert">Could not load the tasks: {error?.message}</p>;

  return (
    <section aria-label="Tasks">
      <p>
        {tasks.length} tasks as of {new Date(dataUpdatedAt).toLocaleTimeString()}
        {isFetching && ' · refreshing…'}
        {error && ' · refresh failed, showing the last copy'}
      </p>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            <button onClick={() => onOpenTask(task.id)}>{task.title}</button> <small>{task.status.replace('_', ' ')}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
