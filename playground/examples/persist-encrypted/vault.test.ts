import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/unit/support/memoryStorage.ts';
import { unlock, VAULT_KEY } from './vault';

// Fewer PBKDF2 rounds than the app's, so the suite stays fast; the algorithm is the same.
const ROUNDS = 1_000;

async function vaultWith(notes: string, passphrase = 'correct horse battery staple') {
  const storage = new MemoryStorage();
  const first = await unlock(storage, passphrase, ROUNDS);
  if (!first.ok) throw new Error(first.problem);
  await first.vault.save(notes);
  return storage;
}

describe('the encrypted notes', () => {
  it('stores ciphertext only, and opens again with the same passphrase', async () => {
    const storage = await vaultWith('The safe code is 4711');
    const raw = storage.getItem(VAULT_KEY)!;
    expect(raw).not.toContain('4711');
    expect(raw).not.toContain('horse');
    const again = await unlock(storage, 'correct horse battery staple', ROUNDS);
    expect(again).toMatchObject({ ok: true, created: false, vault: { notes: 'The safe code is 4711' } });
  });

  it('uses a fresh IV for every write', async () => {
    const storage = await vaultWith('same text');
    const opened = await unlock(storage, 'correct horse battery staple', ROUNDS);
    if (!opened.ok) throw new Error(opened.problem);
    const first = JSON.parse(storage.getItem(VAULT_KEY)!);
    await opened.vault.save('same text');
    const second = JSON.parse(storage.getItem(VAULT_KEY)!);
    expect(second.iv).not.toBe(first.iv);
    expect(second.data).not.toBe(first.data);
    expect(second.salt).toBe(first.salt);
  });

  it('a wrong passphrase gets a clear message, and the stored bytes stay exactly as they were', async () => {
    const storage = await vaultWith('private');
    const before = storage.getItem(VAULT_KEY);
    const result = await unlock(storage, 'wrong guess', ROUNDS);
    expect(result).toEqual({ ok: false, problem: 'That passphrase does not open these notes. Nothing was changed: try again.' });
    expect(storage.getItem(VAULT_KEY)).toBe(before);
    expect(storage.writes).toBe(1);
  });

  it('tampered ciphertext is refused, not decrypted into garbage', async () => {
    const storage = await vaultWith('private');
    const record = JSON.parse(storage.getItem(VAULT_KEY)!);
    const bytes = Uint8Array.from(atob(record.data), (c) => c.charCodeAt(0));
    bytes[0] ^= 1;
    const tampered = JSON.stringify({ ...record, data: btoa(String.fromCharCode(...bytes)) });
    storage.items.set(VAULT_KEY, tampered);
    expect(await unlock(storage, 'correct horse battery staple', ROUNDS)).toMatchObject({ ok: false });
    expect(storage.getItem(VAULT_KEY)).toBe(tampered);
  });

  it('damaged (truncated) data is reported and left in place', async () => {
    const storage = await vaultWith('private');
    const truncated = storage.getItem(VAULT_KEY)!.slice(0, 30);
    storage.items.set(VAULT_KEY, truncated);
    expect(await unlock(storage, 'correct horse battery staple', ROUNDS)).toMatchObject({ ok: false, problem: expect.stringMatching(/damaged/) });
    expect(storage.getItem(VAULT_KEY)).toBe(truncated);
  });

  it('quota exceeded while saving: reported, and the previous ciphertext is kept', async () => {
    const storage = await vaultWith('first');
    const before = storage.getItem(VAULT_KEY);
    const opened = await unlock(storage, 'correct horse battery staple', ROUNDS);
    if (!opened.ok) throw new Error(opened.problem);
    storage.full = true;
    expect(await opened.vault.save('second')).toEqual({ ok: false, problem: 'storage is full' });
    expect(storage.getItem(VAULT_KEY)).toBe(before);
  });
});
