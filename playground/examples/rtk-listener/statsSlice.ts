import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import { API_BASE_URL, type ProjectStats } from '@/mocks/browser';

/** Counts the server derives from all of a project's tasks. */
export const fetchProjectStats = createAsyncThunk('stats/fetch', async (projectId: string) => {
  const response = await fetch(`${API_BASE_URL}/projects/${projectId}/stats`);
  if (!response.ok) throw new Error(`Could not refresh the stats (${response.status})`);
  return (await response.json()) as ProjectStats;
});

export const statsSlice = createSlice({
  name: 'stats',
  initialState: { byProject: {} as Record<string, ProjectStats>, error: null as string | null },
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(fetchProjectStats.fulfilled, (state, action) => {
        state.byProject[action.payload.projectId] = action.payload;
        state.error = null;
      })
      .addCase(fetchProjectStats.rejected, (state, action) => {
        // Keep the last stats on screen, marked as out of date.
        state.error = action.error.message ?? 'Could not refresh the stats';
      });
  },
  selectors: {
    selectProjectStats: (state, projectId: string) => state.byProject[projectId],
    selectStatsError: (state) => state.error,
  },
});

export const { selectProjectStats, selectStatsError } = statsSlice.selectors;
