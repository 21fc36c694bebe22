import { useEffect, useId, useState } from 'react';
import type { BackendControl, BackendState, Latency } from '../../../playground/mocks/controls.ts';
import type { BackendStateMessage } from '../../../playground/protocol/messages.ts';
import { ROUTE_IDS, type RouteId } from '../../../playground/mocks/routes.ts';

const LATENCIES: { value: string; label: string; latency: Latency }[] = [
  { value: '0', label: 'none', latency: 0 },
  { value: '300', label: '300 ms', latency: 300 },
  { value: '1000', label: '1 s', latency: 1000 },
  { value: '200-1500', label: '200–1500 ms', latency: [200, 1500] },
];
const ERROR_RATES = [0, 0.1, 0.5, 1];
/** Drop sockets refuses reconnects this long, so the app's reconnect logic shows. */
const REFUSE_RECONNECTS_SECONDS = 3;
const SECOND_USER_RATE = 1;

interface FaultState {
  latency: string;
  errorRate: number;
  errorRoute: RouteId | '*';
  offline: boolean;
  secondUser: boolean;
  /** The clients the backend knows (tabs of a two-tab example), each with its own network switch. */
  clients: { id: string; offline: boolean }[];
}

const DEFAULTS: FaultState = { latency: '0', errorRate: 0, errorRoute: '*', offline: false, secondUser: false, clients: [] };

function latencyValue(latency: Latency): string {
  return typeof latency === 'number' ? String(latency) : `${latency[0]}-${latency[1]}`;
}

/**
 * The panel's view of what the backend reports (the first route with an error rate is shown).
 * With no error rate set, the route the reader picked stays picked.
 */
function fromBackendState(state: BackendState, current: FaultState): FaultState {
  const rates = Object.entries(state.faults.errorRate) as [RouteId | '*', number][];
  const [errorRoute, errorRate] = rates.find(([route]) => route === '*') ?? rates[0] ?? [current.errorRoute, 0];
  return {
    latency: latencyValue(state.faults.latency),
    errorRate,
    errorRoute,
    offline: state.faults.offline,
    secondUser: state.secondUser.enabled,
    clients: state.clients ?? [],
  };
}

/**
 * The mock backend's fault controls. Each change is sent at once; the panel shows what the
 * backend reports after each run and each change (an example may start with the second user
 * on), and the container remounts it when the playground re-runs (a fresh backend).
 */
