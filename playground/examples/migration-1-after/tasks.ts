import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import { castDraft } from 'immer';
import type { Task } from '@/mocks/browser';
import { fetchProjectTasks, patchTaskStatus } from './api';

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

export const fetchTasks = createAsyncThunk('tasks/fetch', (projectId: string) => fetchProjectTasks(projectId));

export const markTaskDone = createAsyncThunk('tasks/markDone', (task: Task) => patchTaskStatus(task, 'done'));

export const tasksSlice = createSlice({
  name: 'tasks',
  initialState,
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(fetchTasks.pending, (state, action) => {
        if (action.meta.arg !== state.projectId) state.items = [];
        state.projectId = action.meta.arg;
        state.loading = true;
        state.error = null;
      })
      .addCase(fetchTasks.fulfilled, (state, action) => {
        // An answer for a project that is no longer shown.
        if (action.meta.arg !== state.projectId) return;
        // The API types mark a task's labels readonly; Immer's draft wants them writable.
        state.items = castDraft(action.payload);
        state.loading = false;
      })
      .addCase(fetchTasks.rejected, (state, action) => {
        if (action.meta.arg !== state.projectId) return;
        state.loading = false;
        state.error = action.error.message ?? 'Could not load the tasks';
      })
      .addCase(markTaskDone.pending, (state, action) => {
        state.savingIds.push(action.meta.arg.id);
        state.saveError = null;
      })
      .addCase(markTaskDone.fulfilled, (state, action) => {
        const index = state.items.findIndex((task) => task.id === action.payload.id);
        if (index !== -1) state.items[index] = castDraft(action.payload);
        state.savingIds = state.savingIds.filter((id) => id !== action.payload.id);
      })
      .addCase(markTaskDone.rejected, (state, action) => {
        state.savingIds = state.savingIds.filter((id) => id !== action.meta.arg.id);
        state.saveError = action.error.message ?? 'Could not save the task';
      });
  },
});
