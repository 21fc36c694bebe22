/** `jotai/utils`: the real module; importing it installs the Jotai probe. */
import './jotaiInstall.ts';

export * from 'jotai/utils';
