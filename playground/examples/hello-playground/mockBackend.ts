import { http, HttpResponse } from 'msw';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';

const handlers = [
  http.get('https://api.statelab.test/projects', () =>
    HttpResponse.json([
      { id: 'p1', name: 'Website redesign' },
      { id: 'p2', name: 'Mobile app' },
    ]),
  ),
];

/** Answers the app's requests in the page: nothing reaches the network. */
export async function startMockBackend() {
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
    handlers,
  });
  await network.enable();
  return network;
}
