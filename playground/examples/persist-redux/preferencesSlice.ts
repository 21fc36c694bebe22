import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { defaultPreferences, type Preferences, type StatusFilter } from './preferences';

/** Not persisted: how persistence itself is going, for the notices. */
export const persistenceSlice = createSlice({
  name: 'persistence',
  initialState: {
    /** Shown once after start-up: an upgrade, or saved data that could not be used. */
    notice: null as { kind: 'info' | 'warning'; text: string } | null,
    saveProblem: null as string | null,
    canSave: true,
  },
  reducers: {
    loaded(_state, _action: PayloadAction<Preferences>) {},
    migrated(state, action: PayloadAction<{ preferences: Preferences; from: number; to: number }>) {
      state.notice = { kind: 'info', text: `Your saved preferences were upgraded from v${action.payload.from} to v${action.payload.to}.` };
    },
    recovered(state, action: PayloadAction<{ problem: string; backupKey: string | null }>) {
      const { problem, backupKey } = action.payload;
      state.notice = {
        kind: 'warning',
        text: backupKey
          ? `Your saved preferences could not be loaded: ${problem}. They are kept in "${backupKey}"; you start from the defaults.`
          : `Your saved preferences could not be loaded: ${problem}, and could not be backed up, so this tab will not save over them.`,
      };
      // Saving over a value we could not back up would lose it: this tab keeps its changes in memory.
      if (!backupKey) state.canSave = false;
    },
    storageUnavailable(state) {
      state.canSave = false;
      state.saveProblem = 'storage is unavailable here (private browsing, or storage blocked): changes last until the tab closes';
    },
    saveFailed(state, action: PayloadAction<string>) {
      state.saveProblem = action.payload;
    },
    saved(state) {
      state.saveProblem = null;
    },
    noticeDismissed(state) {
      state.notice = null;
    },
  },
});

export const { loaded, migrated, recovered, storageUnavailable, saveFailed, saved, noticeDismissed } = persistenceSlice.actions;

/** Persisted: what the reader chose. */
export const preferencesSlice = createSlice({
  name: 'preferences',
  initialState: defaultPreferences,
  reducers: {
    statusFilterChanged(state, action: PayloadAction<StatusFilter>) {
      state.statusFilter = action.payload;
    },
    sortToggled(state, action: PayloadAction<'dueDate' | 'title'>) {
      if (state.sort.field === action.payload) state.sort.direction = state.sort.direction === 'asc' ? 'desc' : 'asc';
      else state.sort = { field: action.payload, direction: 'asc' };
    },
    pinToggled(state, action: PayloadAction<string>) {
      const at = state.pinnedProjectIds.indexOf(action.payload);
      if (at === -1) state.pinnedProjectIds.push(action.payload);
      else state.pinnedProjectIds.splice(at, 1);
    },
  },
  extraReducers: (builder) =>
    builder
      .addCase(loaded, (_state, action) => action.payload)
      .addCase(migrated, (_state, action) => action.payload.preferences),
});

export const { statusFilterChanged, sortToggled, pinToggled } = preferencesSlice.actions;
