import { atom } from 'jotai';
import { atomWithRefresh, unwrap } from 'jotai/utils';
import { atomFamily } from 'jotai-family';
import type { Comment, ListResponse, ProjectStats, Task } from '@/mocks/browser';
import { requestJson } from './api';

export const PROJECT_ID = 'proj_09';

/**
 * The project's open tasks, most urgent first. Reading it suspends the component until the
 * answer is in; a failed request rejects, and the nearest error boundary shows it.
 * `atomWithRefresh`: setting it with no argument fetches again (the boundary's "Try again").
 */
export const openTasksAtom = atomWithRefresh((_get, { signal }) =>
  requestJson<ListResponse<Task>>(`/tasks?projectId=${PROJECT_ID}&status=todo,in_progress,in_review&sort=-priority`, {
    signal,
  }).then((page) => page.items),
);
openTasksAtom.debugLabel = 'openTasks';

export const selectedTaskIdAtom = atom<string | null>(null);
selectedTaskIdAtom.debugLabel = 'selectedTaskId';

/**
 * One atom per task id, created on first use: the same id always gives back the same atom,
 * so a task opened twice is fetched once, and each task's comments load and fail on their own.
 */
export const commentsAtom = atomFamily((taskId: string) => {
  const taskCommentsAtom = atomWithRefresh((_get, { signal }) =>
    requestJson<ListResponse<Comment>>(`/comments?taskId=${taskId}&sort=createdAt`, { signal }).then((page) => page.items),
  );
  taskCommentsAtom.debugLabel = `comments(${taskId})`;
  return taskCommentsAtom;
});

// The progress line is a nice-to-have: it must not suspend the page, nor replace it with an
// error. `unwrap` gives undefined while the request is pending (and the last value during a
// refetch); a derived atom catches the error the unwrapped atom throws once it has failed.
const statsRequestAtom = atomWithRefresh((_get, { signal }) =>
  requestJson<ProjectStats>(`/projects/${PROJECT_ID}/stats`, { signal }),
);
statsRequestAtom.debugLabel = 'statsRequest';
const statsAtom = unwrap(statsRequestAtom, (previous) => previous);
statsAtom.debugLabel = 'stats';

export const progressAtom = atom((get) => {
  try {
    const stats = get(statsAtom);
    if (!stats) return { text: 'Loading progress…', failed: false };
    return {
      text: `${stats.byStatus.done} of ${stats.taskCount} tasks done · ${stats.overdue} overdue`,
      failed: false,
    };
  } catch (error) {
    return { text: `Progress unavailable: ${(error as Error).message}`, failed: true };
  }
});
progressAtom.debugLabel = 'progress';

/** Fetches the progress again (the stats atom keeps showing the last numbers meanwhile). */
export const refreshProgressAtom = atom(null, (_get, set) => set(statsRequestAtom));
