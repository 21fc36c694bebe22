import { measureProbeOverheadRatio } from './playground/probes/bench.ts';
const t = performance.now();
const r = measureProbeOverheadRatio();
console.log(JSON.stringify(r, null, 1), ((performance.now()-t)/1000).toFixed(1)+'s');
