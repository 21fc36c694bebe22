import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { projectSearch, statsQuery } from './queries';

export default function App() {
  return (
    <main>
      <Search />
      <StatsPanel />
    </main>
  );
}

function Search() {
  const [text, setText] = useState('');
  const { data } = useQuery(projectSearch(text));
  return (
    <section aria-label="Search">
      <label>
        Search projects <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <ul>{data?.items.map((project) => <li key={project.id}>{project.name}</li>)}</ul>
    </section>
  );
}

// The toggle's state lives here, not in App, so showing the stats doesn't render Search again.
function StatsPanel() {
  const [showStats, setShowStats] = useState(false);
  return (
    <>
      <button onClick={() => setShowStats((shown) => !shown)}>{showStats ? 'Hide' : 'Show'} stats</button>
      {showStats && <Stats />}
    </>
  );
}

function Stats() {
  const { data } = useQuery(statsQuery);
  return <p>{data ? `${Math.round(data.completion * 100)}% done` : 'Counting…'}</p>;
}
