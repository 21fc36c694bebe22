import { applyMiddleware, combineReducers, legacy_createStore, type Middleware, type Store } from 'redux';
import { projectsReducer, type ProjectsAction } from './projects';
import { tasksReducer, type TasksAction } from './tasks';
import { uiReducer, type UiAction } from './ui';

export type AppAction = ProjectsAction | TasksAction | UiAction;

const rootReducer = combineReducers({ projects: projectsReducer, tasks: tasksReducer, ui: uiReducer });

export type RootState = ReturnType<typeof rootReducer>;

/** A function dispatched instead of an action: it gets `dispatch` and `getState`. */
export type AppThunk<R = Promise<void>> = (dispatch: AppDispatch, getState: () => RootState) => R;

export interface AppDispatch {
  <R>(thunk: AppThunk<R>): R;
  <A extends AppAction>(action: A): A;
}

export type AppStore = Omit<Store<RootState, AppAction>, 'dispatch'> & { dispatch: AppDispatch };

// What redux-thunk does: functions are called with dispatch and getState, actions go on to the reducers.
const thunk: Middleware<<R>(thunk: AppThunk<R>) => R, RootState> = ({ dispatch, getState }) => (next) => (action) =>
  typeof action === 'function' ? (action as AppThunk<unknown>)(dispatch as AppDispatch, getState) : next(action);

export function makeStore(): AppStore {
  return legacy_createStore(rootReducer, undefined, applyMiddleware(thunk));
}
