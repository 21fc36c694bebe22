import { useEffect, useState } from 'react';
import { API_BASE_URL, REALTIME_URL, type ListResponse, type Project, type ServerMessage } from '@/mocks/browser';

export default function App() {
  const [count, setCount] = useState(0);
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [lastUpdate, setLastUpdate] = useState('Waiting for the first update…');

  useEffect(() => {
    fetch(`${API_BASE_URL}/projects?limit=5&sort=name`)
      .then((response) => response.json() as Promise<ListResponse<Project>>)
      .then((page) => setProjects(page.items));
  }, []);

  useEffect(() => {
    const socket = new WebSocket(REALTIME_URL);
    socket.onopen = () => socket.send(JSON.stringify({ type: 'subscribe', entity: 'tasks' }));
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data) as ServerMessage;
      if (message.type === 'ENTITY_UPDATED') {
        const { actor, data } = message.payload;
        setLastUpdate(`${actor.name} updated “${'title' in data ? data.title : data.id}”`);
      }
    };
    return () => socket.close();
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
      <h2>Live</h2>
      <p data-testid="live">{lastUpdate}</p>
    </main>
  );
}
