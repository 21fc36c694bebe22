import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EVENT_SOURCES, type EventSource } from '../../../playground/protocol/events.ts';
import type { DiffMessage, BackendStateMessage } from '../../../playground/protocol/messages.ts';
import type { BackendControl } from '../../../playground/mocks/controls.ts';
import { previewFrameOf, SandboxChannel } from './channel.ts';
import EventDetails from './EventDetails.tsx';
import { buildSessionExport, downloadJson, exportFileName } from './exportSession.ts';
import FaultControls from './FaultControls.tsx';
import Metrics from './Metrics.tsx';
import QueryCacheTable from './QueryCacheTable.tsx';
import { RecommendationEngine } from './recommendations/engine.ts';
import RecommendationsPanel, { highlightCss } from './recommendations/RecommendationsPanel.tsx';
import { buildReport, printSummary, reportFileName } from './recommendations/report.ts';
import { scrollTimelineTo } from './recommendations/scrollTimeline.ts';
import type { Finding } from './recommendations/types.ts';
import Timeline from './Timeline.tsx';
import { TimelineStore } from './timelineStore.ts';
import Toolbar from './Toolbar.tsx';
import { useFrameVersion } from './useFrameVersion.ts';
import { useNarrow } from './useNarrow.ts';
import './visualizer.css';

type Tab = 'timeline' | 'details' | 'cache' | 'faults' | 'recommendations';

const TAB_LABELS: Record<Tab, string> = { timeline: 'Timeline', details: 'Details', cache: 'Query cache', faults: 'Faults', recommendations: 'Recommendations' };
const ALL_SOURCES: ReadonlySet<EventSource> = new Set(EVENT_SOURCES);
/** Diffs kept after the reader opened them (the sandbox keeps its own, bounded, store). */
const MAX_DIFFS = 200;
const QUERY_TABLE_POLL_MS = 1000;

/**
 * The visualizer beside a playground: one timeline of what the code in the preview does, the
 * selected event's payload and diff, the live query cache, metrics, and the mock backend's fault
 * controls. Rendered inside the playground's SandpackProvider; its root keeps the height the
 * placeholder reserved (`--playground-visualizer`) and scrolls inside.
 *
 * While the playground is `startingUp` the channel records every event but the panel is not
 * drawn: the preview shares this page's main thread, and the panel's first draws would delay
 * its first paint. The panel then shows everything recorded from the start.
 */
