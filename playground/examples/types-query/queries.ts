import { queryOptions } from '@tanstack/react-query';
import { fetchProjects } from './api';

/** Every key in one place, as readonly tuples: a typo or a missing id is a type error. */
export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
};

// queryOptions ties the key to the data type: getQueryData(projectList().queryKey) is Project[] | undefined.
export const projectList = () =>
  queryOptions({
    queryKey: projectKeys.list(),
    queryFn: ({ signal }) => fetchProjects(signal),
  });
