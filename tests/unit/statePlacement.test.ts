import { describe, expect, it } from 'vitest';
import { recommendPlacement } from '../../src/components/statePlacement.ts';

describe('the state placement guide', () => {
  it('sends server-owned data to a server-state cache whatever else is true', () => {
    expect(recommendPlacement({ origin: 'server', shareable: 'yes', readers: 'far' }).place).toMatch(/server-state cache/);
  });
  it('puts shareable client state in the URL', () => {
    expect(recommendPlacement({ origin: 'client', shareable: 'yes', readers: 'one' }).place).toMatch(/URL/);
  });
  it('colocates state one component reads, lifts state neighbours share, and stores state far-apart components need', () => {
    expect(recommendPlacement({ origin: 'client', shareable: 'no', readers: 'one' }).place).toMatch(/useState/);
    expect(recommendPlacement({ origin: 'client', shareable: 'no', readers: 'siblings' }).place).toMatch(/common parent/);
    expect(recommendPlacement({ origin: 'client', shareable: 'no', readers: 'far' }).place).toMatch(/client store/);
  });
});
