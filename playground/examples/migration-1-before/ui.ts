import type { StatusFilter } from './filters';
import type { AppThunk } from './store';
import { fetchTasks } from './tasks';

export const PROJECT_SELECTED = 'ui/PROJECT_SELECTED';
export const STATUS_FILTER_CHANGED = 'ui/STATUS_FILTER_CHANGED';

export type UiAction =
  | { type: typeof PROJECT_SELECTED; projectId: string }
  | { type: typeof STATUS_FILTER_CHANGED; statusFilter: StatusFilter };

export interface UiState {
  selectedProjectId: string | null;
  statusFilter: StatusFilter;
}

const initialState: UiState = { selectedProjectId: null, statusFilter: 'all' };

export function uiReducer(state: UiState = initialState, action: UiAction): UiState {
  switch (action.type) {
    case PROJECT_SELECTED:
      return { ...state, selectedProjectId: action.projectId };
    case STATUS_FILTER_CHANGED:
      return { ...state, statusFilter: action.statusFilter };
    default:
      return state;
  }
}

export function setStatusFilter(statusFilter: StatusFilter): UiAction {
  return { type: STATUS_FILTER_CHANGED, statusFilter };
}

/** Shows a project: selects it and loads its tasks. */
export function openProject(projectId: string): AppThunk {
  return async (dispatch) => {
    dispatch({ type: PROJECT_SELECTED, projectId });
    await dispatch(fetchTasks(projectId));
  };
}
