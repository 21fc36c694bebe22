/**
 * The user story of the migration guide, as steps a person does in a preview. "Run the story"
 * on the guide's compare views (src/components/compare/) sends these to both previews through
 * the runtime (`play-story`, playground/protocol/messages.ts); `story.ts` plays the same story
 * in Node against each example's modules.
 */
import type { StoryStep } from '../../protocol/messages.ts';

/** Accessibility Cleanup: first by name, so the app opens it. */
export const FIRST_PROJECT = 'proj_20';
/** Admin Console Revamp: second by name. */
export const SECOND_PROJECT = 'proj_09';
/** A task of the first project that is still to do. */
export const TASK_TO_FINISH = 'Add conflict dialog';

export const STORY = [
  'opens the app',
  'shows only the tasks to do',
  'marks a task done',
  'shows all tasks again',
  'opens the second project',
  'goes back to the first project',
  'opens the second project again',
] as const;

export type StoryStepName = (typeof STORY)[number];

/** Each step of `STORY` as the preview plays it. Opening the app is the run itself: wait for its data. */
export const STORY_STEPS: Record<StoryStepName, StoryStep> = {
  'opens the app': { do: 'wait-for', text: TASK_TO_FINISH },
  'shows only the tasks to do': { do: 'choose', label: 'Status', value: 'todo' },
  'marks a task done': { do: 'press', item: TASK_TO_FINISH, button: 'Mark done' },
  'shows all tasks again': { do: 'choose', label: 'Status', value: 'all' },
  'opens the second project': { do: 'choose', label: 'Project', value: SECOND_PROJECT },
  'goes back to the first project': { do: 'choose', label: 'Project', value: FIRST_PROJECT },
  'opens the second project again': { do: 'choose', label: 'Project', value: SECOND_PROJECT },
};

/** A person's pause between steps: longer than RTK Query's 500 ms subscription sync, as in `story.ts`. */
export const STORY_PAUSE_MS = 600;

/** What "Run the story" counts, for each example, as the visualizer measures it. */
export interface StoryMeasurement {
  requests: number;
  dispatches: number;
  renders: number;
  unnecessaryRenders: number;
}

/**
 * A step's stated numbers for one example, and how far a count may move between runs for a
 * reason the page states. RTK Query syncs its subscriptions into the store on a 500 ms clock, so
 * how many `subscriptionsUpdated` it dispatches depends on how the answers fall against it.
 */
export interface StatedMeasurement extends StoryMeasurement {
  spread?: Partial<StoryMeasurement>;
}
