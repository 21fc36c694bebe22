/** `jotai`: the real module; importing it installs the Jotai probe (see `jotaiInstall.ts`). */
export * from 'jotai';
export { createStore, getDefaultStore } from './jotaiInstall.ts';
