import { memo } from 'react';
import { useAtomValue, useSetAtom } from 'jotai';
import type { Project, ProjectStatus } from '@/mocks/browser';
import { canDeleteProjectsAtom, canEditProjectsAtom, deleteProjectAtom, toggleArchivedAtom } from './atoms';

export const STATUS_LABELS: Record<ProjectStatus, string> = {
  planning: 'Planning',
  active: 'Active',
  on_hold: 'On hold',
  completed: 'Completed',
  archived: 'Archived',
};

function ProjectRow({ project }: { project: Project }) {
  // A viewer never sees these buttons: the permission atoms decide what is rendered at all.
  const canEdit = useAtomValue(canEditProjectsAtom);
  const canDelete = useAtomValue(canDeleteProjectsAtom);
  const toggleArchived = useSetAtom(toggleArchivedAtom);
  const deleteProject = useSetAtom(deleteProjectAtom);
  return (
    <li>
      <strong>{project.name}</strong> · {STATUS_LABELS[project.status]}{' '}
      {canEdit && (
        <button onClick={() => toggleArchived(project)}>{project.status === 'archived' ? 'Restore' : 'Archive'}</button>
      )}{' '}
      {canDelete && <button onClick={() => deleteProject(project)}>Delete</button>}
    </li>
  );
}

// `memo`: a new search re-renders the list; rows whose project didn't change skip rendering.
export default memo(ProjectRow);
