/** `zustand/traditional`: `createWithEqualityFn` instruments the state creator. */
import * as ZT from 'zustand/traditional';
import { bus } from '../bus.ts';
import { wrapZustandCreate } from '../zustandProbe.ts';

export * from 'zustand/traditional';

export const createWithEqualityFn: typeof ZT.createWithEqualityFn = wrapZustandCreate(ZT.createWithEqualityFn, bus.emit, {
  diffs: bus.diffs,
});
