/** `valtio/vanilla`: `proxy` subscribes to every state created (ops enabled). */
import * as V from 'valtio/vanilla';
import { bus } from '../bus.ts';
import { wrapValtioProxy } from '../valtioProbe.ts';
import { isReaderFrame } from './readerFrames.ts';

export * from 'valtio/vanilla';

export const proxy: typeof V.proxy = wrapValtioProxy(V, bus.emit, { diffs: bus.diffs, isReaderFrame });
