/**
 * Side-effect module: installs the render probe (bippy's DevTools hook + commit handler).
 * The runtime must evaluate it BEFORE react-dom (see `renderProbe.ts`).
 */
import { bus } from '../bus.ts';
import { installRenderProbe } from '../renderProbe.ts';

export const uninstallRenderProbe = installRenderProbe(bus.emit);
