import { createAsyncThunk, createEntityAdapter, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { API_BASE_URL, type ListResponse, type Project, type Task } from '@/mocks/browser';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API_BASE_URL}${path}`);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json() as Promise<T>;
}

/** The first four projects and all their tasks, as the API sends them: flat lists that point at each other by id. */
export const fetchBoard = createAsyncThunk('board/fetch', async () => {
  const projects = await getJson<ListResponse<Project>>('/projects?limit=4&sort=name');
  const projectIds = projects.items.map((project) => project.id).join(',');
  const tasks = await getJson<ListResponse<Task>>(`/tasks?projectId=${projectIds}&limit=100`);
  return { projects: projects.items, tasks: tasks.items };
});

const projectsAdapter = createEntityAdapter<Project>();

export const projectsSlice = createSlice({
  name: 'projects',
  initialState: projectsAdapter.getInitialState({
    loading: 'idle' as 'idle' | 'pending' | 'succeeded' | 'failed',
    selectedId: null as string | null,
  }),
  reducers: {
    projectSelected(state, action: PayloadAction<string>) {
      state.selectedId = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchBoard.pending, (state) => {
        state.loading = 'pending';
      })
      .addCase(fetchBoard.fulfilled, (state, action) => {
        state.loading = 'succeeded';
        projectsAdapter.setAll(state, action.payload.projects);
        state.selectedId ??= action.payload.projects[0]?.id ?? null;
      })
      .addCase(fetchBoard.rejected, (state) => {
        state.loading = 'failed';
      });
  },
  selectors: {
    ...projectsAdapter.getSelectors(),
    selectSelectedProjectId: (state) => state.selectedId,
    selectBoardLoading: (state) => state.loading,
  },
});

export const { projectSelected } = projectsSlice.actions;
export const { selectIds: selectProjectIds, selectById: selectProjectById, selectSelectedProjectId, selectBoardLoading } =
  projectsSlice.selectors;
