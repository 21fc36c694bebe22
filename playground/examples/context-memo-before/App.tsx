import { memo, useEffect, useState } from 'react';
import type { Project, User } from '@/mocks/browser';
import { fetchMe, fetchProjects, matchingProjects } from './api';
import { SessionContext, useSession } from './session';

export default function App() {
  const [user, setUser] = useState<User | null>(null);
  const [search, setSearch] = useState('');
  useEffect(() => {
    fetchMe().then(setUser, () => setUser(null));
  }, []);
  // A new object on every render of App: every keystroke in the search box gives the
  // session context a new value, and every component that reads it renders again.
  return (
    <SessionContext value={{ user, signOut: () => setUser(null) }}>
      <main>
        <Header />
        <SearchBox value={search} onChange={setSearch} />
        <ProjectList search={search} />
      </main>
    </SessionContext>
  );
}

const Header = memo(function Header() {
  const { user, signOut } = useSession();
  if (!user) return <p>Signed out</p>;
  return (
    <header style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
      <Avatar name={user.name} /> {user.name} <RoleBadge role={user.role} />
      <button onClick={signOut}>Sign out</button>
    </header>
  );
});

function Avatar({ name }: { name: string }) {
  const initials = name.split(' ').map((part) => part[0]).join('');
  return <span aria-hidden style={{ borderRadius: '50%', border: '1px solid', padding: '0 0.3rem' }}>{initials}</span>;
}

function RoleBadge({ role }: { role: User['role'] }) {
  return <small style={{ opacity: 0.7 }}>({role})</small>;
}

function SearchBox({ value, onChange }: { value: string; onChange: (search: string) => void }) {
  return (
    <label>
      Search <input type="search" value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

function ProjectList({ search }: { search: string }) {
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchProjects().then(setProjects, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">Could not load the projects: {error}</p>;
  if (!projects) return <p>Loading projects…</p>;
  const visible = matchingProjects(projects, search);
  return (
    <>
      <p>
        {visible.length} projects match “{search}”
      </p>
      <ul>
        {visible.map((project) => (
          <ProjectRow key={project.id} project={project} />
        ))}
      </ul>
    </>
  );
}

// The row reads the session to mark the projects you own: memo can't skip it when the
// session value is new.
const ProjectRow = memo(function ProjectRow({ project }: { project: Project }) {
  const { user } = useSession();
  return (
    <li>
      {project.name} <ProjectStatus status={project.status} /> {project.ownerId === user?.id && <strong>yours</strong>}
    </li>
  );
});

function ProjectStatus({ status }: { status: Project['status'] }) {
  return <small style={{ opacity: 0.7 }}>{status.replace('_', ' ')}</small>;
}
