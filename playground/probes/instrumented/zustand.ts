/** `zustand`: `create` and `createStore` instrument the state creator (see `zustandProbe.ts`). */
import * as Z from 'zustand';
import { bus } from '../bus.ts';
import { wrapZustandCreate } from '../zustandProbe.ts';

export * from 'zustand';

const options = { diffs: bus.diffs };

export const create: typeof Z.create = wrapZustandCreate(Z.create, bus.emit, options);
export const createStore: typeof Z.createStore = wrapZustandCreate(Z.createStore, bus.emit, options);
