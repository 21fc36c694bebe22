import { QueryClient, dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { Root, type ServerData } from './Root';
import { projectsQuery } from './state';

/** Plays the server: loads the data, renders HTML with it, and returns both. */
export function renderOnServer(): { html: string; data: ServerData } {
  const queryClient = new QueryClient();
  queryClient.setQueryData(projectsQuery.queryKey, [
    { id: 'proj_01', name: 'Website relaunch' },
    { id: 'proj_02', name: 'Mobile app' },
  ]);
  const data: ServerData = {
    user: { name: 'Ada' },
    preloadedState: { board: { filter: 'active' } },
    dehydratedState: dehydrate(queryClient),
  };
  return { html: renderToString(<Root data={data} onServer />), data };
}
