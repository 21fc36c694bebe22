import { useEffect, useState } from 'react';

interface Project {
  id: string;
  name: string;
}

export default function App() {
  const [count, setCount] = useState(0);
  const [projects, setProjects] = useState<Project[] | null>(null);

  useEffect(() => {
    fetch('https://api.statelab.test/projects')
      .then((response) => response.json())
      .then(setProjects);
  }, []);

  return (
    <main>
      <h1>Hello, playground</h1>
      <button onClick={() => setCount((c) => c + 1)}>Clicked {count} times</button>
      <h2>Projects</h2>
      {projects === null ? (
        <p>Loading…</p>
      ) : (
        <ul>
          {projects.map((project) => (
            <li key={project.id}>{project.name}</li>
          ))}
        </ul>
      )}
    </main>
  );
}
