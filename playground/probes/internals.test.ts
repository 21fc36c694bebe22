import { describe, expect, it } from 'vitest';
import { MODULE_URL_PREFIX } from '../runtime/moduleRegistry.ts';
import { READER_MODULE_MARK, calledFromReaderCode, internalStorageOwner, isRuntimeRequest } from './internals.ts';

describe('internals', () => {
  it('recognizes the reader’s modules by the source URL the runtime gives them', () => {
    expect(READER_MODULE_MARK).toBe(`${MODULE_URL_PREFIX}/`);
    expect(calledFromReaderCode('Error\n    at save (http://s.test/chunks/msw-1.js:1:2)\n    at http://s.test/__modules__/App.tsx:3:4')).toBe(true);
    expect(calledFromReaderCode('Error\n    at save (http://s.test/chunks/msw-1.js:1:2)')).toBe(false);
    expect(calledFromReaderCode(undefined)).toBe(false);
  });

  it('names the owner of the runtime’s storage, and nothing else', () => {
    const noReader = () => 'at http://s.test/runtime.js:1:1';
    const reader = () => 'at http://s.test/__modules__/store.ts:1:1';
    expect(internalStorageOwner({ area: 'indexedDB', database: 'msw-websocket-clients', key: 'x' }, reader)).toBe('MSW');
    expect(internalStorageOwner({ area: 'localStorage', key: 'debug' }, noReader)).toBe('MSW (debug logger)');
    expect(internalStorageOwner({ area: 'localStorage', key: 'debug' }, reader)).toBeUndefined();
    expect(internalStorageOwner({ area: 'sessionStorage', key: 'debug' }, noReader)).toBeUndefined();
    expect(internalStorageOwner({ area: 'indexedDB', database: 'app' }, noReader)).toBeUndefined();
    expect(internalStorageOwner({ area: 'localStorage', key: 'persist:root' }, noReader)).toBeUndefined();
  });

  it('tells the runtime’s own files from the mock API on the same origin', () => {
    const origin = 'http://127.0.0.1:4322';
    for (const path of ['/chunks/react-redux-X1.js', '/runtime.js', '/transpiled.json', '/preview.css', '/__modules__/App.tsx', '/x.js.map']) {
      expect(isRuntimeRequest(`${origin}${path}`, origin), path).toBe(true);
    }
    for (const url of [`${origin}/tasks?projectId=p1`, `${origin}/projects/1`, `${origin}/`, 'http://other.test/chunks/a.js', 'not a url']) {
      expect(isRuntimeRequest(url, origin), url).toBe(false);
    }
  });
});
