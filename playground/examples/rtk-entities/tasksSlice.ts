import { createAsyncThunk, createEntityAdapter, createSelector, createSlice, type EntityState } from '@reduxjs/toolkit';
import { shallowEqual } from 'react-redux';
import { API_BASE_URL, type ErrorBody, type Task, type TaskStatus } from '@/mocks/browser';
import { fetchBoard } from './projectsSlice';

/** Saves a new status. The API wants the version the change is based on, and answers with the saved task. */
export const saveTaskStatus = createAsyncThunk<Task, { task: Task; status: TaskStatus }, { rejectValue: string }>(
  'tasks/saveStatus',
  async ({ task, status }, { rejectWithValue }) => {
    const response = await fetch(`${API_BASE_URL}/tasks/${task.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: task.version, status }),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as ErrorBody | null;
      return rejectWithValue(body?.message ?? `PATCH answered ${response.status}`);
    }
    return (await response.json()) as Task;
  },
);

const tasksAdapter = createEntityAdapter<Task>({
  sortComparer: (a, b) => a.title.localeCompare(b.title),
});
const { selectAll, selectById } = tasksAdapter.getSelectors();

type TasksState = EntityState<Task, string> & { saveError: string | null };

export const tasksSlice = createSlice({
  name: 'tasks',
  initialState: tasksAdapter.getInitialState({ saveError: null as string | null }),
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(fetchBoard.fulfilled, (state, action) => {
        tasksAdapter.setAll(state, action.payload.tasks);
      })
      .addCase(saveTaskStatus.fulfilled, (state, action) => {
        // One entity is replaced; `ids` and every other task keep their references.
        tasksAdapter.setOne(state, action.payload);
        state.saveError = null;
      })
      .addCase(saveTaskStatus.rejected, (state, action) => {
        state.saveError = action.payload ?? action.error.message ?? 'Could not save the task';
      });
  },
  selectors: {
    selectTaskById: selectById,
    selectSaveError: (state) => state.saveError,
    // Recomputed whenever any task changes (`selectAll` is then a new array), but
    // `resultEqualityCheck` hands back the previous ids while they are the same, so the
    // list doesn't re-render for a status change.
    selectTaskIdsByProject: createSelector(
      [selectAll, (_state: TasksState, projectId: string) => projectId],
      (tasks, projectId) => tasks.filter((task) => task.projectId === projectId).map((task) => task.id),
      { memoizeOptions: { resultEqualityCheck: shallowEqual } },
    ),
    selectProjectProgress: createSelector(
      [selectAll, (_state: TasksState, projectId: string) => projectId],
      (tasks, projectId) => {
        const ofProject = tasks.filter((task) => task.projectId === projectId);
        return { done: ofProject.filter((task) => task.status === 'done').length, total: ofProject.length };
      },
    ),
  },
});

export const { selectTaskById, selectSaveError, selectTaskIdsByProject, selectProjectProgress } = tasksSlice.selectors;
