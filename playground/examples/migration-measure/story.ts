import { expect } from 'vitest';
import { startMockBackend } from '@/mocks/node';
import type { StatusFilter } from '../migration-1-before/filters';
import { dispatched } from './countDispatches';
import { linesOfCode } from './linesOfCode';
import { FIRST_PROJECT, SECOND_PROJECT, STORY, TASK_TO_FINISH } from './storySteps';

export { FIRST_PROJECT, SECOND_PROJECT, STORY, TASK_TO_FINISH };

/** What the task list shows: nothing (no project yet), "Loading tasks…", an error, or the rows. */
export type ListView = 'nothing' | 'loading' | { error: string } | { project: string; rows: string[] };

/** One variant of the app, driven the way its components would drive it. */
export interface TaskScreen {
  /** The app mounts. */
  mount(): void;
  /** The user picks a project. */
  openProject(projectId: string): void;
  /** The user picks a status in the filter. */
  chooseStatus(filter: StatusFilter): void;
  /** The user clicks "Mark done" on the visible row with this title. */
  markDone(title: string): void;
  /** Renders the task list: hooks update their subscriptions, then this says what the list shows. */
  list(): ListView;
  /** Calls `listener` whenever the state the list reads from changes. */
  subscribe(listener: () => void): () => void;
  /** Resolves once nothing the app started is still running. */
  settled(): Promise<void>;
  unmount(): void;
}

export interface StoryResult {
  /** `METHOD /path?query` of every request the backend saw. */
  requests: string[];
  /** Action types that reached a Redux reducer (none without a Redux store). */
  dispatches: string[];
  /** How many times the task list went to "Loading tasks…". */
  loadingScreens: number;
  /** What the list showed at the end of each step. */
  views: Record<string, ListView>;
}

/**
 * The user story each variant goes through, against a fresh mock backend whose answers
 * take 30 ms (long enough for every loading state to be seen).
 */
export async function runStory(createScreen: () => TaskScreen): Promise<StoryResult> {
  const backend = startMockBackend({ faults: { latency: 30 } });
  const requests: string[] = [];
  backend.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}${url.search}`);
  });
  const firstDispatch = dispatched.length;

  const screen = createScreen();
  let loadingScreens = 0;
  let wasLoading = false;
  const look = () => {
    const loading = screen.list() === 'loading';
    if (loading && !wasLoading) loadingScreens++;
    wasLoading = loading;
  };
  // As React does, look at the screen once the dispatch or the cache update is over, not in the middle of it.
  const unsubscribe = screen.subscribe(() => queueMicrotask(look));

  const views: Record<string, ListView> = {};
  const actions: Record<(typeof STORY)[number], () => void> = {
    'opens the app': () => screen.mount(),
    'shows only the tasks to do': () => screen.chooseStatus('todo'),
    'marks a task done': () => screen.markDone(TASK_TO_FINISH),
    'shows all tasks again': () => screen.chooseStatus('all'),
    'opens the second project': () => screen.openProject(SECOND_PROJECT),
    'goes back to the first project': () => screen.openProject(FIRST_PROJECT),
    'opens the second project again': () => screen.openProject(SECOND_PROJECT),
  };
  try {
    for (const step of STORY) {
      actions[step]();
      look();
      await screen.settled();
      look();
      views[step] = screen.list();
    }
    return { requests: [...requests], dispatches: dispatched.slice(firstDispatch), loadingScreens, views };
  } finally {
    unsubscribe();
    screen.unmount();
    backend.stop();
  }
}

/** Waits until `busy()` has said false three times in a row, 15 ms apart (batched notifications included). */
export async function quiet(busy: () => boolean): Promise<void> {
  for (let calm = 0; calm < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 15));
    calm = busy() ? 0 : calm + 1;
  }
}

/** The rows of a task list, as the reader sees them. */
export function rows(tasks: readonly { title: string; status: string }[]): string[] {
  return tasks.map((task) => `${task.title} · ${task.status}`);
}

/** Fails unless the story happened as written: the right project, the filter applied, the task saved and still done on return. */
export function expectTheStoryHappened({ views }: StoryResult): void {
  const first = { project: 'Accessibility Cleanup' };
  expect(views['opens the app']).toMatchObject({ ...first, rows: expect.arrayContaining([`${TASK_TO_FINISH} · todo`]) });
  expect((views['opens the app'] as { rows: string[] }).rows).toHaveLength(23);
  const todo = (views['shows only the tasks to do'] as { rows: string[] }).rows;
  expect(todo).toContain(`${TASK_TO_FINISH} · todo`);
  expect(todo.every((row) => row.endsWith(' · todo'))).toBe(true);
  expect(views['marks a task done']).toEqual({ ...first, rows: todo.filter((row) => row !== `${TASK_TO_FINISH} · todo`) });
  expect(views['shows all tasks again']).toMatchObject({ ...first, rows: expect.arrayContaining([`${TASK_TO_FINISH} · done`]) });
  expect(views['opens the second project']).toMatchObject({ project: 'Admin Console Revamp' });
  expect(views['goes back to the first project']).toEqual(views['shows all tasks again']);
  expect(views['opens the second project again']).toEqual(views['opens the second project']);
}

export interface Comparison {
  before: StoryResult & { linesOfCode: number };
  after: StoryResult & { linesOfCode: number };
}

/** Runs the story against both examples of a pair, and prints what changed. */
export async function compare(
  title: string,
  before: { example: string; screen: () => TaskScreen },
  after: { example: string; screen: () => TaskScreen },
): Promise<Comparison> {
  const result: Comparison = {
    before: { ...(await runStory(before.screen)), linesOfCode: linesOfCode(before.example).total },
    after: { ...(await runStory(after.screen)), linesOfCode: linesOfCode(after.example).total },
  };
  const row = (label: string, pick: (r: Comparison['before']) => number) => `  ${label.padEnd(16)} ${pick(result.before)} → ${pick(result.after)}`;
  console.log(
    [
      `${title} (${before.example} → ${after.example})`,
      row('requests', (r) => r.requests.length),
      row('dispatches', (r) => r.dispatches.length),
      row('loading screens', (r) => r.loadingScreens),
      row('lines of code', (r) => r.linesOfCode),
      `  requests after: ${result.after.requests.join(' | ')}`,
      `  actions after: ${result.after.dispatches.join(', ') || '(no Redux store)'}`,
    ].join('\n'),
  );
  return result;
}
