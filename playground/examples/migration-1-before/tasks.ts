import type { Task } from '@/mocks/browser';
import { fetchProjectTasks, patchTaskStatus } from './api';
import type { AppThunk } from './store';

export const FETCH_TASKS_REQUEST = 'tasks/FETCH_TASKS_REQUEST';
export const FETCH_TASKS_SUCCESS = 'tasks/FETCH_TASKS_SUCCESS';
export const FETCH_TASKS_FAILURE = 'tasks/FETCH_TASKS_FAILURE';
export const MARK_DONE_REQUEST = 'tasks/MARK_DONE_REQUEST';
export const MARK_DONE_SUCCESS = 'tasks/MARK_DONE_SUCCESS';
export const MARK_DONE_FAILURE = 'tasks/MARK_DONE_FAILURE';

export type TasksAction =
  | { type: typeof FETCH_TASKS_REQUEST; projectId: string }
  | { type: typeof FETCH_TASKS_SUCCESS; projectId: string; tasks: Task[] }
  | { type: typeof FETCH_TASKS_FAILURE; projectId: string; error: string }
  | { type: typeof MARK_DONE_REQUEST; taskId: string }
  | { type: typeof MARK_DONE_SUCCESS; task: Task }
  | { type: typeof MARK_DONE_FAILURE; taskId: string; error: string };

export interface TasksState {
  /** The project whose tasks `items` holds: one project at a time. */
  projectId: string | null;
  items: Task[];
  loading: boolean;
  error: string | null;
  savingIds: string[];
  saveError: string | null;
}

const initialState: TasksState = { projectId: null, items: [], loading: false, error: null, savingIds: [], saveError: null };

export function tasksReducer(state: TasksState = initialState, action: TasksAction): TasksState {
  switch (action.type) {
    case FETCH_TASKS_REQUEST:
      return {
        ...state,
        projectId: action.projectId,
        items: action.projectId === state.projectId ? state.items : [],
        loading: true,
        error: null,
      };
    case FETCH_TASKS_SUCCESS:
      // An answer for a project that is no longer shown.
      if (action.projectId !== state.projectId) return state;
      return { ...state, items: action.tasks, loading: false };
    case FETCH_TASKS_FAILURE:
      if (action.projectId !== state.projectId) return state;
      return { ...state, loading: false, error: action.error };
    case MARK_DONE_REQUEST:
      return { ...state, savingIds: [...state.savingIds, action.taskId], saveError: null };
    case MARK_DONE_SUCCESS:
      return {
        ...state,
        items: state.items.map((task) => (task.id === action.task.id ? action.task : task)),
        savingIds: state.savingIds.filter((id) => id !== action.task.id),
      };
    case MARK_DONE_FAILURE:
      return { ...state, savingIds: state.savingIds.filter((id) => id !== action.taskId), saveError: action.error };
    default:
      return state;
  }
}

export function fetchTasks(projectId: string): AppThunk {
  return async (dispatch) => {
    dispatch({ type: FETCH_TASKS_REQUEST, projectId });
    try {
      const tasks = await fetchProjectTasks(projectId);
      dispatch({ type: FETCH_TASKS_SUCCESS, projectId, tasks });
    } catch (error) {
      dispatch({ type: FETCH_TASKS_FAILURE, projectId, error: (error as Error).message });
    }
  };
}

export function markTaskDone(task: Task): AppThunk {
  return async (dispatch) => {
    dispatch({ type: MARK_DONE_REQUEST, taskId: task.id });
    try {
      const saved = await patchTaskStatus(task, 'done');
      dispatch({ type: MARK_DONE_SUCCESS, task: saved });
    } catch (error) {
      dispatch({ type: MARK_DONE_FAILURE, taskId: task.id, error: (error as Error).message });
    }
  };
}
