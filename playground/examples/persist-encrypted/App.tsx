import { useState, type FormEvent } from 'react';
import { unlock, type OpenVault } from './vault';

export default function App() {
  const [vault, setVault] = useState<OpenVault | null>(null);
  const [notes, setNotes] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onUnlock = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const passphrase = new FormData(event.currentTarget).get('passphrase') as string;
    setBusy(true);
    const result = await unlock(localStorage, passphrase);
    setBusy(false);
    if (!result.ok) return setMessage(result.problem);
    setVault(result.vault);
    setNotes(result.vault.notes);
    setMessage(result.created ? 'New vault: your notes will be encrypted with this passphrase.' : null);
  };

  const onSave = async () => {
    const result = await vault!.save(notes);
    setMessage(result.ok ? 'Saved, encrypted.' : `Not saved: ${result.problem}.`);
  };

  // Locking drops the key and the plaintext from memory; the storage only ever held ciphertext.
  const onLock = () => {
    setVault(null);
    setNotes('');
    setMessage(null);
  };

  return (
    <main>
      {message && <p role="status">{message}</p>}
      {vault ? (
        <>
          <label>
            Private notes
            <textarea rows={4} style={{ display: 'block', width: '100%' }} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
          <button onClick={onSave}>Save</button> <button onClick={onLock}>Lock</button>
        </>
      ) : (
        <form onSubmit={onUnlock}>
          <label>
            Passphrase <input name="passphrase" type="password" autoComplete="current-password" required />
          </label>{' '}
          <button disabled={busy}>{busy ? 'Deriving the key…' : 'Unlock'}</button>
        </form>
      )}
    </main>
  );
}
