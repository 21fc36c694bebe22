/**
 * A sensitive slice (private notes) stored encrypted: AES-GCM with a key derived from the
 * reader's passphrase by PBKDF2, and a fresh random IV for every write. The key lives only in
 * memory, non-extractable; the storage holds salt, IV and ciphertext, never the passphrase.
 *
 * What it protects against: someone who reads the stored bytes (a shared computer, a copied
 * browser profile, a backup, a disk image). What it does not: code running in the page (an
 * XSS, a malicious extension) while the vault is open reads the notes from memory, or waits
 * for the reader to type the passphrase. A weak passphrase can be guessed offline.
 */
export const VAULT_KEY = 'notes.vault';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;

interface SealedV1 {
  v: 1;
  salt: string;
  iv: string;
  data: string;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function isSealed(value: unknown): value is SealedV1 {
  const v = value as Partial<SealedV1> | null;
  return v?.v === 1 && typeof v.salt === 'string' && typeof v.iv === 'string' && typeof v.data === 'string';
}

export interface OpenVault {
  notes: string;
  /** Encrypts and stores the notes, with a new IV. Reports a full storage instead of throwing. */
  save(notes: string): Promise<{ ok: true } | { ok: false; problem: string }>;
}

export type UnlockResult =
  | { ok: true; vault: OpenVault; created: boolean }
  /** Nothing was written: the stored bytes are as they were. */
  | { ok: false; problem: string };

/** Opens the stored notes with `passphrase`, or starts an empty vault if there is none. */
export async function unlock(storage: Storage, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<UnlockResult> {
  const raw = storage.getItem(VAULT_KEY);
  let sealed: SealedV1 | null = null;
  if (raw !== null) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isSealed(parsed)) sealed = parsed;
    } catch {
      sealed = null;
    }
    if (!sealed) return { ok: false, problem: 'The stored notes are damaged and cannot be opened. They are left as they are.' };
  }
  const salt = sealed ? fromBase64(sealed.salt) : crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  let notes = '';
  if (sealed) {
    try {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.data));
      notes = new TextDecoder().decode(plain);
    } catch {
      // AES-GCM checks integrity: a wrong key (or tampered bytes) fails here, never yields garbage.
      return { ok: false, problem: 'That passphrase does not open these notes. Nothing was changed: try again.' };
    }
  }
  const save = async (next: string) => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(next)));
    const record: SealedV1 = { v: 1, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
    try {
      storage.setItem(VAULT_KEY, JSON.stringify(record));
      return { ok: true as const };
    } catch (error) {
      const name = (error as Error).name;
      return { ok: false as const, problem: name === 'QuotaExceededError' ? 'storage is full' : `storage refused the write (${name})` };
    }
  };
  return { ok: true, vault: { notes, save }, created: sealed === null };
}
