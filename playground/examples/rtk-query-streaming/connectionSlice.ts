import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/** Whether pushes are reaching the cache, for the indicator above the list. */
export const connectionSlice = createSlice({
  name: 'connection',
  initialState: { status: 'connecting' as LiveStatus },
  reducers: {
    liveStatusChanged(state, action: PayloadAction<LiveStatus>) {
      state.status = action.payload;
    },
  },
  selectors: {
    selectLiveStatus: (state) => state.status,
  },
});

export const { liveStatusChanged } = connectionSlice.actions;
export const { selectLiveStatus } = connectionSlice.selectors;
