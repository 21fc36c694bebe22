import { createAsyncThunk, createEntityAdapter, createSelector, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { API_BASE_URL, TASK_STATUSES, type ErrorBody, type ListResponse, type Task, type TaskStatus } from '@/mocks/browser';

export type StatusFilter = 'all' | TaskStatus;
export const STATUS_FILTER_KEY = 'statelab:tasks:statusFilter';

function isStatusFilter(value: string | null): value is StatusFilter {
  return value === 'all' || TASK_STATUSES.some((status) => status === value);
}

/** The filter chosen last time (the listener middleware saves it), or 'all'. */
function savedStatusFilter(): StatusFilter {
  try {
    const saved = localStorage.getItem(STATUS_FILTER_KEY);
    return isStatusFilter(saved) ? saved : 'all';
  } catch {
    // No storage here (blocked by the browser, or not a browser at all): start unfiltered.
    return 'all';
  }
}

export const fetchTasks = createAsyncThunk('tasks/fetch', async (projectId: string) => {
  const response = await fetch(`${API_BASE_URL}/tasks?projectId=${projectId}&sort=title&limit=100`);
  if (!response.ok) throw new Error(`Could not load the tasks (${response.status})`);
  return ((await response.json()) as ListResponse<Task>).items;
});

export const saveTaskStatus = createAsyncThunk<Task, { task: Task; status: TaskStatus }, { rejectValue: string }>(
  'tasks/saveStatus',
  async ({ task, status }, { rejectWithValue }) => {
    const response = await fetch(`${API_BASE_URL}/tasks/${task.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: task.version, status }),
    });
    if (!response.ok) return rejectWithValue(((await response.json()) as ErrorBody).message);
    return (await response.json()) as Task;
  },
);

const tasksAdapter = createEntityAdapter<Task>();
const { selectAll, selectById } = tasksAdapter.getSelectors();

export const tasksSlice = createSlice({
  name: 'tasks',
  // A function: read once per store, when the store is created.
  initialState: () => tasksAdapter.getInitialState({ statusFilter: savedStatusFilter() }),
  reducers: {
    statusFilterChanged(state, action: PayloadAction<StatusFilter>) {
      state.statusFilter = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchTasks.fulfilled, (state, action) => {
        tasksAdapter.setAll(state, action.payload);
      })
      .addCase(saveTaskStatus.fulfilled, (state, action) => {
        tasksAdapter.setOne(state, action.payload);
      });
  },
  selectors: {
    selectTaskById: selectById,
    selectStatusFilter: (state) => state.statusFilter,
    selectVisibleTasks: createSelector([selectAll, (state) => state.statusFilter], (tasks, filter) =>
      filter === 'all' ? tasks : tasks.filter((task) => task.status === filter),
    ),
  },
});

export const { statusFilterChanged } = tasksSlice.actions;
export const { selectTaskById, selectStatusFilter, selectVisibleTasks } = tasksSlice.selectors;
