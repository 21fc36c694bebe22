import { createContext, use, useEffect, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import { fetchTasks, initialTasks, tasksReducer, type TasksAction, type TasksState } from './reducer';

// One context carries both the tasks and `dispatch`. The value is memoized, so it changes
// only when the tasks do: but then it changes for everyone who reads it, including the
// components that only ever call `dispatch`.
const TasksContext = createContext<{ state: TasksState; dispatch: Dispatch<TasksAction> } | null>(null);

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
  const value = useMemo(() => ({ state, dispatch }), [state]);
  return <TasksContext value={value}>{children}</TasksContext>;
}

export function useTasks() {
  const value = use(TasksContext);
  if (!value) throw new Error('useTasks must be used inside <TasksProvider>');
  return value;
}
