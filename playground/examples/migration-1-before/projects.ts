import type { Project } from '@/mocks/browser';
import { fetchProjects } from './api';
import type { AppThunk } from './store';
import { openProject } from './ui';

export const FETCH_PROJECTS_REQUEST = 'projects/FETCH_PROJECTS_REQUEST';
export const FETCH_PROJECTS_SUCCESS = 'projects/FETCH_PROJECTS_SUCCESS';
export const FETCH_PROJECTS_FAILURE = 'projects/FETCH_PROJECTS_FAILURE';

export type ProjectsAction =
  | { type: typeof FETCH_PROJECTS_REQUEST }
  | { type: typeof FETCH_PROJECTS_SUCCESS; projects: Project[] }
  | { type: typeof FETCH_PROJECTS_FAILURE; error: string };

export interface ProjectsState {
  items: Project[];
  loading: boolean;
  loaded: boolean;
  error: string | null;
}

const initialState: ProjectsState = { items: [], loading: false, loaded: false, error: null };

export function projectsReducer(state: ProjectsState = initialState, action: ProjectsAction): ProjectsState {
  switch (action.type) {
    case FETCH_PROJECTS_REQUEST:
      return { ...state, loading: true, error: null };
    case FETCH_PROJECTS_SUCCESS:
      return { ...state, loading: false, loaded: true, items: action.projects };
    case FETCH_PROJECTS_FAILURE:
      return { ...state, loading: false, error: action.error };
    default:
      return state;
  }
}

/** Loads the projects once, then opens the first one unless one is open already. */
export function loadProjects(): AppThunk {
  return async (dispatch, getState) => {
    const { loading, loaded } = getState().projects;
    if (loading || loaded) return;
    dispatch({ type: FETCH_PROJECTS_REQUEST });
    let projects: Project[];
    try {
      projects = await fetchProjects();
    } catch (error) {
      dispatch({ type: FETCH_PROJECTS_FAILURE, error: (error as Error).message });
      return;
    }
    dispatch({ type: FETCH_PROJECTS_SUCCESS, projects });
    const first = projects[0];
    if (first && getState().ui.selectedProjectId === null) await dispatch(openProject(first.id));
  };
}
