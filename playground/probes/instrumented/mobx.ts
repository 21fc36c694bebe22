/** `mobx`: the real package; importing it starts one `spy` that reports every action (see `mobxProbe.ts`). */
import { spy } from 'mobx';
import { bus } from '../bus.ts';
import { observeMobx } from '../mobxProbe.ts';

export * from 'mobx';

observeMobx({ spy }, bus.emit, { diffs: bus.diffs });
