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

/** Every control the visualizer's panel can send: the fault controls plus the second user. */
export type BackendControl = FaultControl | { action: 'secondUser'; settings: SecondUserSettingsPatch };

export interface BackendState {
  faults: FaultSettings;
  secondUser: SecondUserSettings;
  /** Until when (ms since the epoch) new sockets are refused, or null. */
  socketsRefusedUntil: number | null;
  connectedSockets: number;
  openActivityStreams: number;
}

/** Checks an untrusted control object; the error says what is wrong. */
export function validateBackendControl(input: unknown): Checked<BackendControl> {
  const action = isObject(input) ? input.action : undefined;
  if (action === 'set' || action === 'reset' || action === 'dropSockets') return validateFaultControl(input);
  if (action === 'secondUser') {
    const settings = validateSecondUserSettings((input as { settings?: unknown }).settings);
    return settings.ok ? { ok: true, value: { action, settings: settings.value } } : settings;
  }
  return {
    ok: false,
    error: `a control needs an action: "set", "reset", "dropSockets" or "secondUser" (got ${isObject(input) ? JSON.stringify(action) : JSON.stringify(input)})`,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
