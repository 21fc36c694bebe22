/** The board's tasks: fixed here, since this example is about the preferences around them. */
export interface Task {
  id: string;
  title: string;
  projectId: string;
  status: 'todo' | 'in_progress' | 'done';
  dueDate: string;
}

export const projects = [
  { id: 'proj_01', name: 'Website relaunch' },
  { id: 'proj_02', name: 'Mobile app' },
];

export const tasks: Task[] = [
  { id: 't1', title: 'Write the release notes', projectId: 'proj_01', status: 'todo', dueDate: '2026-12-12' },
  { id: 't2', title: 'Fix the login redirect', projectId: 'proj_02', status: 'in_progress', dueDate: '2026-12-08' },
  { id: 't3', title: 'Review the pricing page', projectId: 'proj_01', status: 'done', dueDate: '2026-12-03' },
  { id: 't4', title: 'Add offline mode', projectId: 'proj_02', status: 'todo', dueDate: '2026-12-20' },
  { id: 't5', title: 'Compress the hero images', projectId: 'proj_01', status: 'in_progress', dueDate: '2026-12-10' },
];
