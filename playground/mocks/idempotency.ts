/**
 * `Idempotency-Key` on POST and PATCH (as in the IETF draft and Stripe's API): the first
 * request with a key is handled and its answer kept; a retry with the same key gets the kept
 * answer again, marked `Idempotency-Replayed: true`, and changes nothing. A key reused for a
 * different request is a 422.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotency-Replayed';
/** How many keys are remembered; the oldest go first. */
export const IDEMPOTENCY_KEYS_KEPT = 1000;

interface Saved {
  fingerprint: string;
  status: number;
  headers: [string, string][];
  body: string;
}

export interface IdempotencyStore {
  /** Runs `handle` once per key; answers a repeat from memory. Requests without a key just run. */
  run(request: Request, handle: () => Promise<Response>): Promise<Response>;
  /** How many keys are remembered. */
  size(): number;
}

/** `onReplay` hears of each retry answered from memory (the sync rows show them). */
export function createIdempotencyStore({ onReplay }: { onReplay?: (request: Request, key: string) => void } = {}): IdempotencyStore {
  const saved = new Map<string, Saved>();
  const replay = (entry: Saved) =>
    new Response(entry.body, { status: entry.status, headers: [...entry.headers, [REPLAYED_HEADER, 'true']] });

  return {
    async run(request, handle) {
      const key = request.headers.get(IDEMPOTENCY_HEADER);
      if (key === null || (request.method !== 'POST' && request.method !== 'PATCH')) return handle();
      const { pathname } = new URL(request.url);
      const fingerprint = `${request.method} ${pathname} ${await request.clone().text()}`;
      const scoped = `${request.method} ${pathname} ${key}`;
      const previous = saved.get(scoped);
      if (previous) {
        if (previous.fingerprint === fingerprint) {
          onReplay?.(request, key);
          return replay(previous);
        }
        return Response.json(
          { message: `Idempotency-Key "${key}" was already used for a different request to ${request.method} ${pathname}; use a new key per change` },
          { status: 422 },
        );
      }
      const response = await handle();
      // A 5xx may succeed on a retry: keep only answers that say what happened to the change.
      if (response.status >= 500) return response;
      const entry: Saved = { fingerprint, status: response.status, headers: [...response.headers], body: await response.clone().text() };
      saved.set(scoped, entry);
      if (saved.size > IDEMPOTENCY_KEYS_KEPT) saved.delete(saved.keys().next().value!);
      return response;
    },
    size: () => saved.size,
  };
}