export default function FaultControls({ onSend, backend }: { onSend: (control: BackendControl) => boolean; backend: BackendStateMessage | null }) {
  const id = useId();
  const [state, setState] = useState<FaultState>(DEFAULTS);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const reported = backend?.state;
    if (reported) setState((current) => fromBackendState(reported, current));
    if (backend?.error) setStatus(`Not applied: ${backend.error}`);
    else if (backend && !backend.state) setStatus('This playground runs no mock backend.');
  }, [backend]);

  const send = (control: BackendControl, next: Partial<FaultState>, description: string) => {
    if (!onSend(control)) {
      setStatus('The preview is not running.');
      return;
    }
    setState((s) => ({ ...s, ...next }));
    setStatus(`Sent: ${description}.`);
  };
  const sendErrors = (errorRate: number, errorRoute: RouteId | '*') =>
    send(
      { action: 'set', settings: { errorRate: errorRate > 0 ? { [errorRoute]: errorRate } : {} } },
      { errorRate, errorRoute },
      errorRate > 0 ? `${errorRate * 100}% of ${errorRoute === '*' ? 'all requests' : errorRoute} answer 500` : 'no errors',
    );

  return (
    <form className="visualizer__faults" onSubmit={(event) => event.preventDefault()} aria-label="Mock backend faults" data-fault-controls>
      <label htmlFor={`${id}-latency`}>Latency</label>
      <select
        id={`${id}-latency`}
        value={state.latency}
        data-fault="latency"
        onChange={(event) => {
          const choice = LATENCIES.find((l) => l.value === event.target.value) ?? LATENCIES[0]!;
          send({ action: 'set', settings: { latency: choice.latency } }, { latency: choice.value }, `latency ${choice.label}`);
        }}
      >
        {LATENCIES.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-errors`}>Errors (500)</label>
      <span className="visualizer__fault-pair">
        <select id={`${id}-errors`} value={state.errorRate} data-fault="error-rate" onChange={(event) => sendErrors(Number(event.target.value), state.errorRoute)}>
          {ERROR_RATES.map((rate) => (
            <option key={rate} value={rate}>
              {rate === 0 ? 'none' : `${rate * 100}%`}
            </option>
          ))}
        </select>
        <select
          aria-label="Routes that fail"
          value={state.errorRoute}
          data-fault="error-route"
          onChange={(event) => sendErrors(state.errorRate, event.target.value as RouteId | '*')}
        >
          <option value="*">of all requests</option>
          {ROUTE_IDS.map((route) => (
            <option key={route} value={route}>
              of {route}
            </option>
          ))}
        </select>
      </span>

      <span />
      <label className="visualizer__check">
        <input
          type="checkbox"
          checked={state.offline}
          data-fault="offline"
          onChange={(event) => send({ action: 'set', settings: { offline: event.target.checked } }, { offline: event.target.checked }, event.target.checked ? 'offline' : 'online')}
        />
        Offline (requests fail, sockets close)
      </label>

      <span />
      <label className="visualizer__check">
        <input
          type="checkbox"
          checked={state.secondUser}
          data-fault="second-user"
          onChange={(event) =>
            send(
              { action: 'secondUser', settings: { enabled: event.target.checked, ratePerSecond: SECOND_USER_RATE } },
              { secondUser: event.target.checked },
              event.target.checked ? 'Sam edits a task every second' : 'Sam stopped editing',
            )
          }
        />
        Second user edits tasks
      </label>

      {state.clients.length > 0 && (
        <>
          <span>Offline, one client</span>
          <span className="visualizer__fault-clients">
            {state.clients.map((client) => (
              <label key={client.id} className="visualizer__check">
                <input
                  type="checkbox"
                  checked={client.offline}
                  data-fault="client-offline"
                  data-client-id={client.id}
                  onChange={(event) => {
                    const offline = event.target.checked;
                    send(
                      { action: 'clientOffline', clientId: client.id, offline },
                      { clients: state.clients.map((c) => (c.id === client.id ? { ...c, offline } : c)) },
                      `${client.id} ${offline ? 'offline (its requests fail, its sockets close)' : 'back online'}`,
                    );
                  }}
                />
                {client.id}
              </label>
            ))}
          </span>
        </>
      )}

      <span />
      <span className="visualizer__fault-buttons">
        <button
          type="button"
          data-fault="drop-sockets"
          onClick={() =>
            send({ action: 'dropSockets', refuseReconnectsForSeconds: REFUSE_RECONNECTS_SECONDS }, {}, `sockets dropped, reconnects refused for ${REFUSE_RECONNECTS_SECONDS} s`)
          }
        >
          Drop sockets
        </button>
        <button
          type="button"
          data-fault="collide"
          title="Sam changes, to other values, the same fields of the task you changed last"
          onClick={() => send({ action: 'collide' }, {}, 'Sam changed the fields you changed last')}
        >
          Collide
        </button>
        <button
          type="button"
          data-fault="reset"
          onClick={() => {
            send({ action: 'reset' }, { latency: '0', errorRate: 0, errorRoute: '*', offline: false }, 'faults reset');
            if (state.secondUser) send({ action: 'secondUser', settings: { enabled: false } }, { secondUser: false }, 'faults reset, Sam stopped');
          }}
        >
          Reset faults
        </button>
      </span>

      <p className="visualizer__fault-status" role="status">
        {status}
      </p>
    </form>
  );
}
