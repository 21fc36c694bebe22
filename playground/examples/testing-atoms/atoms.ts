import { atom } from 'jotai';

export interface Task {
  id: number;
  title: string;
  done: boolean;
}

export const tasksAtom = atom<Task[]>([
  { id: 1, title: 'Draft the release notes', done: false },
  { id: 2, title: 'Fix the login bug', done: true },
  { id: 3, title: 'Review the design', done: false },
]);

export const showDoneAtom = atom(true);

export const visibleTasksAtom = atom((get) => (get(showDoneAtom) ? get(tasksAtom) : get(tasksAtom).filter((t) => !t.done)));

export const openCountAtom = atom((get) => get(tasksAtom).filter((t) => !t.done).length);

/** A write-only atom: the action that toggles one task. */
export const toggleTaskAtom = atom(null, (get, set, id: number) => {
  set(
    tasksAtom,
    get(tasksAtom).map((t) => (t.id === id ? { ...t, done: !t.done } : t)),
  );
});
