import { shallow } from 'zustand/shallow';
import { useWorkspace } from './store';

/**
 * subscribeWithSelector: listen to one derived value from outside React. The listener runs
 * when the selected value changes (here compared with `shallow`), not on every `set`.
 * Returns the unsubscribe function.
 */
export function keepTitleInStep(target: { title: string }) {
  return useWorkspace.subscribe(
    (state) => [state.tasks.filter((task) => task.status !== 'done').length, state.tasks.length] as const,
    ([open, total]) => {
      target.title = `${open} open of ${total} · Tasks`;
    },
    { equalityFn: shallow, fireImmediately: true },
  );
}

/** The share of tasks done, 0–1: what the progress bar draws. */
export const doneShare = (state: { tasks: { status: string }[] }) =>
  state.tasks.length === 0 ? 0 : state.tasks.filter((task) => task.status === 'done').length / state.tasks.length;
