import { filterByStatus } from './filters';
import type { RootState } from './store';

export const selectSelectedProject = (state: RootState) =>
  state.projects.items.find((project) => project.id === state.ui.selectedProjectId);

export const selectVisibleTasks = (state: RootState) => filterByStatus(state.tasks.items, state.ui.statusFilter);
