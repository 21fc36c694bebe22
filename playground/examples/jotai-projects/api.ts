import { API_BASE_URL, type ErrorBody } from '@/mocks/browser';

/** A request that failed: the server's message, or why there was no answer. */
export class ApiError extends Error {
  /** The HTTP status, or null when the server could not be reached. */
  readonly status: number | null;

  constructor(message: string, status: number | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** `fetch` for the JSON API: resolves with the parsed body, rejects with an ApiError. */
export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE_URL}${path}`, init);
  } catch (error) {
    // An aborted request is not a failure: whoever aborted it no longer wants the answer.
    if (init.signal?.aborted) throw error;
    throw new ApiError('The server could not be reached. Are you offline?', null);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    throw new ApiError(body?.message ?? `The server answered ${response.status}`, response.status);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}
