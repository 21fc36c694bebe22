/** `jotai/react`: the real module; importing it installs the Jotai probe (Provider's stores are observed). */
import './jotaiInstall.ts';

export * from 'jotai/react';
