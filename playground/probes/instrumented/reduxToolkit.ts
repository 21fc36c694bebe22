/**
 * `@reduxjs/toolkit` as the runtime hands it to the reader's code: the real module, with
 * `configureStore` (probe middleware appended) and the plain-Redux `createStore` /
 * `legacy_createStore` (probe enhancer) instrumented. A local export overrides the star export.
 */
import * as RTK from '@reduxjs/toolkit';
import { bus } from '../bus.ts';
import { wrapConfigureStore, wrapCreateStore } from '../reduxProbe.ts';

export * from '@reduxjs/toolkit';

const options = { diffs: bus.diffs };

export const configureStore: typeof RTK.configureStore = wrapConfigureStore(RTK.configureStore, bus.emit, options);
export const legacy_createStore: typeof RTK.legacy_createStore = wrapCreateStore(RTK.legacy_createStore, bus.emit, options);
/** @deprecated as in Redux; instrumented like `legacy_createStore`. */
export const createStore: typeof RTK.createStore = wrapCreateStore(RTK.createStore, bus.emit, options);
