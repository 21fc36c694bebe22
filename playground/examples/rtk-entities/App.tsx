import { memo, useEffect } from 'react';
import { shallowEqual } from 'react-redux';
import { fetchBoard, projectSelected, selectBoardLoading, selectProjectById, selectProjectIds, selectSelectedProjectId } from './projectsSlice';
import { useAppDispatch, useAppSelector } from './store';
import { TaskRow } from './TaskRow';
import { selectProjectProgress, selectSaveError, selectTaskIdsByProject } from './tasksSlice';

const ProjectButton = memo(function ProjectButton({ id, selected }: { id: string; selected: boolean }) {
  const project = useAppSelector((state) => selectProjectById(state, id));
  // Every task change makes a new { done, total } object for every project;
  // shallowEqual re-renders only the button whose numbers changed.
  const progress = useAppSelector((state) => selectProjectProgress(state, id), shallowEqual);
  const dispatch = useAppDispatch();
  return (
    <li>
      <button aria-pressed={selected} onClick={() => dispatch(projectSelected(id))}>
        {project.name} · {progress.done}/{progress.total} done
      </button>
    </li>
  );
});

const TaskList = memo(function TaskList({ projectId }: { projectId: string }) {
  const taskIds = useAppSelector((state) => selectTaskIdsByProject(state, projectId));
  return (
    <ul>
      {taskIds.map((id) => (
        <TaskRow key={id} id={id} />
      ))}
    </ul>
  );
});

export default function App() {
  const dispatch = useAppDispatch();
  const loading = useAppSelector(selectBoardLoading);
  const projectIds = useAppSelector(selectProjectIds);
  const selectedId = useAppSelector(selectSelectedProjectId);
  const saveError = useAppSelector(selectSaveError);

  useEffect(() => {
    dispatch(fetchBoard());
  }, [dispatch]);

  if (loading === 'failed') return <p role="alert">Could not load the board.</p>;
  if (loading !== 'succeeded') return <p>Loading…</p>;

  return (
    <main>
      <h1>Projects</h1>
      <ul>
        {projectIds.map((id) => (
          <ProjectButton key={id} id={id} selected={id === selectedId} />
        ))}
      </ul>
      {saveError && <p role="alert">{saveError}</p>}
      {selectedId && <TaskList projectId={selectedId} />}
    </main>
  );
}
