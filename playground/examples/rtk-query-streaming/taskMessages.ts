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
