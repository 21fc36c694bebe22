import { makeAutoObservable, reaction, runInAction } from 'mobx';
import type { Task } from '@/mocks/browser';
import { fetchTasks, saveStatus } from './api';

export class TaskStore {
  tasks: Task[] = [];
  error: string | null = null;

  constructor() {
    // Fields become observable, getters computed, methods actions.
    makeAutoObservable(this);
  }

  /** Computed: cached, and recomputed only when a task's status changes. */
  get doneCount(): number {
    return this.tasks.filter((task) => task.status === 'done').length;
  }

  async load(): Promise<void> {
    try {
      const tasks = await fetchTasks();
      // After an await we are outside the action: write inside one again.
      runInAction(() => (this.tasks = tasks));
    } catch (error) {
      runInAction(() => (this.error = `Could not load the tasks: ${(error as Error).message}`));
    }
  }

  async toggle(task: Task): Promise<void> {
    const previous = task.status;
    task.status = previous === 'done' ? 'todo' : 'done';
    this.error = null;
    try {
      const saved = await saveStatus(task);
      runInAction(() => {
        Object.assign(task, saved.task);
        if (saved.conflict) this.error = `“${saved.task.title}” was changed by someone else; this is their version.`;
      });
    } catch (error) {
      runInAction(() => {
        task.status = previous;
        this.error = `Could not save “${task.title}”: ${(error as Error).message}`;
      });
    }
  }
}

export const mobxTasks = new TaskStore();

/** Outside React: runs when the computed value changes, not on every change. */
export function logProgress(store: TaskStore, log: (line: string) => void = console.log): () => void {
  return reaction(
    () => store.doneCount,
    (done) => log(`MobX: ${done} of ${store.tasks.length} done`),
  );
}
