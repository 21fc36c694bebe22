import { useQuery } from '@tanstack/react-query';
import { meQuery, projectsQuery, usersQuery } from './queries';

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

// Both ask the cache for ['me']: one request, shared.
function Greeting() {
  const { data: me } = useQuery(meQuery);
  return <span>Hello, {me ? me.name : '…'}</span>;
}

function Role() {
  const { data: me } = useQuery(meQuery);
  return <span>({me ? me.role : '…'})</span>;
}

function Dashboard() {
  // Three queries in one render: the three requests start together.
  const me = useQuery(meQuery);
  const projects = useQuery(projectsQuery);
  const users = useQuery(usersQuery);
  if (!me.data || !projects.data || !users.data) return <p>Loading the dashboard…</p>;
  return (
    <section aria-label="Dashboard">
      <h2>Projects ({projects.data.total})</h2>
      <ul>
        {projects.data.items.map((project) => (
          <li key={project.id}>{project.name}</li>
        ))}
      </ul>
      <h2>Team ({users.data.total})</h2>
      <p>{users.data.items.map((user) => user.name).join(', ')}</p>
    </section>
  );
}
