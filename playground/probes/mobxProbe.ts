/**
 * MobX 7 probe: one `spy` listener for the whole sandbox. Every change MobX reports (objects,
 * arrays, maps, sets, boxed values) is grouped by the action it happened in, and each action that
 * changed something becomes one timeline row on the `store` source, like a Zustand `set`:
 * `TaskStore@1 · toggle (tasks[..].done)`.
 *
 * - The store is the root of MobX's debug name (`TaskStore@1` for `makeAutoObservable(this)` in a
 *   class, `ObservableObject@3` for `observable({...})`); paths are relative to it. MobX names
 *   array items `[..]`, without their index, and so does the row.
 * - The action is the innermost running action: a method made an action by `makeAutoObservable`,
 *   `action('name', fn)`, `runInAction` (`<unnamed action>`), or a reaction's effect
 *   (`Reaction@2`). Nested actions each get their own row, inner first.
 * - Changes outside any action (creating a store, or writes MobX lets through when
 *   `enforceActions` allows them) are grouped per store until the current task ends, and carry
 *   no action.
 * - Computed values are derived, not state: their updates are not rows.
 */
import type { Emit } from '../protocol/events.ts';
import { serialize } from '../protocol/serialize.ts';
import { PAYLOAD_LIMITS, guard, type ProbeOptions } from './common.ts';

/** The events of `spy` the probe reads (MobX's `SpyEvent`, loosely typed). */
export interface MobxSpyEvent {
  type: string;
  name?: unknown;
  observableKind?: string;
  debugObjectName?: string;
  newValue?: unknown;
  oldValue?: unknown;
  index?: number;
  spyReportStart?: true;
}

/** The part of `mobx` the probe needs. */
export interface MobxLike {
  spy: (listener: (event: MobxSpyEvent) => void) => () => void;
}

interface Change {
  store: string;
  path: string;
  before: unknown;
  after: unknown;
}

interface Frame {
  action?: string;
  changes: Change[];
}

const CHANGE_KINDS = new Set(['object', 'array', 'map', 'set', 'value']);

/** `TaskStore@1.tasks[..]` + `done` → store `TaskStore@1`, path `tasks[..].done`. */
function changeOf(event: MobxSpyEvent): Change | undefined {
  if (!event.observableKind || !CHANGE_KINDS.has(event.observableKind)) return undefined;
  const owner = event.debugObjectName ?? 'mobx';
  const split = owner.search(/[.[]/);
  const store = split === -1 ? owner : owner.slice(0, split);
  const inner = split === -1 ? '' : owner.slice(owner[split] === '.' ? split + 1 : split);
  let key = '';
  if (event.observableKind === 'object' || event.observableKind === 'map') key = String(event.name);
  if (event.type === 'update' && event.observableKind === 'array') key = `[${event.index}]`;
  const path = [inner, key].filter(Boolean).join(key.startsWith('[') ? '' : '.') || store;
  const before = event.type === 'splice' ? undefined : event.oldValue;
  const after = event.type === 'splice' ? undefined : event.newValue;
  return { store, path, before, after };
}

/**
 * Report every MobX change as `store:changed` events named by their action. Returns a function
 * that stops listening.
 */
export function observeMobx(mobx: MobxLike, emit: Emit, options: ProbeOptions = {}): () => void {
  const limits = options.serialize ?? PAYLOAD_LIMITS;
  const frames: Frame[] = [];
  let outside: Change[] = [];

  const report = (action: string | undefined, changes: Change[]) => {
    const byStore = new Map<string, Change[]>();
    for (const change of changes) byStore.set(change.store, [...(byStore.get(change.store) ?? []), change]);
    for (const [store, own] of byStore) {
      // Actions of `observable({...})` objects are named `ObservableObject@1.increment`.
      const name = action?.startsWith(`${store}.`) ? action.slice(store.length + 1) : action;
      // A new item's own properties are reported before the push that adds it: keep the container.
      const all = [...new Set(own.map((change) => change.path))];
      const paths = all.filter((path) => !all.some((outer) => path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`)));
      const before = Object.fromEntries(own.toReversed().map((change) => [change.path, change.before]));
      const after = Object.fromEntries(own.map((change) => [change.path, change.after]));
      emit({
        source: 'store',
        kind: 'store:changed',
        label: `${store} · ${name ?? ''}${name ? ' ' : ''}(${paths.join(', ')})`,
        data: serialize(after, limits),
        changedPaths: paths,
        diffId: options.diffs ? options.diffs.put(before, after) : undefined,
        meta: { library: 'mobx', store, ...(name ? { action: name, actionSource: 'explicit' as const } : { actionSource: 'external' as const }) },
      });
    }
  };

  const flushOutside = () => {
    const changes = outside;
    outside = [];
    report(undefined, changes);
  };

  const stop = mobx.spy((event) =>
    guard(() => {
      if (event.type === 'report-end') {
        const frame = frames.pop();
        if (frame?.action !== undefined && frame.changes.length) report(frame.action, frame.changes);
        return;
      }
      const change = changeOf(event);
      if (change) {
        const inAction = frames.findLast((frame) => frame.action !== undefined);
        if (inAction) inAction.changes.push(change);
        else {
          if (!outside.length) queueMicrotask(flushOutside);
          outside.push(change);
        }
      }
      if (event.spyReportStart) frames.push({ action: event.type === 'action' ? String(event.name) : undefined, changes: [] });
    }),
  );
  return () => {
    stop();
    frames.length = 0;
    outside = [];
  };
}
