import { combineSlices, configureStore, createListenerMiddleware } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { CURRENT_VERSION, loadPreferences, savePreferences } from './preferences';
import { loaded, migrated, persistenceSlice, preferencesSlice, recovered, saved, saveFailed, storageUnavailable } from './preferencesSlice';

const rootReducer = combineSlices(preferencesSlice, persistenceSlice);

/** At most one write per this many milliseconds, always of the latest state. */
export const SAVE_EVERY_MS = 500;

/**
 * A store that loads its preferences from `storage` and saves them back, throttled.
 * `storage` is null where the browser gives none (then nothing is saved, and the reader is told).
 */
export function makeStore(storage: Storage | null) {
  const listener = createListenerMiddleware();
  const store = configureStore({
    reducer: rootReducer,
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().prepend(listener.middleware),
  });

  const startListening = listener.startListening.withTypes<ReturnType<typeof rootReducer>>();
  let writeScheduled = false;
  if (storage) {
    startListening({
      // Not after `loaded`: that state came from storage. After `migrated`, the upgrade is saved.
      predicate: (action, current, previous) => current.preferences !== previous.preferences && !loaded.match(action),
      effect: async (_action, api) => {
        if (writeScheduled || !api.getState().persistence.canSave) return;
        writeScheduled = true;
        await api.delay(SAVE_EVERY_MS);
        writeScheduled = false;
        const result = savePreferences(storage, api.getState().preferences);
        if (!result.ok) api.dispatch(saveFailed(result.problem));
        else if (api.getState().persistence.saveProblem) api.dispatch(saved());
      },
    });
  }

  if (!storage) {
    store.dispatch(storageUnavailable());
  } else {
    const result = loadPreferences(storage);
    if (result.status === 'recovered') store.dispatch(recovered({ problem: result.problem, backupKey: result.backupKey }));
    else if (result.status === 'loaded' && result.migratedFrom !== null)
      store.dispatch(migrated({ preferences: result.preferences, from: result.migratedFrom, to: CURRENT_VERSION }));
    else if (result.status === 'loaded') store.dispatch(loaded(result.preferences));
  }

  /** Writes a throttled write that is still waiting, now: for when the page is being hidden. */
  const flush = () => {
    if (!storage || !writeScheduled || !store.getState().persistence.canSave) return;
    savePreferences(storage, store.getState().preferences);
  };
  return Object.assign(store, { flush });
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<typeof rootReducer>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
