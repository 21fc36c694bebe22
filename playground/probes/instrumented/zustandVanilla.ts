/** `zustand/vanilla`: `createStore` instruments the state creator. */
import * as ZV from 'zustand/vanilla';
import { bus } from '../bus.ts';
import { wrapZustandCreate } from '../zustandProbe.ts';

export * from 'zustand/vanilla';

export const createStore: typeof ZV.createStore = wrapZustandCreate(ZV.createStore, bus.emit, { diffs: bus.diffs });
