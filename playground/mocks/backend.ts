import type { AnyHandler } from 'msw';
import { createActivityFeed } from './activity';
import { clientOfRequest, createClients, type Clients } from './clients';
import { systemClock, type Clock } from './clock';
import { createDatabase, type Database } from './db';
import { validateBackendControl, type BackendState } from './controls';
import { createFaults, type Checked, type FaultSettingsPatch, type Faults } from './faults';
import { createNotFoundHandler, createRestHandlers } from './handlers';
import { createIdempotencyStore } from './idempotency';
import { createRealtime } from './realtime';
import type { TextDocs } from './text-docs';
import type { YjsDocs } from './yjs-docs';
import { DEFAULT_SEED, type SeedSizes } from './seed';
import { createSyncLog, type SyncLog } from './sync-log';
import { createSecondUser, type SecondUser, type SecondUserSettingsPatch } from './second-user';

export interface MockBackendOptions {
  /** Same seed, same data and same fault sequence. */
  seed?: number;
  /** Defaults to the real clock; tests pass `createManualClock()`. */
  clock?: Clock;
  /** Fault settings to start with. */
  faults?: FaultSettingsPatch;
  /** Second-user settings to start with, e.g. `{ enabled: true, ratePerSecond: 1 }`. */
  secondUser?: SecondUserSettingsPatch;
  /** Smaller or larger seeded data (defaults: 12 users, 24 projects, 400 tasks, 800 comments). */
  sizes?: Partial<SeedSizes>;
}

/** What both entries (browser and Node) expose. */
export interface MockBackendControls {
  readonly seed: number;
  readonly db: Database;
  readonly faults: Faults;
  readonly secondUser: SecondUser;
  /** Per-client network switches: `clients.setOffline('another-tab', true)`. */
  readonly clients: Clients;
  /** The shared text documents of the socket (operational transform): `textDocs.get('task_017/description')`. */
  readonly textDocs: Pick<TextDocs, 'get'>;
  /** The Yjs documents of the socket: `yjsDocs.snapshot('task_017')`. */
  readonly yjsDocs: Pick<YjsDocs, 'snapshot'>;
  /** What the server sees of clients syncing (conflicts, merges, transforms, replays), for the visualizer. */
  readonly syncLog: Pick<SyncLog, 'subscribe'>;
  /** REST, realtime socket, activity stream and the API's 404, in matching order. */
  readonly handlers: readonly AnyHandler[];
  state(): BackendState;
  /** Validates an untrusted control object (e.g. from postMessage) and applies it; never throws. */
  control(input: unknown): Checked<BackendState>;
}

export interface MockBackendCore extends MockBackendControls {
  /** Stops the second user, closes sockets and streams. Interception is the entry's job. */
  dispose(): void;
}

/** The controls of a core, without its `dispose`: what every entry (node, browser, in-page) hands out. */
export function controlsOf(core: MockBackendCore): MockBackendControls {
  const { seed, db, faults, secondUser, clients, textDocs, yjsDocs, syncLog, handlers, state, control } = core;
  return { seed, db, faults, secondUser, clients, textDocs, yjsDocs, syncLog, handlers, state, control };
}

/** Builds a fresh backend: new database, faults, realtime channel, activity feed and second user. */
export function createMockBackendCore(options: MockBackendOptions = {}): MockBackendCore {
  const seed = options.seed ?? DEFAULT_SEED;
  const clock = options.clock ?? systemClock;
  const db = createDatabase({ seed, clock, sizes: options.sizes });
  const faults = createFaults({ seed, clock });
  const clients = createClients();
  const context = { db, faults, clock };
  const syncLog = createSyncLog({ db, clients, clock });
  const realtime = createRealtime({ ...context, clients, syncLog });
  const idempotency = createIdempotencyStore({
    onReplay: (request, key) => syncLog.replayed(clientOfRequest(request), `${request.method} ${new URL(request.url).pathname}`, key),
  });
  const activity = createActivityFeed(context);
  const secondUser = createSecondUser({ db, clock, seed });

  if (options.faults) faults.set(options.faults);
  if (options.secondUser) secondUser.set(options.secondUser);

  const state = (): BackendState => ({
    faults: faults.get(),
    secondUser: secondUser.get(),
    socketsRefusedUntil: faults.socketsRefusedUntil(),
    connectedSockets: realtime.connectedClients(),
    openActivityStreams: activity.openStreams(),
    clients: clients.known().map((id) => ({ id, offline: clients.isOffline(id) })),
  });

  return {
    seed,
    db,
    faults,
    secondUser,
    clients,
    syncLog,
    textDocs: realtime.textDocs,
    yjsDocs: realtime.yjsDocs,
    handlers: [...createRestHandlers({ ...context, clients, idempotency, syncLog }), ...activity.handlers, realtime.handler, createNotFoundHandler(context)],
    state,
    control(input) {
      const checked = validateBackendControl(input);
      if (!checked.ok) return checked;
      const control = checked.value;
      if (control.action === 'collide') {
        return secondUser.collide()
          ? { ok: true, value: state() }
          : { ok: false, error: 'nothing to collide with yet: change a task first, then Sam changes the same fields' };
      }
      if (control.action === 'clientOffline') {
        clients.setOffline(control.clientId, control.offline);
        return { ok: true, value: state() };
      }
      const result = control.action === 'secondUser' ? secondUser.apply(control.settings) : faults.apply(control);
      return result.ok ? { ok: true, value: state() } : result;
    },
    dispose() {
      secondUser.dispose();
      syncLog.dispose();
      realtime.dispose();
      activity.dispose();
    },
  };
}
