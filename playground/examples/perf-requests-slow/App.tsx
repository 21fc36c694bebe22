import { useEffect, useState } from 'react';
import type { ListResponse, Project, User } from '@/mocks/browser';
import { getMe, getProjects, getUsers } from './api';

export default function App() {
  return (
    <main>
      <header>
        <Greeting /> <Role />
      </header>
      <Dashboard />
    </main>
  );
}

// Greeting and Role each fetch /me: two identical requests at the same moment.
function Greeting() {
  const [me, setMe] = useState<User | null>(null);
  useEffect(() => {
    getMe().then(setMe);
  }, []);
  return <span>Hello, {me ? me.name : '…'}</span>;
}

function Role() {
  const [me, setMe] = useState<User | null>(null);
  useEffect(() => {
    getMe().then(setMe);
  }, []);
  return <span>({me ? me.role : '…'})</span>;
}

interface DashboardData {
  me: User;
  projects: ListResponse<Project>;
  users: ListResponse<User>;
}

function Dashboard() {
  const [data, setData] = useState<DashboardData | null>(null);
  useEffect(() => {
    // Each await waits for the previous answer, though none of them needs it: a waterfall.
    (async () => {
      const me = await getMe();
      const projects = await getProjects();
      const users = await getUsers();
      setData({ me, projects, users });
    })();
  }, []);
  if (!data) return <p>Loading the dashboard…</p>;
  return (
    <section aria-label="Dashboard">
      <h2>Projects ({data.projects.total})</h2>
      <ul>
        {data.projects.items.map((project) => (
          <li key={project.id}>{project.name}</li>
        ))}
      </ul>
      <h2>Team ({data.users.total})</h2>
      <p>{data.users.items.map((user) => user.name).join(', ')}</p>
    </section>
  );
}
