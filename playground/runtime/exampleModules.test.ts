import { describe, expect, it } from 'vitest';
import { isExampleModules, loadExampleModules } from './exampleModules.ts';

const good = { entry: '/index.tsx', files: { '/index.tsx': 'run()' }, transpiled: { k: 'code' } };
const answer = (body: unknown, ok = true) => (async () => ({ ok, json: async () => body })) as unknown as typeof fetch;

describe('an example’s modules, as the runtime loads them', () => {
  it('accepts what the build writes', async () => {
    expect(isExampleModules(good)).toBe(true);
    await expect(loadExampleModules('hello-playground', answer(good))).resolves.toEqual(good);
  });

  it('treats a damaged, missing or unreachable file as none (the frame then waits for a compile)', async () => {
    expect(isExampleModules({ ...good, entry: '/main.tsx' })).toBe(false);
    expect(isExampleModules({ ...good, files: { '/index.tsx': 3 } })).toBe(false);
    expect(isExampleModules(null)).toBe(false);
    await expect(loadExampleModules('x', answer('not json at all'))).resolves.toBeNull();
    await expect(loadExampleModules('x', answer(good, false))).resolves.toBeNull();
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(loadExampleModules('x', offline)).resolves.toBeNull();
  });
});
