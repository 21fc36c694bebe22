/**
 * `@reduxjs/toolkit/query`: `createApi` / `buildCreateApi` instrumented so cache patches from
 * `api.util.updateQueryData` and their `undo()` are told apart on the timeline.
 */
import * as RTKQ from '@reduxjs/toolkit/query';
import { wrapBuildCreateApi, wrapCreateApi } from '../reduxProbe.ts';

export * from '@reduxjs/toolkit/query';

export const createApi: typeof RTKQ.createApi = wrapCreateApi(RTKQ.createApi);
export const buildCreateApi: typeof RTKQ.buildCreateApi = wrapBuildCreateApi(RTKQ.buildCreateApi);
