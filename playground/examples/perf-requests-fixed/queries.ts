import { queryOptions } from '@tanstack/react-query';
import { getMe, getProjects, getUsers } from './api';

// One key per resource: every component asking for it shares one request and one answer.
export const meQuery = queryOptions({ queryKey: ['me'], queryFn: getMe });
export const projectsQuery = queryOptions({ queryKey: ['projects', { limit: 5, sort: 'name' }], queryFn: getProjects });
export const usersQuery = queryOptions({ queryKey: ['users', { limit: 5 }], queryFn: getUsers });
