import { MODULE_URL_PREFIX } from '../../runtime/moduleUrl.ts';

/** A stack frame in the reader's code: the runtime evaluates each of their modules under MODULE_URL_PREFIX. */
export const isReaderFrame = (location: string): boolean => location.includes(`${MODULE_URL_PREFIX}/`);
