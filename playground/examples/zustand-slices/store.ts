import { create } from 'zustand';
import { createJSONStorage, devtools, persist, subscribeWithSelector } from 'zustand/middleware';
import { immer } from 'zustand/middleware/immer';
import { createTasksSlice, type TasksSlice } from './tasksSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type Workspace = TasksSlice & ViewSlice;

/** What each middleware adds to `set` and to the store, in the order they wrap the slices. */
export type WorkspaceMutators = [
  ['zustand/devtools', never],
  ['zustand/subscribeWithSelector', never],
  ['zustand/persist', unknown],
  ['zustand/immer', never],
];

// One store, built from slices that each own a part of the state and the actions on it.
export const useWorkspace = create<Workspace>()(
  devtools(
    subscribeWithSelector(
      persist(
        immer((...args) => ({
          ...createTasksSlice(...args),
          ...createViewSlice(...args),
        })),
        {
          name: 'workspace.view',
          storage: createJSONStorage(() => localStorage),
          // Only the view preferences outlive the page; the tasks are the server's.
          partialize: (state) => ({ filter: state.filter, density: state.density }),
        },
      ),
    ),
  ),
);
