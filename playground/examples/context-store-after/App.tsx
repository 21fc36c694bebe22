import { memo, useEffect, useState, type ReactNode } from 'react';
import type { Project, User } from '@/mocks/browser';
import { fetchProjects, matchingProjects } from './api';
import { WorkspaceProvider, useWorkspace, type Theme } from './workspaceStore';

export default function App() {
  return (
    <WorkspaceProvider>
      <Page>
        <Header />
        <ThemePicker />
        <SearchBox />
        <ProjectList />
      </Page>
    </WorkspaceProvider>
  );
}

function Page({ children }: { children: ReactNode }) {
  const theme = useWorkspace((state) => state.theme);
  const colors = theme === 'dark' ? { background: '#1d1f24', color: '#e8e8e8' } : { background: '#fff', color: '#1d1f24' };
  // colorScheme: the inputs follow the app's theme too.
  return <main style={{ ...colors, colorScheme: theme, padding: '0.5rem' }}>{children}</main>;
}

function Header() {
  const user = useWorkspace((state) => state.user);
  if (!user) return <p>Loading your account…</p>;
  return (
    <header style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
      <Avatar name={user.name} /> {user.name} <RoleBadge role={user.role} />
    </header>
  );
}

function Avatar({ name }: { name: string }) {
  const initials = name.split(' ').map((part) => part[0]).join('');
  return <span aria-hidden style={{ borderRadius: '50%', border: '1px solid', padding: '0 0.3rem' }}>{initials}</span>;
}

function RoleBadge({ role }: { role: User['role'] }) {
  return <small style={{ opacity: 0.7 }}>({role})</small>;
}

const THEMES: Theme[] = ['light', 'dark'];

function ThemePicker() {
  const theme = useWorkspace((state) => state.theme);
  const setTheme = useWorkspace((state) => state.setTheme);
  return (
    <fieldset>
      <legend>Theme</legend>
      {THEMES.map((value) => (
        <ThemeOption key={value} value={value} checked={theme === value} onSelect={setTheme} />
      ))}
    </fieldset>
  );
}

function ThemeOption({ value, checked, onSelect }: { value: Theme; checked: boolean; onSelect: (theme: Theme) => void }) {
  return (
    <label>
      <input type="radio" name="theme" checked={checked} onChange={() => onSelect(value)} /> {value}
    </label>
  );
}

function SearchBox() {
  const search = useWorkspace((state) => state.search);
  const setSearch = useWorkspace((state) => state.setSearch);
  return (
    <label>
      Search <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
    </label>
  );
}

function ProjectList() {
  const search = useWorkspace((state) => state.search);
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

const ProjectRow = memo(function ProjectRow({ project }: { project: Project }) {
  return <li>{project.name}</li>;
});
