import { ACTIVITY_URL, API_BASE_URL, type ActivityEvent, type ListResponse } from '@/mocks/browser';

export interface StreamState {
  connection: 'connecting' | 'open' | 'reconnecting';
  /** Newest first. */
  events: ActivityEvent[];
  /** The highest `seq` seen: EventSource sends it back as `Last-Event-ID` when it reconnects. */
  lastSeq: number | null;
  /** Times a jump in `seq` showed missed events and the list was fetched again. */
  resyncs: number;
  error: string | null;
}

const KEEP = 20;

/**
 * Follows the activity feed over Server-Sent Events. EventSource reconnects by itself and
 * sends `Last-Event-ID`, so the server replays what was missed — as far back as it keeps
 * events. When it can't (the gap is older than its backlog), the first event after the
 * reconnect skips numbers: then the recent list is fetched again.
 */
export function followActivity(onState: (state: StreamState) => void): () => void {
  let state: StreamState = { connection: 'connecting', events: [], lastSeq: null, resyncs: 0, error: null };
  const set = (patch: Partial<StreamState>) => {
    state = { ...state, ...patch };
    onState(state);
  };
  const add = (events: ActivityEvent[]) => {
    const fresh = events.filter((event) => state.lastSeq === null || event.seq > state.lastSeq).sort((a, b) => b.seq - a.seq);
    if (fresh.length === 0) return;
    set({ events: [...fresh, ...state.events].slice(0, KEEP), lastSeq: fresh[0]!.seq });
  };

  // Events that arrive while a resync is on its way: added after its answer, in case they are newer.
  let arrivedDuringResync: ActivityEvent[] | null = null;

  async function resync() {
    arrivedDuringResync = [];
    try {
      const response = await fetch(`${API_BASE_URL}/activity`);
      const { items } = (await response.json()) as ListResponse<ActivityEvent>;
      set({ resyncs: state.resyncs + 1 });
      add([...items, ...arrivedDuringResync]);
    } catch (error) {
      set({ error: `Resync failed: ${(error as Error).message}` });
    } finally {
      arrivedDuringResync = null;
    }
  }

  const source = new EventSource(ACTIVITY_URL);
  source.onopen = () => set({ connection: 'open', error: null });
  // EventSource retries on its own (after the `retry:` the server sent); nothing to do but say so.
  source.onerror = () => set({ connection: source.readyState === EventSource.CLOSED ? 'connecting' : 'reconnecting' });
  source.onmessage = (message) => {
    let event: ActivityEvent;
    try {
      event = JSON.parse(message.data) as ActivityEvent;
    } catch {
      set({ error: `Ignored an event that is not JSON: ${String(message.data).slice(0, 40)}` });
      return;
    }
    if (arrivedDuringResync) arrivedDuringResync.push(event);
    else if (state.lastSeq !== null && event.seq > state.lastSeq + 1) void resync(); // its answer has this event too
    else add([event]);
  };

  return () => source.close();
}
