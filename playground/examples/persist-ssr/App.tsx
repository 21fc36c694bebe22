import { useQuery } from '@tanstack/react-query';
import { useAtomValue } from 'jotai';
import { useDispatch, useSelector } from 'react-redux';
import { filterChanged, projectsQuery, userAtom, type BoardState } from './state';
import { useSavedTheme } from './theme';

export default function App() {
  const user = useAtomValue(userAtom);
  const filter = useSelector((state: BoardState) => state.board.filter);
  const dispatch = useDispatch();
  const { data: projects = [] } = useQuery(projectsQuery);
  const [theme, setTheme] = useSavedTheme();
  return (
    <main style={theme === 'dark' ? { background: '#1b1d24', color: '#eee', padding: 8 } : { padding: 8 }}>
      <p>
        Signed in as {user?.name ?? 'nobody'} · theme: {theme}{' '}
        <button onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>Switch to {theme === 'dark' ? 'light' : 'dark'}</button>
      </p>
      <p>
        Showing {filter} projects{' '}
        <button onClick={() => dispatch(filterChanged(filter === 'all' ? 'active' : 'all'))}>Toggle</button>
      </p>
      <ul>
        {projects.map((project) => (
          <li key={project.id}>{project.name}</li>
        ))}
      </ul>
    </main>
  );
}
