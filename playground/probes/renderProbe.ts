/**
 * Render probe (browser): per React commit, which components rendered, how often, why, and which
 * renders were unnecessary (changed nothing on screen; see `renderClassify.ts`), through bippy.
 * Library components are named by their export (`Provider (react-redux)`, see
 * `libraryNames.ts`); a library's internal components, minified and not exported, are left out.
 *
 * ORDER MATTERS: bippy installs React's DevTools global hook when it is imported; react-dom reads
 * that hook when it loads. So this module (or `instrumented/renderHook.ts`) must be evaluated
 * BEFORE react-dom. Installing later still works for renderers that injected into an existing
 * hook, but misses a react-dom that loaded first.
 */
import {
  getDisplayName,
  instrument,
  isCompositeFiber,
  traverseRenderedFibers,
  type Fiber,
  type FiberRoot,
} from 'bippy';
import type { Emit } from '../protocol/events.ts';
import { classifyRender, commitLabel, reasonText, summarizeCommit, type FiberLike, type RenderRecord } from './renderClassify.ts';
import { guard } from './common.ts';
import { isMinifiedName, libraryName } from './libraryNames.ts';

export interface RenderProbeOptions {
  /** Components listed per commit event. Default 50. */
  maxComponents?: number;
  /** Global object holding the DevTools hook (default globalThis). */
  target?: Parameters<typeof instrument>[0]['target'];
}

/**
 * The name a reader knows a component by: the library export it is, else its display name.
 * Undefined for a library's internal component (a minified name nobody wrote).
 */
export function fiberName(fiber: Pick<Fiber, 'type' | 'elementType'>): string | undefined {
  const known = libraryName(fiber.elementType) ?? libraryName(fiber.type);
  if (known) return known;
  const name = getDisplayName(fiber.type) ?? getDisplayName(fiber.elementType) ?? 'Anonymous';
  return isMinifiedName(name) ? undefined : name;
}

/** Collect the composite renders of one commit (pure apart from bippy's traversal). */
export function collectCommitRenders(root: FiberRoot | Fiber): RenderRecord[] {
  const records: RenderRecord[] = [];
  const screen = new Map<FiberLike, boolean>();
  traverseRenderedFibers(root, (fiber, phase) => {
    if (phase === 'unmount' || !isCompositeFiber(fiber)) return;
    const name = fiberName(fiber);
    if (name === undefined) return;
    const record: RenderRecord = { name, phase, unnecessary: false };
    if (phase === 'update') {
      const classification = classifyRender(fiber as unknown as FiberLike, screen);
      record.unnecessary = classification.unnecessary;
      record.reason = reasonText(classification);
      if (classification.sameContents) record.sameContents = true;
      if (classification.onlySameValue) record.sameValue = classification.sameValue;
      if (classification.unstableSelector) record.unstableSelector = true;
    }
    const duration = (fiber as { actualDuration?: unknown }).actualDuration;
    if (typeof duration === 'number') record.duration = duration;
    records.push(record);
  });
  return records;
}

/**
 * Start reporting commits. Returns bippy's unsubscribe. Call before react-dom loads (see the
 * module comment).
 */
export function installRenderProbe(emit: Emit, options: RenderProbeOptions = {}): () => void {
  const totals = new Map<string, number>();
  const maxComponents = options.maxComponents ?? 50;
  return instrument({
    name: 'statelab-visualizer',
    ...(options.target ? { target: options.target } : {}),
    onCommitFiberRoot(_rendererID, root) {
      guard(() => {
        const records = collectCommitRenders(root);
        if (records.length === 0) return;
        const meta = summarizeCommit(records, totals, maxComponents);
        const rootDuration = (root.current as { actualDuration?: unknown }).actualDuration;
        emit({
          source: 'render',
          kind: 'render:commit',
          label: commitLabel(meta),
          duration: typeof rootDuration === 'number' && Number.isFinite(rootDuration) ? rootDuration : undefined,
          meta,
        });
      });
    },
  });
}
