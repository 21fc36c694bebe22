import { createContext, use, useEffect, useReducer, type Dispatch, type ReactNode } from 'react';
import { fetchTasks, initialTasks, tasksReducer, type TasksAction, type TasksState } from './reducer';

// Two contexts: the state, which changes, and `dispatch`, which React keeps the same for
// the provider's whole life. A component that only dispatches reads the second one and
// never renders because a task changed.
const TasksStateContext = createContext<TasksState | null>(null);
const TasksDispatchContext = createContext<Dispatch<TasksAction> | null>(null);

export function TasksProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(tasksReducer, initialTasks);
  useEffect(() => {
    const controller = new AbortController();
    fetchTasks('proj_01', controller.signal).then(
      (tasks) => dispatch({ type: 'loaded', tasks }),
      (error: Error) => controller.signal.aborted || dispatch({ type: 'loadFailed', error: error.message }),
    );
    return () => controller.abort();
  }, []);
  return (
    <TasksDispatchContext value={dispatch}>
      <TasksStateContext value={state}>{children}</TasksStateContext>
    </TasksDispatchContext>
  );
}

export function useTasksState() {
  const state = use(TasksStateContext);
  if (!state) throw new Error('useTasksState must be used inside <TasksProvider>');
  return state;
}

export function useTasksDispatch() {
  const dispatch = use(TasksDispatchContext);
  if (!dispatch) throw new Error('useTasksDispatch must be used inside <TasksProvider>');
  return dispatch;
}
