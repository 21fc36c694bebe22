/** Where evaluated modules claim to come from, so stack frames name the reader's file. */
export const MODULE_URL_PREFIX = '/__modules__';
