import type * as Redux from 'redux';
import type * as Toolkit from '@reduxjs/toolkit';
import { wrapConfigureStore, wrapCreateStore } from '../../probes/reduxProbe.ts';
import type { Emit } from '../../protocol/events.ts';

/** The type of every plain action that reached a reducer, in order, as the visualizer's Redux probe reports them. */
export const dispatched: string[] = [];

const emit: Emit = (event) => {
  if (event.source === 'redux' && event.kind === 'dispatch') dispatched.push(event.meta!.actionType);
  return undefined;
};

/** `redux` with the probe on `legacy_createStore`: for `vi.mock('redux', …)`. */
export function probedRedux(redux: typeof Redux): typeof Redux {
  return { ...redux, legacy_createStore: wrapCreateStore(redux.legacy_createStore, emit) };
}

/** `@reduxjs/toolkit` with the probe on `configureStore`: for `vi.mock('@reduxjs/toolkit', …)`. */
export function probedToolkit(toolkit: typeof Toolkit): typeof Toolkit {
  return { ...toolkit, configureStore: wrapConfigureStore(toolkit.configureStore, emit) };
}
