import { configureStore, createEntityAdapter, createSlice, type Middleware } from '@reduxjs/toolkit';
import { serialize } from './playground/protocol/serialize.ts';
import { topLevelChanges } from './playground/protocol/diff.ts';
import { PAYLOAD_LIMITS } from './playground/probes/common.ts';
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
  return median(self)*1000;
}
const sink: unknown[] = [];
const variants: Record<string, () => Middleware> = {
  noop: () => () => (next) => (a) => next(a),
  capture: () => (api) => (next) => (a) => { const p = api.getState(); const t=performance.now(); const r = next(a); const d = performance.now()-t; sink.push({a, p, n: api.getState(), d}); if (sink.length>1000) sink.length=0; return r; },
  serialize: () => (api) => (next) => (a) => { const r = next(a); sink.push(serialize(a, PAYLOAD_LIMITS)); if (sink.length>1000) sink.length=0; return r; },
  toplevel: () => (api) => (next) => (a) => { const p = api.getState(); const r = next(a); sink.push(topLevelChanges(p, api.getState())); if (sink.length>1000) sink.length=0; return r; },
};
for (const N of [100, 100000]) for (const [k, v] of Object.entries(variants)) console.log(k, N, run(N, v, k).toFixed(2));
