import { memo } from 'react';
import { useAtom } from 'jotai';
import type { Project } from '@/mocks/browser';
import { isStarredAtom } from './preferences';

/**
 * The star comes from this row's own atom, so starring a project re-renders this row only.
 * `memo`: when the list re-renders for a new search, rows whose project didn't change skip
 * rendering instead of repeating the same output.
 */
function ProjectRow({ project }: { project: Project }) {
  const [starred, toggleStarred] = useAtom(isStarredAtom(project.id));
  return (
    <li>
      <button aria-label={`Star ${project.name}`} aria-pressed={starred} onClick={() => toggleStarred()}>
        {starred ? '★' : '☆'}
      </button>{' '}
      {project.name}
    </li>
  );
}

export default memo(ProjectRow);
