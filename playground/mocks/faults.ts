import type { Clock } from './clock';
import { createRandom, deriveSeed } from './random';
import { ROUTE_IDS, isRouteId, type RouteId } from './routes';

/** A fixed delay in ms, or a `[min, max]` range drawn per request. */
export type Latency = number | readonly [min: number, max: number];

/** Probability (0..1) that a route answers 500. `'*'` applies to routes not listed. */
export type ErrorRates = Partial<Record<RouteId | '*', number>>;

/** Everything the fault controls can set. Plain data: it crosses postMessage as is. */
export interface FaultSettings {
  /** Added before every HTTP answer (REST and the activity stream). */
  latency: Latency;
  errorRate: ErrorRates;
  /** Requests fail with a network error; sockets and streams are cut and cannot reconnect. */
  offline: boolean;
  /** Probability (0..1) that a socket frame arrives twice. */
  duplicateFrames: number;
  /** Probability (0..1) that a socket frame is held back and arrives after the next one. */
  reorderFrames: number;
}

export type FaultSettingsPatch = Partial<FaultSettings>;

/** A command for the fault controls, e.g. from the visualizer's control panel. */
export type FaultControl =
  | { action: 'set'; settings: FaultSettingsPatch }
  | { action: 'reset' }
  | { action: 'dropSockets'; refuseReconnectsForSeconds?: number };

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export const DEFAULT_FAULTS: FaultSettings = {
  latency: 0,
  errorRate: {},
  offline: false,
  duplicateFrames: 0,
  reorderFrames: 0,
};

/** How long a held-back socket frame waits for a next frame before it is sent anyway. */
export const REORDER_HOLD_MS = 250;

export type FaultDecision =
  | { seq: number; kind: 'http'; route: RouteId | null; latencyMs: number; outcome: 'respond' | 'error' | 'offline' }
  | { seq: number; kind: 'frame'; duplicate: boolean; reorder: boolean };

export type FaultEvent =
  | { type: 'settings'; settings: FaultSettings }
  | { type: 'dropSockets'; refuseUntil: number | null };

export interface Faults {
  readonly seed: number;
  get(): FaultSettings;
  /** Changes some settings; throws a TypeError naming the bad field. */
  set(patch: FaultSettingsPatch): FaultSettings;
  reset(): FaultSettings;
  /** Closes every socket; refuses new ones for the given time. */
  dropSockets(options?: { refuseReconnectsForSeconds?: number }): void;
  /** Validates an untrusted control object and applies it; never throws. */
  apply(control: unknown): Checked<FaultSettings>;
  /** Until when (ms since the epoch) new sockets are refused, or null. */
  socketsRefusedUntil(): number | null;
  /** The latest decisions, oldest first: what each request and frame got. */
  history(): readonly FaultDecision[];
  subscribe(listener: (event: FaultEvent) => void): () => void;
  /** Draws the fate of one HTTP request. Always draws two numbers, whatever the settings. */
  decideHttp(route: RouteId | null): Extract<FaultDecision, { kind: 'http' }>;
  /** Draws the fate of one socket frame. Always draws two numbers, whatever the settings. */
  decideFrame(): Extract<FaultDecision, { kind: 'frame' }>;
}

const HISTORY_SIZE = 500;
const MAX_LATENCY_MS = 60_000;
const MAX_REFUSE_SECONDS = 3600;

