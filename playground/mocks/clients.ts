/**
 * Clients the backend can tell apart, so one page can hold two "tabs" of an app with a
 * network switch each. A client names itself with the `X-Client-Id` header on HTTP and the
 * `?client=` parameter on the socket URL; requests without a name are only subject to the
 * global faults.
 */
export const CLIENT_ID_HEADER = 'X-Client-Id';
export const CLIENT_ID_PARAM = 'client';

export interface Clients {
  /** Cuts one client off (its requests fail, its sockets close and can't reopen) or lets it back. */
  setOffline(clientId: string, offline: boolean): void;
  isOffline(clientId: string | null): boolean;
  /** The clients that are offline now. */
  offline(): string[];
  /**
   * The next request from this client (from anyone, without an id) is handled — its change is
   * saved — but the answer never arrives: the client sees a network error. The failure an
   * idempotency key is for.
   */
  loseNextResponse(clientId?: string): void;
  /** Whether this answer is the one to lose (then forgets it: only the next one is lost). */
  takeLostResponse(clientId: string | null): boolean;
  subscribe(listener: (clientId: string, offline: boolean) => void): () => void;
  /** A request or socket named this client: it is listed in `known()` from then on. */
  note(clientId: string | null): void;
  /** The clients that have named themselves, in the order they first did. */
  known(): string[];
  /** Hears of every change `known()` or `offline()` would show (for the fault panel). */
  watch(listener: () => void): () => void;
}

export function createClients(): Clients {
  const offline = new Set<string>();
  const loseNext = new Set<string | null>();
  const listeners = new Set<(clientId: string, offline: boolean) => void>();
  const seen = new Set<string>();
  const watchers = new Set<() => void>();
  const changed = () => {
    for (const watcher of [...watchers]) watcher();
  };

  return {
    setOffline(clientId, value) {
      if (typeof clientId !== 'string' || clientId === '') throw new TypeError('clientId must be a non-empty string');
      if (typeof value !== 'boolean') throw new TypeError('offline must be true or false');
      if (offline.has(clientId) === value) return;
      if (value) offline.add(clientId);
      else offline.delete(clientId);
      seen.add(clientId);
      for (const listener of [...listeners]) listener(clientId, value);
      changed();
    },
    isOffline: (clientId) => clientId !== null && offline.has(clientId),
    offline: () => [...offline],
    loseNextResponse(clientId) {
      loseNext.add(clientId ?? null);
    },
    takeLostResponse(clientId) {
      const match = clientId !== null && loseNext.has(clientId) ? clientId : loseNext.has(null) ? null : undefined;
      if (match === undefined) return false;
      loseNext.delete(match);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    note(clientId) {
      if (clientId === null || seen.has(clientId)) return;
      seen.add(clientId);
      changed();
    },
    known: () => [...seen],
    watch(watcher) {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
  };
}

/** The client a request comes from, or null. */
export function clientOfRequest(request: Request): string | null {
  return request.headers.get(CLIENT_ID_HEADER) || null;
}

/** The client a socket URL names, or null. */
export function clientOfUrl(url: URL | string): string | null {
  try {
    return new URL(String(url)).searchParams.get(CLIENT_ID_PARAM) || null;
  } catch {
    return null;
  }
}
