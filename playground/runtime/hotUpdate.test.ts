import { describe, expect, it } from 'vitest';
import { planUpdate, runsSameCode } from './hotUpdate.ts';

const applied = { '/index.tsx': 'entry', '/App.tsx': 'app v1', '/store.ts': 'store', '/styles.css': 'p {}', '/package.json': '{}' };
const evaluated = (path: string) => path !== '/unused.ts' && !path.endsWith('.test.ts');

describe('planning how an edit is applied', () => {
  it('refreshes the edited modules when only scripts this run evaluated changed', () => {
    expect(planUpdate(applied, { ...applied, '/App.tsx': 'app v2' }, evaluated)).toEqual({ kind: 'refresh', edited: ['/App.tsx'] });
    expect(planUpdate(applied, { ...applied, '/App.tsx': 'app v2', '/store.ts': 'store v2' }, evaluated)).toEqual({ kind: 'refresh', edited: ['/App.tsx', '/store.ts'] });
  });

  it('runs the code again after a run that failed, for CSS or package.json, and for added, removed or unevaluated files', () => {
    expect(planUpdate(null, applied, evaluated)).toEqual({ kind: 'rerun' });
    expect(planUpdate(applied, { ...applied, '/styles.css': 'p { color: red }' }, evaluated)).toEqual({ kind: 'rerun' });
    expect(planUpdate(applied, { ...applied, '/package.json': '{"main":"x"}' }, evaluated)).toEqual({ kind: 'rerun' });
    expect(planUpdate(applied, { ...applied, '/New.tsx': 'new' }, evaluated)).toEqual({ kind: 'rerun' });
    const { ['/store.ts']: _removed, ...withoutStore } = applied;
    expect(planUpdate(applied, withoutStore, evaluated)).toEqual({ kind: 'rerun' });
    expect(planUpdate({ ...applied, '/unused.ts': 'a' }, { ...applied, '/unused.ts': 'b' }, evaluated)).toEqual({ kind: 'rerun' });
  });

  it('leaves the app alone when only a test file it never imported changed (the Tests tab runs it)', () => {
    const withTest = { ...applied, '/store.test.ts': 'it(1)' };
    expect(planUpdate(withTest, { ...withTest, '/store.test.ts': 'it(2)' }, evaluated)).toEqual({ kind: 'refresh', edited: [] });
    expect(planUpdate(withTest, { ...withTest, '/store.test.ts': 'it(2)', '/App.tsx': 'app v2' }, evaluated)).toEqual({ kind: 'refresh', edited: ['/App.tsx'] });
  });
});

describe('runsSameCode', () => {
  const running = { '/index.tsx': 'render()', '/App.tsx': 'export default 1' };
  it('is true for the same files plus what only Sandpack adds', () => {
    expect(runsSameCode(running, '/index.tsx', { ...running, '/package.json': '{"main":"/index.tsx"}' }, '/index.tsx')).toBe(true);
  });
  it('is false for an edited or missing file, or another entry', () => {
    expect(runsSameCode(running, '/index.tsx', { ...running, '/App.tsx': 'export default 2' }, '/index.tsx')).toBe(false);
    expect(runsSameCode(running, '/index.tsx', { '/index.tsx': 'render()' }, '/index.tsx')).toBe(false);
    expect(runsSameCode(running, '/index.tsx', running, '/App.tsx')).toBe(false);
  });
});
