import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS } from '../../playground/examples/persist-encrypted/vault.ts';
import { CURRENT_VERSION } from '../../playground/examples/persist-redux/preferences.ts';
import { SAVE_EVERY_MS } from '../../playground/examples/persist-redux/store.ts';

const guide = readFileSync(join(import.meta.dirname, '../../content/docs/patterns/persistence.mdx'), 'utf8');

describe('the persistence guide says what the examples do', () => {
  it('the throttle interval', () => {
    expect(guide).toContain(`${SAVE_EVERY_MS} ms`);
  });
  it('the PBKDF2 rounds', () => {
    expect(guide).toContain(`${PBKDF2_ITERATIONS.toLocaleString('en-US')} rounds`);
  });
  it('the version the "bump the version" exercise starts from', () => {
    expect(guide).toContain(`set \`CURRENT_VERSION = ${CURRENT_VERSION + 1}\``);
    expect(guide).toContain(`\`from: ${CURRENT_VERSION}, to: ${CURRENT_VERSION + 1}\``);
  });
});
