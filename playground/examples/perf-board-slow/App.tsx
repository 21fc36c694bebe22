import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import type { Project } from '@/mocks/browser';
import { fetchProjects } from './api';
import { loaded, noteChanged, selected, type RootState } from './store';

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
  const dispatch = useDispatch();
  // A new array on every call: this list re-renders after every action, a keystroke in Notes too.
  const open = useSelector((state: RootState) => state.projects.list.filter((p) => p.status !== 'archived'));
  return (
    <ul aria-label="Open projects">
      {open.map((project) => (
        <ProjectRow key={project.id} project={project} onSelect={() => dispatch(selected(project))} />
      ))}
    </ul>
  );
}

function ProjectRow({ project, onSelect }: { project: Project; onSelect: () => void }) {
  return (
    <li>
      <button onClick={onSelect}>{project.name}</button>
    </li>
  );
}

function SelectedProject() {
  const project = useSelector((state: RootState) => state.projects.selected);
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
