import TaskList from './TaskList';

export default function App() {
  return (
    <main>
      <h1>Tasks</h1>
      <TaskList
        initialTasks={[
          { id: 1, title: 'Write the tests', done: false },
          { id: 2, title: 'Read the guide', done: true },
        ]}
      />
    </main>
  );
}
