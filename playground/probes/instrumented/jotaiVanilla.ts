/** `jotai/vanilla`: the real module; importing it installs the Jotai probe. */
export * from 'jotai/vanilla';
export { createStore, getDefaultStore } from './jotaiInstall.ts';
