import type { Finding } from './types.ts';
import { MAX_EVIDENCE } from './types.ts';

/** The most recent event ids of something, at most `MAX_EVIDENCE`, oldest first. */
export class Evidence {
  private ids: number[] = [];
  private next = 0;

  add(id: number): void {
    if (this.ids.length < MAX_EVIDENCE) this.ids.push(id);
    else {
      this.ids[this.next] = id;
      this.next = (this.next + 1) % MAX_EVIDENCE;
    }
  }

  list(): number[] {
    return this.next === 0 ? this.ids.slice() : [...this.ids.slice(this.next), ...this.ids.slice(0, this.next)];
  }
}

/** "12 ms", "0.4 ms". */
export const ms = (value: number): string => `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ms`;

/** "6%". */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The URL without the mock backend's origin: `/tasks?page=2`. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

/**
 * Findings per key, rebuilt only for the keys that changed since the last read: a rule with many
 * keys (components, URLs, queries) stays cheap to read after every batch.
 */
export class FindingsByKey<T> {
  private readonly built = new Map<string, Finding | null>();

  /** Forget `key`'s finding: the next read rebuilds it. */
  touch(key: string): void {
    this.built.delete(key);
  }

  /** Every key's finding, building those that changed with `build` (null: no finding). */
  read(entries: Iterable<[string, T]>, build: (key: string, value: T) => Finding | null): Finding[] {
    const out: Finding[] = [];
    for (const [key, value] of entries) {
      let finding = this.built.get(key);
      if (finding === undefined) this.built.set(key, (finding = build(key, value)));
      if (finding) out.push(finding);
    }
    return out;
  }
}
