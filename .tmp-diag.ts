import { configureStore, createEntityAdapter, createSlice, type Middleware } from '@reduxjs/toolkit';
import { createReduxProbeMiddleware } from './playground/probes/reduxProbe.ts';
import { ProbeBus } from './playground/probes/bus.ts';
function median(v: number[]) { const s = v.slice().sort((a,b)=>a-b); return s[s.length>>1]!; }
function run(N: number, mk: () => Middleware, label: string) {
  const adapter = createEntityAdapter<{id:number;done:boolean}>();
  const items = Array.from({length:N},(_, i)=>({id:i,done:false}));
  const slice = createSlice({ name:'todos', initialState: adapter.setAll(adapter.getInitialState(), items), reducers: { t(state, a: {payload:number;type:string}) { const x = state.entities[a.payload]; if (x) x.done = !x.done; } } });
  let outer=0, inner=0;
  const o: Middleware = () => (next) => (a) => { const t=performance.now(); const r=next(a); outer=performance.now()-t; return r; };
  const i2: Middleware = () => (next) => (a) => { const t=performance.now(); const r=next(a); inner=performance.now()-t; return r; };
  const store = configureStore({ reducer: { todos: slice.reducer }, middleware: g => g({immutableCheck:false, serializableCheck:false}).concat(o, mk(), i2) });
  const self: number[] = [];
  for (let i=0;i<450;i++){ store.dispatch(slice.actions.t((i*7919)%N)); if (i>=50) self.push(outer-inner); }
  console.log(label, N, (median(self)*1000).toFixed(2)+'µs');
}
const noop: () => Middleware = () => () => (next) => (a) => next(a);
const bus = new ProbeBus({ capacity: 1000, setTimer: () => undefined, clearTimer: () => undefined });
for (const N of [100, 100000, 100]) {
  run(N, noop, 'noop');
  run(N, () => createReduxProbeMiddleware(() => undefined), 'probe-no-emit');
  run(N, () => createReduxProbeMiddleware(bus.emit, { diffs: bus.diffs }), 'probe-full');
}
