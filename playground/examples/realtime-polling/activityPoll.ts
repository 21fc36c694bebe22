import { API_BASE_URL, type ActivityEvent, type ListResponse } from '@/mocks/browser';

export interface PollState {
  /** Newest first. */
  events: ActivityEvent[];
  requests: number;
  /** Polls that brought nothing new: the cost of asking when nothing changed. */
  emptyPolls: number;
  error: string | null;
}

/** The events newer than the ones already shown, newest first: a poll returns the whole recent list again. */
export function newEvents(shown: ActivityEvent[], answer: ActivityEvent[]): ActivityEvent[] {
  const newest = shown[0]?.seq ?? 0;
  return answer.filter((event) => event.seq > newest);
}

/**
 * Asks for the recent activity every `intervalMs`, and once at once. The next poll is
 * scheduled when the answer is in, so a slow server never has two polls in flight.
 */
export function pollActivity(intervalMs: number, onState: (state: PollState) => void): () => void {
  let state: PollState = { events: [], requests: 0, emptyPolls: 0, error: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const controller = new AbortController();

  async function poll() {
    try {
      state = { ...state, requests: state.requests + 1 };
      const response = await fetch(`${API_BASE_URL}/activity`, { signal: controller.signal });
      if (!response.ok) throw new Error(`GET /activity answered ${response.status}`);
      const { items } = (await response.json()) as ListResponse<ActivityEvent>;
      const fresh = newEvents(state.events, items);
      state = { ...state, events: [...fresh, ...state.events].slice(0, 20), emptyPolls: state.emptyPolls + (fresh.length === 0 ? 1 : 0), error: null };
    } catch (error) {
      if (stopped) return;
      state = { ...state, error: (error as Error).message }; // the next poll is the retry
    }
    onState(state);
    if (!stopped) timer = setTimeout(poll, intervalMs);
  }

  void poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
    controller.abort();
  };
}
