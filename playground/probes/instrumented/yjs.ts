/**
 * `yjs`: every `Y.Doc` the reader's code creates reports its updates on the timeline (sync rows,
 * with their size in bytes). The mock backend's own documents (its relay, under `/mocks/`) are
 * the server's, not the app's: they are left alone.
 */
import * as Y from 'yjs';
import { MODULE_URL_PREFIX } from '../../runtime/moduleUrl.ts';
import { bus } from '../bus.ts';
import { observeYDoc } from '../syncProbe.ts';
import { isReaderFrame } from './readerFrames.ts';

export * from 'yjs';

/** The reader's module nearest the constructor call, from the stack: is it the mock backend's? */
export function createdByMockBackend(stack: string): boolean {
  const frame = stack.split('\n').find(isReaderFrame);
  return frame !== undefined && frame.includes(`${MODULE_URL_PREFIX}/mocks/`);
}

export class Doc extends Y.Doc {
  constructor(options?: ConstructorParameters<typeof Y.Doc>[0]) {
    super(options);
    if (!createdByMockBackend(new Error().stack ?? '')) observeYDoc(this, bus.emit);
  }
}
