import { useEffect } from 'react';
import { settingsStore, useSettings } from './settingsStore';

export default function App() {
  const hydrated = useSettings((s) => s.hydrated);
  // skipHydration: the first render uses the defaults (as a server render would), then the saved settings load.
  useEffect(() => {
    void settingsStore.persist.rehydrate();
  }, []);
  if (!hydrated) return <p>Loading saved settings…</p>;
  return <Settings />;
}

function Settings() {
  const theme = useSettings((s) => s.theme);
  const fontSize = useSettings((s) => s.fontSize);
  const draft = useSettings((s) => s.draft);
  const search = useSettings((s) => s.search);
  const notice = useSettings((s) => s.notice);
  const { setTheme, setFontSize, setDraft, setSearch } = settingsStore.getState();
  return (
    <main>
      {notice && <p role="status">{notice}</p>}
      <label>
        Theme{' '}
        <select value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>{' '}
      <label>
        Font size: {fontSize} px{' '}
        <input type="range" min={12} max={24} value={fontSize} onChange={(e) => setFontSize(Number(e.target.value))} />
      </label>
      <p>
        <label>
          Search (not saved) <input value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </p>
      <label>
        Draft (saved)
        <textarea rows={3} style={{ display: 'block', boxSizing: 'border-box', width: '100%', fontSize }} value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
    </main>
  );
}
