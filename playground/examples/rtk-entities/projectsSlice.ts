import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

/** Client state: which project's tasks are on screen. The projects themselves are server data (boardApi). */
export const projectsSlice = createSlice({
  name: 'projects',
  initialState: { selectedId: null as string | null },
  reducers: {
    projectSelected(state, action: PayloadAction<string>) {
      state.selectedId = action.payload;
    },
  },
  selectors: {
    selectSelectedProjectId: (state) => state.selectedId,
  },
});

export const { projectSelected } = projectsSlice.actions;
export const { selectSelectedProjectId } = projectsSlice.selectors;
