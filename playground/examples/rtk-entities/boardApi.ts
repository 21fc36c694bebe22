import { createEntityAdapter, createSelector, type EntityState } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { shallowEqual } from 'react-redux';
import { API_BASE_URL, type ListResponse, type Project, type Task, type TaskStatus } from '@/mocks/browser';

/**
 * The board as the app keeps it: projects and tasks normalized, `{ ids, entities }` each.
 * The API sends flat lists that point at each other by id; the adapters turn them into
 * lookup tables once, when the answer arrives, and RTK Query caches the result.
 */
export interface Board {
  projects: EntityState<Project, string>;
  tasks: EntityState<Task, string>;
}

export const projectsAdapter = createEntityAdapter<Project>();
export const tasksAdapter = createEntityAdapter<Task>({
  sortComparer: (a, b) => a.title.localeCompare(b.title),
});

export const boardApi = createApi({
  reducerPath: 'boardApi',
  baseQuery: fetchBaseQuery({ baseUrl: API_BASE_URL }),
  endpoints: (build) => ({
    /** The first four projects and all their tasks: two requests, one normalized board. */
    getBoard: build.query<Board, void>({
      async queryFn(_arg, _api, _extraOptions, baseQuery) {
        const projects = await baseQuery({ url: '/projects', params: { limit: 4, sort: 'name' } });
        if (projects.error) return { error: projects.error };
        const projectItems = (projects.data as ListResponse<Project>).items;
        const projectIds = projectItems.map((project) => project.id).join(',');
        const tasks = await baseQuery({ url: '/tasks', params: { projectId: projectIds, limit: 100 } });
        if (tasks.error) return { error: tasks.error };
        return {
          data: {
            projects: projectsAdapter.setAll(projectsAdapter.getInitialState(), projectItems),
            tasks: tasksAdapter.setAll(tasksAdapter.getInitialState(), (tasks.data as ListResponse<Task>).items),
          },
        };
      },
    }),

    /** Saves a new status. The API wants the version the change is based on, and answers with the saved task. */
    updateTaskStatus: build.mutation<Task, { task: Task; status: TaskStatus }>({
      query: ({ task, status }) => ({ url: `/tasks/${task.id}`, method: 'PATCH', body: { version: task.version, status } }),
      // No refetch: the answer is the saved task. One entity is replaced; `ids` and every
      // other task keep their references, so only that task's row renders again.
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        try {
          const { data: saved } = await queryFulfilled;
          dispatch(boardApi.util.updateQueryData('getBoard', undefined, (board) => void tasksAdapter.setOne(board.tasks, saved)));
        } catch {
          // Refused (a conflict, a 500, offline): the board keeps the task as it was.
        }
      },
    }),
  }),
});

export const { useGetBoardQuery, useUpdateTaskStatusMutation } = boardApi;

/** The `fixedCacheKey` of a task's status save: its state is shared by whoever shows that task. */
export const saveKey = (taskId: string) => `save-status-${taskId}`;

// Selectors over the board's tables, for `selectFromResult`.
const EMPTY_TASKS = tasksAdapter.getInitialState();
const { selectAll: selectAllTasks } = tasksAdapter.getSelectors();
const byProject = (_tasks: EntityState<Task, string>, projectId: string) => projectId;

/**
 * A project's task ids. Recomputed whenever any task changes (`selectAll` is then a new
 * array), but `resultEqualityCheck` hands back the previous ids while they are the same, so
 * the list doesn't re-render for a status change.
 */
export const selectTaskIdsByProject = createSelector(
  [selectAllTasks, byProject],
  (tasks, projectId) => tasks.filter((task) => task.projectId === projectId).map((task) => task.id),
  { memoizeOptions: { resultEqualityCheck: shallowEqual } },
);

/** `{ done, total }` for a project: a new object after every task change. */
export const selectProjectProgress = createSelector([selectAllTasks, byProject], (tasks, projectId) => {
  const ofProject = tasks.filter((task) => task.projectId === projectId);
  return { done: ofProject.filter((task) => task.status === 'done').length, total: ofProject.length };
});

/** The board's tasks, or an empty table while it loads. */
export const tasksOf = (board: Board | undefined) => board?.tasks ?? EMPTY_TASKS;
