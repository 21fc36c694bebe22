import ProjectPicker from './ProjectPicker';
import TaskList from './TaskList';

export default function App() {
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
