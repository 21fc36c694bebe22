import { memo } from 'react';
import { selectProjectProgress, selectTaskIdsByProject, tasksOf, useGetBoardQuery } from './boardApi';
import { projectSelected, selectSelectedProjectId } from './projectsSlice';
import { useAppDispatch, useAppSelector } from './store';
import { TaskRow } from './TaskRow';

const ProjectButton = memo(function ProjectButton({ id, selected }: { id: string; selected: boolean }) {
  // `selectFromResult` picks this button's part of the cached board. RTK Query compares what
  // it returns field by field: every task change makes a new { name, done, total } object for
  // every project, but only the button whose numbers changed renders again.
  const { name, done, total } = useGetBoardQuery(undefined, {
    selectFromResult: ({ data }) => ({ name: data?.projects.entities[id]?.name, ...selectProjectProgress(tasksOf(data), id) }),
  });
  const dispatch = useAppDispatch();
  return (
    <li>
      <button aria-pressed={selected} onClick={() => dispatch(projectSelected(id))}>
        {name} · {done}/{total} done
      </button>
    </li>
  );
});

const TaskList = memo(function TaskList({ projectId }: { projectId: string }) {
  const { taskIds } = useGetBoardQuery(undefined, {
    selectFromResult: ({ data }) => ({ taskIds: selectTaskIdsByProject(tasksOf(data), projectId) }),
  });
  return (
    <ul>
      {taskIds.map((id) => (
        <TaskRow key={id} id={id} />
      ))}
    </ul>
  );
});

export default function App() {
  const { projectIds, isError, isSuccess } = useGetBoardQuery(undefined, {
    selectFromResult: ({ data, isError, isSuccess }) => ({ projectIds: data?.projects.ids, isError, isSuccess }),
  });
  // Until the reader picks one, the first project is selected.
  const selectedId = useAppSelector(selectSelectedProjectId) ?? projectIds?.[0];

  if (isError) return <p role="alert">Could not load the board.</p>;
  if (!isSuccess || !projectIds) return <p>Loading…</p>;

  return (
    <main>
      <h1>Projects</h1>
      <ul>
        {projectIds.map((id) => (
          <ProjectButton key={id} id={id} selected={id === selectedId} />
        ))}
      </ul>
      {selectedId && <TaskList projectId={selectedId} />}
    </main>
  );
}
