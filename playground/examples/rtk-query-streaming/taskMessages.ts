import type { ServerMessage, Task } from '@/mocks/browser';

/**
 * Applies one frame from the realtime socket to a project's cached task list, an Immer
 * draft in `updateCachedData`. Frames for other entities and projects change nothing.
 */
export function applyTaskMessage(tasks: Task[], message: ServerMessage, projectId: string): void {
  if (message.type === 'ENTITY_DELETED' && message.payload.entity === 'tasks') {
    const index = tasks.findIndex((task) => task.id === message.payload.id);
    if (index !== -1) tasks.splice(index, 1);
    return;
  }
  if (message.type !== 'ENTITY_UPDATED' || message.payload.entity !== 'tasks') return;

  const pushed = message.payload.data as Task;
  const index = tasks.findIndex((task) => task.id === pushed.id);
  if (pushed.projectId !== projectId) {
    if (index !== -1) tasks.splice(index, 1);
  } else if (index === -1) {
    tasks.push(pushed);
  } else if (pushed.version > tasks[index]!.version) {
    // Frames can arrive twice or out of order: an older version never overwrites a newer one.
    tasks[index] = pushed;
  }
}

/**
 * A refetched list, with each task the cache holds in a newer version kept as cached: the
 * answer reflects the server when it read the list, and a push may have come after that. A
 * task that is the same version in both keeps its cached object, so its row doesn't re-render.
 */
export function keepNewerTasks(cached: Task[], fetched: Task[]): Task[] {
  const cachedById = new Map(cached.map((task) => [task.id, task]));
  const merged = fetched.map((task) => {
    const mine = cachedById.get(task.id);
    return mine && mine.version >= task.version ? mine : task;
  });
  // Nothing changed: the same array, so the list doesn't render again either.
  return merged.length === cached.length && merged.every((task, i) => task === cached[i]) ? cached : merged;
}
