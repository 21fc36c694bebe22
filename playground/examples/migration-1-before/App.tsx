import { useEffect } from 'react';
import { useDispatch } from 'react-redux';
import ProjectPicker from './ProjectPicker';
import { loadProjects } from './projects';
import type { AppDispatch } from './store';
import TaskList from './TaskList';

export default function App() {
  const dispatch = useDispatch<AppDispatch>();

  useEffect(() => {
    dispatch(loadProjects());
  }, [dispatch]);

  return (
    <main>
      <header>
        <h1>Tasks</h1>
        <ProjectPicker />
      </header>
      <TaskList />
    </main>
  );
}
