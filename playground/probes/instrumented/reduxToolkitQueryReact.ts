/** `@reduxjs/toolkit/query/react`: like `reduxToolkitQuery.ts`, for the React entry. */
import * as RTKQR from '@reduxjs/toolkit/query/react';
import { wrapBuildCreateApi, wrapCreateApi } from '../reduxProbe.ts';

export * from '@reduxjs/toolkit/query/react';

export const createApi: typeof RTKQR.createApi = wrapCreateApi(RTKQR.createApi);
export const buildCreateApi: typeof RTKQR.buildCreateApi = wrapBuildCreateApi(RTKQR.buildCreateApi);
