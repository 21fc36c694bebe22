/** `redux` as handed to the reader's code: `createStore` / `legacy_createStore` instrumented. */
import * as Redux from 'redux';
import { bus } from '../bus.ts';
import { wrapCreateStore } from '../reduxProbe.ts';

export * from 'redux';

const options = { diffs: bus.diffs };

export const legacy_createStore: typeof Redux.legacy_createStore = wrapCreateStore(Redux.legacy_createStore, bus.emit, options);
/** @deprecated as in Redux; instrumented like `legacy_createStore`. */
export const createStore: typeof Redux.createStore = wrapCreateStore(Redux.createStore, bus.emit, options);
