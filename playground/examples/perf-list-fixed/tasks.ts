export interface Task {
  id: number;
  title: string;
  done: boolean;
}

const VERBS = ['Audit', 'Fix', 'Write', 'Review', 'Test', 'Plan', 'Ship', 'Update'];
const THINGS = ['login form', 'billing page', 'search', 'release notes', 'cache', 'icons', 'onboarding', 'emails', 'themes', 'reports'];

/** A thousand tasks in the order they were created, which is not the order of their titles. */
export function makeTasks(count = 1_000): Task[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    title: `${VERBS[(i * 5) % VERBS.length]} ${THINGS[(i * 3) % THINGS.length]} ${((i * 7_919) % count) + 1}`,
    done: false,
  }));
}
