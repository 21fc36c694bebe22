import { describe, expect, it } from 'vitest';
import { isSentToPlayground, sandboxPath } from './sandboxPaths.ts';

describe('which files a playground gets', () => {
  it('sends an example’s test files only when it has a Tests tab', () => {
    expect(isSentToPlayground('/playground/examples/testing-reducer/tasks.test.ts', false)).toBe(false);
    expect(isSentToPlayground('/playground/examples/testing-reducer/tasks.test.ts', true)).toBe(true);
    expect(isSentToPlayground('/playground/examples/testing-component/TaskList.test.tsx', true)).toBe(true);
    expect(isSentToPlayground('/playground/examples/testing-reducer/meta.ts', true)).toBe(false);
  });

  it('gives a Tests tab the in-page backend as @/mocks/node, and never the Node one', () => {
    expect(isSentToPlayground('/playground/mocks/inPageNode.ts', true)).toBe(true);
    expect(sandboxPath('/playground/mocks/inPageNode.ts')).toBe('/mocks/node.ts');
    expect(isSentToPlayground('/playground/mocks/inPageNode.ts', false)).toBe(false);
    expect(isSentToPlayground('/playground/mocks/node.ts', true)).toBe(false);
    expect(isSentToPlayground('/playground/mocks/browser.ts', false)).toBe(true);
  });
});
