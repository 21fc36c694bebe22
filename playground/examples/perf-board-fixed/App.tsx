import { memo, useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import type { Project } from '@/mocks/browser';
import { fetchProjects } from './api';
import { loaded, noteChanged, selectOpenProjects, selected, selectSelectedProject, type RootState } from './store';

export default function App() {
  const dispatch = useDispatch();
  useEffect(() => {
    fetchProjects(8).then((projects) => dispatch(loaded(projects)));
  }, [dispatch]);
  return (
    <main>
      <OpenProjects />
      <SelectedProject />
      <Notes />
    </main>
  );
}

function OpenProjects() {
  const open = useSelector(selectOpenProjects);
  return (
    <ul aria-label="Open projects">
      {open.map((project) => (
        <ProjectRow key={project.id} project={project} />
      ))}
    </ul>
  );
}

const ProjectRow = memo(function ProjectRow({ project }: { project: Project }) {
  const dispatch = useDispatch();
  return (
    <li>
      <button onClick={() => dispatch(selected(project.id))}>{project.name}</button>
    </li>
  );
});

function SelectedProject() {
  const project = useSelector(selectSelectedProject);
  return <p>Selected: {project ? project.name : 'none'}</p>;
}

function Notes() {
  const dispatch = useDispatch();
  const text = useSelector((state: RootState) => state.notes.text);
  return (
    <label>
      Notes <input value={text} onChange={(event) => dispatch(noteChanged(event.target.value))} />
    </label>
  );
}
