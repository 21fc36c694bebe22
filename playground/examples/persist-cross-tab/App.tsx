import { useEffect, useState } from 'react';
import { NOTE_KEY, readNote, remoteChange, saveNote, type LocalNote, type SavedNote } from './sharedNote';

// A name for this tab, shown to the other tabs.
const TAB = `Tab ${Math.random().toString(36).slice(2, 6).toUpperCase()}`;

export default function App() {
  const [local, setLocal] = useState<LocalNote>(() => {
    const saved = readNote(localStorage);
    return { text: saved?.text ?? '', baseRev: saved?.rev ?? 0, dirty: false };
  });
  const [conflict, setConflict] = useState<SavedNote | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [otherTabs, setOtherTabs] = useState<string[]>([]);

  // localStorage: the browser fires `storage` in every other tab of the origin after a write.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== NOTE_KEY) return;
      const theirs = readNote(localStorage);
      if (!theirs) return;
      setLocal((current) => {
        const next = remoteChange(current, theirs);
        if (next.conflict) setConflict(next.conflict);
        return next.local;
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // BroadcastChannel: any message to the other tabs; here, which tabs are open.
  useEffect(() => {
    const channel = new BroadcastChannel('team-note-presence');
    channel.onmessage = ({ data }: MessageEvent<{ type: 'hello' | 'here' | 'bye'; tab: string }>) => {
      if (data.type === 'bye') return setOtherTabs((tabs) => tabs.filter((t) => t !== data.tab));
      setOtherTabs((tabs) => (tabs.includes(data.tab) ? tabs : [...tabs, data.tab]));
      if (data.type === 'hello') channel.postMessage({ type: 'here', tab: TAB });
    };
    channel.postMessage({ type: 'hello', tab: TAB });
    const bye = () => channel.postMessage({ type: 'bye', tab: TAB });
    window.addEventListener('pagehide', bye);
    return () => {
      bye();
      window.removeEventListener('pagehide', bye);
      channel.close();
    };
  }, []);

  const save = (force = false) => {
    const outcome = saveNote(localStorage, local, TAB, force);
    if (outcome.kind === 'conflict') return setConflict(outcome.theirs);
    if (outcome.kind === 'failed') return setMessage(`Not saved: ${outcome.problem}.`);
    setLocal({ text: outcome.note.text, baseRev: outcome.note.rev, dirty: false });
    setConflict(null);
    setMessage(`Saved as revision ${outcome.note.rev}.`);
  };

  const takeTheirs = () => {
    setLocal({ text: conflict!.text, baseRev: conflict!.rev, dirty: false });
    setConflict(null);
  };

  return (
    <main>
      <p>
        This is {TAB}. Open tabs: {[TAB, ...otherTabs].join(', ')}
      </p>
      {conflict && (
        <div role="alert">
          <p>
            {conflict.by} saved this note (revision {conflict.rev}) while you were editing. Theirs: “{conflict.text}”
          </p>
          <button onClick={() => save(true)}>Keep mine</button> <button onClick={takeTheirs}>Take theirs</button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
      <label>
        Team note
        <textarea rows={3} style={{ display: 'block', boxSizing: 'border-box', width: '100%' }} value={local.text} onChange={(e) => setLocal({ ...local, text: e.target.value, dirty: true })} />
      </label>
      <button onClick={() => save()} disabled={!local.dirty}>
        Save
      </button>
    </main>
  );
}
