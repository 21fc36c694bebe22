/**
 * Installs the Jotai probe once, on first import of any instrumented jotai entry: the default
 * store is observed and every store created afterwards (`createStore()`, `<Provider>`) too.
 */
import * as vanilla from 'jotai/vanilla';
import * as internals from 'jotai/vanilla/internals';
import { bus } from '../bus.ts';
import { instrumentJotai } from '../jotaiStoreProbe.ts';

export const { createStore, getDefaultStore } = instrumentJotai(vanilla, internals, bus.emit, { diffs: bus.diffs });
