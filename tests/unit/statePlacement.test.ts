import { describe, expect, it } from 'vitest';
import { recommendPlacement } from '../../src/components/statePlacement.ts';

describe('the state placement guide', () => {
  it('sends server-owned data to a server-state cache whatever else is true', () => {
    expect(recommendPlacement({ origin: 'server', outlives: 'link', readers: 'far' }).place).toMatch(/server-state cache/);
    expect(recommendPlacement({ origin: 'server', outlives: 'device', readers: 'one' }).place).toMatch(/server-state cache/);
  });
  it('state that should outlive the page: the URL when a link should carry it, storage when only this device should keep it', () => {
    const link = recommendPlacement({ origin: 'client', outlives: 'link', readers: 'one' });
    expect(link.place).toMatch(/URL/);
    expect(link.why).toMatch(/bookmark/);
    const device = recommendPlacement({ origin: 'client', outlives: 'device', readers: 'far' });
    expect(device.place).toMatch(/localStorage/);
    expect(device.place).toMatch(/atomWithStorage/);
    expect(device.why).toMatch(/preferences/);
  });
  it('colocates state one component reads, lifts state neighbours share, and stores state far-apart components need', () => {
    expect(recommendPlacement({ origin: 'client', outlives: 'no', readers: 'one' }).place).toMatch(/useState/);
    expect(recommendPlacement({ origin: 'client', outlives: 'no', readers: 'siblings' }).place).toMatch(/common parent/);
    expect(recommendPlacement({ origin: 'client', outlives: 'no', readers: 'far' }).place).toMatch(/client store/);
  });
});
