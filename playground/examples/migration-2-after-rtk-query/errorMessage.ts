import type { SerializedError } from '@reduxjs/toolkit';
import type { FetchBaseQueryError } from '@reduxjs/toolkit/query';
import type { ErrorBody } from '@/mocks/browser';

/** What a failed request says, for people: the API's `message` when there is one. */
export function errorMessage(error: FetchBaseQueryError | SerializedError): string {
  if (!('status' in error)) return error.message ?? 'Something went wrong';
  if (error.status === 'FETCH_ERROR') return 'No connection to the server';
  const body = error.data as Partial<ErrorBody> | undefined;
  return body?.message ?? `The server answered ${error.status}`;
}
