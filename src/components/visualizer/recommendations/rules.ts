/**
 * Every rule the Recommendations tab runs. To add one: write a module beside these that exports
 * a `Rule` (events in, findings out, see `types.ts`), with a test of a stream that must produce
 * its finding and a near-miss that must not, and list it here.
 */
import { denormalizedEntities } from './denormalizedEntities.ts';
import { duplicateRequests } from './duplicateRequests.ts';
import { oversizedState } from './oversizedState.ts';
import { pollingWithoutObservers } from './pollingWithoutObservers.ts';
import { requestWaterfall } from './requestWaterfall.ts';
import { slowAction } from './slowAction.ts';
import { storageWrites } from './storageWrites.ts';
import { unboundedGrowth } from './unboundedGrowth.ts';
import { unnecessaryRenders } from './unnecessaryRenders.ts';
import { unstableSelector } from './unstableSelector.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  slowAction,
  unstableSelector,
  unnecessaryRenders,
  oversizedState,
  denormalizedEntities,
  duplicateRequests,
  requestWaterfall,
  pollingWithoutObservers,
  unboundedGrowth,
  storageWrites,
];