export default function Visualizer({
  playgroundId,
  sandboxOrigin,
  startingUp = false,
  compact = false,
}: {
  playgroundId: string;
  sandboxOrigin: string;
  startingUp?: boolean;
  /** In a narrow column (docked beside the preview): one view at a time, as on narrow screens. */
  compact?: boolean;
}) {
  const idPrefix = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const [store] = useState(() => new TimelineStore());
  const version = useFrameVersion(store);
  const narrow = useNarrow() || compact;
  const channelRef = useRef<SandboxChannel | null>(null);
  const timeOrigin = useRef<number | null>(null);
  const [diffs, setDiffs] = useState<ReadonlyMap<number, DiffMessage>>(() => new Map());
  const [paused, setPaused] = useState(false);
  const pausedRef = useRef(paused);
  const [run, setRun] = useState(0);
  const [backend, setBackend] = useState<BackendStateMessage | null>(null);
  const [tab, setTab] = useState<Tab>('timeline');
  const [sources, setSources] = useState<ReadonlySet<EventSource>>(ALL_SOURCES);
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [advisor] = useState(() => new RecommendationEngine());
  const [shown, setShown] = useState<Finding | undefined>();

  const forget = useCallback(() => {
    store.clear();
    advisor.clear();
    setShown(undefined);
    setDiffs(new Map());
    setSelectedId(null);
  }, [store, advisor]);

  useEffect(() => {
    const channel = new SandboxChannel({
      target: window,
      getFrame: () => previewFrameOf(rootRef.current),
      sandboxOrigin,
      handlers: {
        hello(message) {
          timeOrigin.current = message.timeOrigin;
          forget();
          if (pausedRef.current) channel.send({ type: 'pause' });
        },
        events(message) {
          timeOrigin.current = message.timeOrigin;
          if (pausedRef.current) channel.ackReceived();
          else {
            store.append(message.events, message.timeOrigin);
            advisor.add(message.events);
          }
        },
        dropped(message) {
          store.noteSandboxDropped(message.count);
        },
        diff(message) {
          setDiffs((previous) => {
            const next = new Map(previous).set(message.diffId, message);
            if (next.size > MAX_DIFFS) next.delete(next.keys().next().value!);
            return next;
          });
        },
        backendState(message) {
          setBackend(message);
        },
        queryTable(message) {
          if (!pausedRef.current) store.applyQueryTable(message.rows);
        },
        restart() {
          forget();
          // A re-run starts a fresh mock backend: the fault controls go back to its defaults.
          setRun((r) => r + 1);
        },
      },
    });
    channelRef.current = channel;
    return () => {
      channel.dispose();
      channelRef.current = null;
    };
  }, [sandboxOrigin, store, advisor, forget]);

  // Acknowledge batches once they are drawn: a busy page slows the sandbox down instead of queuing.
  useEffect(() => channelRef.current?.ackReceived(), [version]);

  const narrowTabs: Tab[] = ['timeline', 'details', 'cache', 'faults', 'recommendations'];
  const tabs = narrow ? narrowTabs : narrowTabs.slice(1);
  const panel: Tab = narrow || tab !== 'timeline' ? tab : 'details';

  useEffect(() => {
    if (panel !== 'cache' || paused) return;
    const poll = () => channelRef.current?.send({ type: 'request-query-table' });
    poll();
    const timer = setInterval(poll, QUERY_TABLE_POLL_MS);
    return () => clearInterval(timer);
  }, [panel, paused]);

  // Read again for each frame's worth of events (`version`), and not at all while starting up.
  const entries = useMemo(() => (startingUp ? [] : store.select({ sources, text: search })), [store, version, startingUp, sources, search]);
  const metrics = useMemo(() => (startingUp ? null : store.metricsSnapshot()), [store, version, startingUp]);
  const cacheRows = useMemo(() => (startingUp ? [] : store.cacheRows()), [store, version, startingUp]);
  const findings = useMemo(() => (startingUp ? [] : advisor.findings()), [advisor, version, startingUp]);
  // The shown finding as it is now: its evidence grows as events arrive.
  const shownNow = shown && (findings.find((f) => f.rule === shown.rule && f.key === shown.key) ?? shown);
  const selected = selectedId === null ? undefined : store.get(selectedId);
  const head = selected && !selected.isHead ? store.get(selected.group) : undefined;
  const diff = selected?.event.diffId === undefined ? undefined : diffs.get(selected.event.diffId);

  const togglePause = () => {
    const next = !paused;
    pausedRef.current = next;
    setPaused(next);
    channelRef.current?.send({ type: next ? 'pause' : 'resume' });
  };
  const clear = () => {
    forget();
    channelRef.current?.send({ type: 'clear' });
  };
  const exportSession = () => {
    const now = new Date();
    downloadJson(
      buildSessionExport({
        playground: playgroundId,
        timeOrigin: timeOrigin.current,
        dropped: store.dropped,
        metrics: store.metricsSnapshot(),
        queryCache: store.cacheRows(),
        events: store.events(),
        diffs,
        now,
      }),
      exportFileName(playgroundId, now),
    );
  };
  const requestDiff = useCallback((diffId: number) => {
    channelRef.current?.send({ type: 'request-diff', diffId });
  }, []);
  const open = useCallback((id: number) => {
    setSelectedId(id);
    setTab('details');
  }, []);
  const showFinding = (finding: Finding, eventId = finding.evidence[0]) => {
    setShown(finding);
    if (eventId === undefined) return;
    setSelectedId(eventId);
    if (narrow) setTab('timeline');
    requestAnimationFrame(() => scrollTimelineTo(rootRef.current, entries, eventId, store.dropped > 0));
  };
  const exportReport = () => {
    const now = new Date();
    const report = buildReport({ playground: playgroundId, events: store.received, metrics: store.metricsSnapshot(), findings: advisor.findings(), now });
    downloadJson(report, reportFileName(playgroundId, now));
  };
  const printReport = () =>
    printSummary(buildReport({ playground: playgroundId, events: store.received, metrics: store.metricsSnapshot(), findings: advisor.findings(), now: new Date() }));
  const sendFault = useCallback((control: BackendControl) => channelRef.current?.send({ type: 'faults', faults: control }) ?? false, []);

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = tabs[(tabs.indexOf(panel) + delta + tabs.length) % tabs.length]!;
    setTab(next);
    rootRef.current?.querySelector<HTMLElement>(`[data-visualizer-tab="${next}"]`)?.focus();
  };

  const tabId = (t: Tab) => `${idPrefix}-tab-${t}`;
  const panelId = (t: Tab) => `${idPrefix}-panel-${t}`;
  const showTimeline = !narrow || panel === 'timeline';

  // Starting up (nothing read yet): the same box, drawn once the preview has settled.
  if (!metrics) {
    return (
      <div ref={rootRef} className="visualizer visualizer--starting" data-visualizer={playgroundId} data-events-received={store.received} aria-label="Visualizer" role="region">
        <p className="visualizer__empty">Recording the playground’s start…</p>
      </div>
    );
  }

  return (
    <div
      ref={rootRef}
      className={`visualizer${narrow ? ' visualizer--narrow' : ''}`}
      data-visualizer={playgroundId}
      data-visualizer-paused={paused || undefined}
      data-events-received={store.received}
      aria-label="Visualizer"
      role="region"
    >
      {shownNow && <style>{highlightCss(playgroundId, shownNow.evidence)}</style>}
      <Toolbar
        paused={paused}
        onPause={togglePause}
        onClear={clear}
        onExport={exportSession}
        sources={sources}
        onSources={setSources}
        search={search}
        onSearch={setSearch}
      />
      <Metrics snapshot={metrics} />
      <div className="visualizer__body">
        <div className="visualizer__tabs" role="tablist" aria-label="Visualizer views" onKeyDown={onTabKey}>
          {tabs.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={tabId(t)}
              aria-selected={panel === t}
              aria-controls={panelId(t)}
              tabIndex={panel === t ? 0 : -1}
              onClick={() => setTab(t)}
              data-visualizer-tab={t}
            >
              {TAB_LABELS[t]}
              {t === 'cache' && cacheRows.length > 0 && <span className="visualizer__count">{cacheRows.length}</span>}
              {t === 'recommendations' && findings.length > 0 && <span className="visualizer__count">{findings.length}</span>}
            </button>
          ))}
        </div>
        <section
          className="visualizer__timeline"
          id={panelId('timeline')}
          hidden={!showTimeline}
          {...(narrow ? { role: 'tabpanel', 'aria-labelledby': tabId('timeline') } : { 'aria-label': 'Timeline' })}
        >
          {entries.length === 0 && store.dropped === 0 && (
            <p className="visualizer__empty">
              {store.size === 0 ? 'No events yet. Use the app in the preview: what it does shows up here.' : 'No event matches the filters.'}
            </p>
          )}
          <Timeline store={store} entries={entries} dropped={store.dropped} selectedId={selectedId} idPrefix={idPrefix} onSelect={setSelectedId} onOpen={open} />
        </section>
        {(['details', 'cache', 'faults', 'recommendations'] as const).map((t) => (
          <section
            key={t}
            className="visualizer__panel"
            role="tabpanel"
            id={panelId(t)}
            aria-labelledby={tabId(t)}
            hidden={panel !== t}
            // A tab stop, so the panel scrolls from the keyboard too.
            tabIndex={0}
            data-visualizer-panel={t}
          >
            {t === 'details' && panel === t && (
              <EventDetails entry={selected} head={head} diff={diff} startTime={store.startTime ?? 0} onRequestDiff={requestDiff} onSelect={setSelectedId} />
            )}
            {t === 'cache' && panel === t && <QueryCacheTable rows={cacheRows} />}
            {/* Always mounted: the controls keep their state while another tab is shown. */}
            {t === 'faults' && <FaultControls key={run} onSend={sendFault} backend={backend} />}
            {t === 'recommendations' && panel === t && (
              <RecommendationsPanel findings={findings} metrics={metrics} rules={advisor.ruleCount} shown={shownNow} onShow={showFinding} onExport={exportReport} onPrint={printReport} />
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
