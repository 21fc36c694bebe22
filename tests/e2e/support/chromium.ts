import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/**
 * Makes sure Debian's Chromium is there: installs it when we are root on Debian,
 * otherwise fails at once naming the command to run. Never skips silently.
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. The browser tests need it: run \`sudo sh -c '${INSTALL_COMMAND}'\`` +
        ' (or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  console.log(`Chromium is missing; installing it with: ${INSTALL_COMMAND}`);
  execFileSync('sh', ['-c', INSTALL_COMMAND], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
  return CHROMIUM_PATH;
}
