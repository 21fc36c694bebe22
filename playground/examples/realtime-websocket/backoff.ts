/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): exponential backoff
 * with "full jitter", a random delay between 0 and min(cap, base × 2^attempt). The doubling
 * spares a struggling server; the randomness spreads out the clients that all lost their
 * connection at the same moment, so they don't all come back at the same moment too.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, { baseMs = 500, capMs = 15_000 } = {}): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