export function createFaults({ seed, clock }: { seed: number; clock: Clock }): Faults {
  // Separate streams: socket traffic never shifts the sequence of HTTP draws, and back.
  const httpRandom = createRandom(deriveSeed(seed, 'faults/http'));
  const frameRandom = createRandom(deriveSeed(seed, 'faults/frames'));
  const listeners = new Set<(event: FaultEvent) => void>();
  const decisions: FaultDecision[] = [];
  let settings: FaultSettings = { ...DEFAULT_FAULTS };
  let refuseUntil: number | null = null;
  let seq = 0;

  const notify = (event: FaultEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const record = <D extends FaultDecision>(decision: D): D => {
    decisions.push(decision);
    if (decisions.length > HISTORY_SIZE) decisions.shift();
    return decision;
  };
  const update = (next: FaultSettings) => {
    settings = next;
    notify({ type: 'settings', settings });
    return settings;
  };

  const faults: Faults = {
    seed,
    get: () => settings,

    set(patch) {
      const checked = validateFaultSettings(patch);
      if (!checked.ok) throw new TypeError(checked.error);
      return update({ ...settings, ...checked.value });
    },

    reset() {
      refuseUntil = null;
      return update({ ...DEFAULT_FAULTS });
    },

    dropSockets({ refuseReconnectsForSeconds = 0 } = {}) {
      const checked = checkNumber(refuseReconnectsForSeconds, 'refuseReconnectsForSeconds', 0, MAX_REFUSE_SECONDS);
      if (checked) throw new TypeError(checked);
      refuseUntil = refuseReconnectsForSeconds > 0 ? clock.now() + refuseReconnectsForSeconds * 1000 : null;
      notify({ type: 'dropSockets', refuseUntil });
    },

    apply(input) {
      const checked = validateFaultControl(input);
      if (!checked.ok) return checked;
      const control = checked.value;
      if (control.action === 'set') faults.set(control.settings);
      else if (control.action === 'reset') faults.reset();
      else faults.dropSockets({ refuseReconnectsForSeconds: control.refuseReconnectsForSeconds });
      return { ok: true, value: settings };
    },

    socketsRefusedUntil() {
      if (refuseUntil !== null && clock.now() >= refuseUntil) refuseUntil = null;
      return refuseUntil;
    },

    history: () => decisions,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    decideHttp(route) {
      const jitter = httpRandom.next();
      const errorDraw = httpRandom.next();
      const { latency, errorRate, offline } = settings;
      const latencyMs = typeof latency === 'number' ? latency : latency[0] + Math.floor(jitter * (latency[1] - latency[0] + 1));
      const rate = (route && errorRate[route]) ?? errorRate['*'] ?? 0;
      const outcome = offline ? 'offline' : errorDraw < rate ? 'error' : 'respond';
      return record({ seq: ++seq, kind: 'http', route, latencyMs: offline ? 0 : latencyMs, outcome });
    },

    decideFrame() {
      const duplicate = frameRandom.next() < settings.duplicateFrames;
      const reorder = frameRandom.next() < settings.reorderFrames;
      return record({ seq: ++seq, kind: 'frame', duplicate, reorder });
    },
  };

  return faults;
}

const SETTING_NAMES = Object.keys(DEFAULT_FAULTS) as Array<keyof FaultSettings>;

/** Checks untrusted settings; the error says which field is wrong and why. */
export function validateFaultSettings(input: unknown): Checked<FaultSettingsPatch> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'fault settings must be an object like { latency: 200 }' };
  }
  const patch = input as Record<string, unknown>;
  for (const key of Object.keys(patch)) {
    if (!(SETTING_NAMES as string[]).includes(key)) {
      return { ok: false, error: `unknown fault setting "${key}"; the settings are ${SETTING_NAMES.join(', ')}` };
    }
  }
  const error =
    checkLatency(patch.latency) ??
    checkErrorRates(patch.errorRate) ??
    (patch.offline !== undefined && typeof patch.offline !== 'boolean' ? 'offline must be true or false' : null) ??
    (patch.duplicateFrames !== undefined ? checkNumber(patch.duplicateFrames, 'duplicateFrames', 0, 1) : null) ??
    (patch.reorderFrames !== undefined ? checkNumber(patch.reorderFrames, 'reorderFrames', 0, 1) : null);
  if (error) return { ok: false, error };

  const value = { ...patch } as FaultSettingsPatch;
  // Copy the nested values so later edits by the sender cannot reach in.
  if (Array.isArray(patch.latency)) value.latency = [patch.latency[0], patch.latency[1]];
  if (patch.errorRate) value.errorRate = { ...(patch.errorRate as ErrorRates) };
  return { ok: true, value };
}

/** Checks an untrusted control command, e.g. one that arrived through postMessage. */
export function validateFaultControl(input: unknown): Checked<FaultControl> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'a fault control must be an object like { action: "set", settings: { offline: true } }' };
  }
  const control = input as Record<string, unknown>;
  switch (control.action) {
    case 'set': {
      const settings = validateFaultSettings(control.settings);
      return settings.ok ? { ok: true, value: { action: 'set', settings: settings.value } } : settings;
    }
    case 'reset':
      return { ok: true, value: { action: 'reset' } };
    case 'dropSockets': {
      const seconds = control.refuseReconnectsForSeconds ?? 0;
      const error = checkNumber(seconds, 'refuseReconnectsForSeconds', 0, MAX_REFUSE_SECONDS);
      return error ? { ok: false, error } : { ok: true, value: { action: 'dropSockets', refuseReconnectsForSeconds: seconds as number } };
    }
    default:
      return { ok: false, error: `unknown fault action ${JSON.stringify(control.action)}; use "set", "reset" or "dropSockets"` };
  }
}

function checkNumber(value: unknown, name: string, min: number, max: number): string | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? null
    : `${name} must be a number from ${min} to ${max} (got ${typeof value === 'number' ? value : JSON.stringify(value)})`;
}

function checkLatency(latency: unknown): string | null {
  if (latency === undefined) return null;
  const hint = `latency must be milliseconds (0 to ${MAX_LATENCY_MS}) or a [min, max] range (got ${JSON.stringify(latency)})`;
  if (typeof latency === 'number') return checkNumber(latency, 'latency', 0, MAX_LATENCY_MS) ? hint : null;
  if (!Array.isArray(latency) || latency.length !== 2) return hint;
  const [min, max] = latency as unknown[];
  if (checkNumber(min, 'latency', 0, MAX_LATENCY_MS) || checkNumber(max, 'latency', 0, MAX_LATENCY_MS)) return hint;
  return (min as number) <= (max as number) ? null : `latency range [${min}, ${max}] must have min <= max`;
}

function checkErrorRates(rates: unknown): string | null {
  if (rates === undefined) return null;
  if (typeof rates !== 'object' || rates === null || Array.isArray(rates)) {
    return 'errorRate must be an object like { "GET /tasks": 0.5, "*": 0.1 }';
  }
  for (const [route, rate] of Object.entries(rates)) {
    if (route !== '*' && !isRouteId(route)) {
      return `errorRate has an unknown route "${route}"; use "*" or one of: ${ROUTE_IDS.join(', ')}`;
    }
    const error = checkNumber(rate, `errorRate["${route}"]`, 0, 1);
    if (error) return error;
  }
  return null;
}
