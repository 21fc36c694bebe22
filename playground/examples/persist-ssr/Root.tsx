import { HydrationBoundary, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { Provider as JotaiProvider } from 'jotai';
import { useHydrateAtoms } from 'jotai/utils';
import { useState, type ReactNode } from 'react';
import { Provider as ReduxProvider } from 'react-redux';
import App from './App';
import { RenderingOnServer, userAtom, type BoardState, type User, makeStore } from './state';

/** What the server hands the client with its HTML (in an app: a JSON script tag). */
export interface ServerData {
  user: User;
  preloadedState: BoardState;
  dehydratedState: DehydratedState;
}

function HydrateAtoms({ user, children }: { user: User; children: ReactNode }) {
  useHydrateAtoms([[userAtom, user]]);
  return children;
}

/** The same tree on the server and the client, each with its own stores, filled from `data`. */
export function Root({ data, onServer }: { data: ServerData; onServer: boolean }) {
  // Made once per render tree (once per request on a server), never on a re-render.
  const [store] = useState(() => makeStore(data.preloadedState));
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } }));
  return (
    <RenderingOnServer value={onServer}>
      <ReduxProvider store={store}>
        <QueryClientProvider client={queryClient}>
          <HydrationBoundary state={data.dehydratedState}>
            <JotaiProvider>
              <HydrateAtoms user={data.user}>
                <App />
              </HydrateAtoms>
            </JotaiProvider>
          </HydrationBoundary>
        </QueryClientProvider>
      </ReduxProvider>
    </RenderingOnServer>
  );
}
