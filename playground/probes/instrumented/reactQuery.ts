/**
 * `@tanstack/react-query`: `QueryClient` is a subclass that subscribes to its QueryCache and
 * MutationCache on construction; the bus can answer `request-query-table` from every client.
 */
import * as RQ from '@tanstack/react-query';
import { bus } from '../bus.ts';
import { createInstrumentedQueryClient, getAllQueryCacheTables } from '../queryCacheProbe.ts';

export * from '@tanstack/react-query';

export const QueryClient: typeof RQ.QueryClient = createInstrumentedQueryClient(RQ.QueryClient, bus.emit, {
  diffs: bus.diffs,
});

bus.addQueryTableProvider(getAllQueryCacheTables);
