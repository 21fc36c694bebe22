/**
 * `@tanstack/react-query-persist-client`: the real module, with each client it hands a persister
 * marked (`markPersisted`), so the storage row of that client names `TanStack Query persister`.
 * The stack can't: a persister throttles with a timer, and idb-keyval writes in a promise
 * callback, so by the write nothing of the persist client is on it.
 */
import * as persistClient from '@tanstack/react-query-persist-client';
import type { PersistQueryClientOptions, PersistQueryClientProviderProps, Persister } from '@tanstack/react-query-persist-client';
import { markPersisted } from '../storageWriter.ts';

export * from '@tanstack/react-query-persist-client';

const WRITER = 'TanStack Query persister';
const marking = new WeakMap<Persister, Persister>();

/** The same persister, marking each client it is asked to persist (one wrapper per persister). */
function markingPersister(persister: Persister): Persister {
  let wrapped = marking.get(persister);
  if (!wrapped) {
    wrapped = {
      persistClient: (client) => {
        markPersisted(client, WRITER);
        return persister.persistClient(client);
      },
      restoreClient: () => persister.restoreClient(),
      removeClient: () => persister.removeClient(),
    };
    marking.set(persister, wrapped);
  }
  return wrapped;
}

function withMarking<O extends { persister?: Persister }>(options: O): O {
  return options?.persister ? { ...options, persister: markingPersister(options.persister) } : options;
}

export const PersistQueryClientProvider = (props: PersistQueryClientProviderProps) =>
  persistClient.PersistQueryClientProvider({ ...props, persistOptions: withMarking(props.persistOptions) });

export const persistQueryClient = (options: PersistQueryClientOptions) => persistClient.persistQueryClient(withMarking(options));
export const persistQueryClientSave: typeof persistClient.persistQueryClientSave = (options) => persistClient.persistQueryClientSave(withMarking(options));
export const persistQueryClientSubscribe: typeof persistClient.persistQueryClientSubscribe = (options) =>
  persistClient.persistQueryClientSubscribe(withMarking(options));
export const persistQueryClientRestore: typeof persistClient.persistQueryClientRestore = (options) =>
  persistClient.persistQueryClientRestore(withMarking(options));
