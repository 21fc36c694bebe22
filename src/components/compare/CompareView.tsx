import { useEffect, useRef, useState } from 'react';
import PlaygroundIsland from '../playground/PlaygroundIsland.tsx';
import type { ExampleBundle } from '../playground/exampleFiles.ts';
import { sandboxUrl } from '../playground/sandboxUrl.ts';
import { STORY, STORY_PAUSE_MS, STORY_STEPS } from '../../../playground/examples/migration-measure/storySteps.ts';
import { MEASURES } from './measures.ts';
import { playStoryIn, readMeasurement, whenReady, type StoryMeasurement } from './storyRun.ts';
import '../../styles/breakout.css';
import './compare.css';

export interface CompareSide {
  /** "Before", "After: RTK Query", … */
  label: string;
  bundle: ExampleBundle;
}

type RunState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'running'; done: number } | { kind: 'done' } | { kind: 'error'; message: string };

/** How the editor and the preview sit in a compare view: one column each side, preview on top. */
function compareBundle(bundle: ExampleBundle): ExampleBundle {
  return { ...bundle, meta: { ...bundle.meta, layout: 'stacked', height: Math.min(bundle.meta.height ?? 360, 320) } };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * A migration step's before and after playgrounds side by side (stacked on narrow screens), and
 * "Run the story": the guide's user story played in both previews at once, with what each
 * visualizer counts filled in live. With several "after" sides (step 2's two roads) the reader
 * picks the one to show.
 */
export default function CompareView({ id, before, afters }: { id: string; before: CompareSide; afters: CompareSide[] }) {
  const [afterIndex, setAfterIndex] = useState(0);
  const after = afters[afterIndex]!;
  const sides = [before, after];
  const roots = useRef<(HTMLDivElement | null)[]>([]);
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const [measured, setMeasured] = useState<(StoryMeasurement | null)[]>([null, null]);
  const bundles = useRef(new Map<string, ExampleBundle>());
  const bundleOf = (bundle: ExampleBundle) => {
    if (!bundles.current.has(bundle.id)) bundles.current.set(bundle.id, compareBundle(bundle));
    return bundles.current.get(bundle.id)!;
  };

  const read = () => setMeasured(roots.current.map((root) => (root ? readMeasurement(root) : null)));
  const running = run.kind === 'running' || run.kind === 'loading';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(read, 200);
    return () => clearInterval(timer);
  }, [running]);

  const runStory = async () => {
    const steps = STORY.map((name) => STORY_STEPS[name]);
    const progress = [0, 0];
    try {
      setRun({ kind: 'loading' });
      await Promise.all(roots.current.map((root) => whenReady(root!)));
      setRun({ kind: 'running', done: 0 });
      await Promise.all(
        roots.current.map((root, side) =>
          playStoryIn(root!, new URL(sandboxUrl()).origin, steps, STORY_PAUSE_MS, (done) => {
            progress[side] = done;
            setRun({ kind: 'running', done: Math.min(...progress) });
          }),
        ),
      );
      // The last events reach the visualizers within a batch (50 ms) and are drawn on the next frame.
      await new Promise((resolve) => setTimeout(resolve, 150));
      await nextFrame();
      read();
      setRun({ kind: 'done' });
    } catch (error) {
      read();
      setRun({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const status =
    run.kind === 'loading'
      ? 'Waiting for both playgrounds to load…'
      : run.kind === 'running'
      ? `Playing the story: step ${Math.min(run.done + 1, STORY.length)} of ${STORY.length} (${STORY[Math.min(run.done, STORY.length - 1)]})…`
      : run.kind === 'done'
        ? 'Done: both apps went through the whole story.'
        : run.kind === 'error'
          ? `The story stopped: ${run.message}`
          : 'Plays the story below in both previews at once, from a fresh start.';

  return (
    <div className="compare breakout not-content" data-compare={id} data-compare-status={run.kind}>
      <div className="compare__bar">
        <div className="compare__controls">
          <button type="button" className="compare__run" onClick={runStory} disabled={running} data-compare-run>
            Run the story
          </button>
          {afters.length > 1 && (
            <fieldset className="compare__roads" disabled={running}>
              <legend>After</legend>
              {afters.map((side, index) => (
                <label key={side.bundle.id}>
                  <input
                    type="radio"
                    name={`${id}-after`}
                    checked={index === afterIndex}
                    onChange={() => {
                      setAfterIndex(index);
                      setMeasured([measured[0]!, null]);
                    }}
                    data-compare-road={side.bundle.id}
                  />{' '}
                  {side.label.replace(/^After:\s*/, '')}
                </label>
              ))}
            </fieldset>
          )}
          <p className="compare__status" role="status">
            {status}
          </p>
          <ol className="compare__story" aria-label="The story">
            {STORY.map((name, index) => (
              <li key={name} data-story-step-done={run.kind === 'done' || (run.kind === 'running' && index < run.done) ? '' : undefined}>
                {name}
              </li>
            ))}
          </ol>
        </div>
        <table className="compare__table" data-compare-table>
          <caption>Counted by each playground’s visualizer through the story</caption>
          <thead>
            <tr>
              <th scope="col">Through the story</th>
              {sides.map((side) => (
                <th scope="col" key={side.bundle.id}>
                  {side.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MEASURES.map(({ key, label }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                {sides.map((side, index) => (
                  <td key={side.bundle.id} data-live={`${side.bundle.id}:${key}`}>
                    {measured[index]?.[key] ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="compare__sides">
        {sides.map((side, index) => (
          <div key={side.bundle.id} className="compare__side" data-compare-side={index === 0 ? 'before' : 'after'} ref={(element) => void (roots.current[index] = element)}>
            <h3 className="compare__label">{side.label}</h3>
            <PlaygroundIsland bundle={bundleOf(side.bundle)} fixedDock="below" />
          </div>
        ))}
      </div>
    </div>
  );
}
