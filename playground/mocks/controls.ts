/**
 * The control channel's contract: what the visualizer's panel may send and what it
 * gets back. Plain data and pure checks, no MSW: the docs page can import this
 * without loading the mock backend.
 */
import { validateFaultControl, type Checked, type FaultControl, type FaultSettings } from './faults';
import { validateSecondUserSettings, type SecondUserSettings, type SecondUserSettingsPatch } from './second-user';

export type { Checked, FaultControl, FaultSettings, FaultSettingsPatch, ErrorRates, Latency } from './faults';
export { DEFAULT_FAULTS, validateFaultControl, validateFaultSettings } from './faults';
export type { SecondUserSettings, SecondUserSettingsPatch } from './second-user';
export { DEFAULT_SECOND_USER, validateSecondUserSettings } from './second-user';

/**
 * Every control the visualizer's panel can send: the fault controls, the second user, a collision
 * on demand (Sam changes the fields the reader just changed) and one client's network switch.
 */
export type BackendControl =
  | FaultControl
  | { action: 'secondUser'; settings: SecondUserSettingsPatch }
  | { action: 'collide' }
  | { action: 'clientOffline'; clientId: string; offline: boolean };

export interface BackendState {
  faults: FaultSettings;
  secondUser: SecondUserSettings;
  /** Until when (ms since the epoch) new sockets are refused, or null. */
  socketsRefusedUntil: number | null;
  connectedSockets: number;
  openActivityStreams: number;
  /** The clients that have named themselves (`X-Client-Id`, `?client=`), each with its switch. */
  clients?: { id: string; offline: boolean }[];
}

/** Checks an untrusted control object; the error says what is wrong. */
export function validateBackendControl(input: unknown): Checked<BackendControl> {
  const action = isObject(input) ? input.action : undefined;
  if (action === 'set' || action === 'reset' || action === 'dropSockets') return validateFaultControl(input);
  if (action === 'collide') return { ok: true, value: { action } };
  if (action === 'clientOffline') {
    const { clientId, offline } = input as { clientId?: unknown; offline?: unknown };
    if (typeof clientId !== 'string' || clientId === '') return { ok: false, error: 'clientOffline needs a clientId: the name a client gives itself, like "this-tab"' };
    if (typeof offline !== 'boolean') return { ok: false, error: 'offline must be true or false' };
    return { ok: true, value: { action, clientId, offline } };
  }
  if (action === 'secondUser') {
    const settings = validateSecondUserSettings((input as { settings?: unknown }).settings);
    return settings.ok ? { ok: true, value: { action, settings: settings.value } } : settings;
  }
  return {
    ok: false,
    error: `a control needs an action: "set", "reset", "dropSockets", "secondUser", "collide" or "clientOffline" (got ${isObject(input) ? JSON.stringify(action) : JSON.stringify(input)})`,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
