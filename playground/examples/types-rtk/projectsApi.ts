import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import { API_BASE_URL, type ListResponse, type Project } from '@/mocks/browser';

export const projectsApi = createApi({
  reducerPath: 'projectsApi',
  baseQuery: fetchBaseQuery({ baseUrl: API_BASE_URL }),
  endpoints: (build) => ({
    // <what the hook's `data` is, what the hook takes>. The server sends a page;
    // transformResponse says what it looks like and keeps only the items.
    getProjects: build.query<Project[], void>({
      query: () => '/projects?limit=5&sort=name',
      transformResponse: (page: ListResponse<Project>) => page.items,
    }),
  }),
});

export const { useGetProjectsQuery } = projectsApi;
