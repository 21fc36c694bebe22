import { serveSite } from './serveSite.mjs';

const port = Number(process.env.PORT ?? 4321);
const site = await serveSite({ port });
console.log(`StateLab is running at ${site.docsUrl}`);
console.log(`Playground runtime (its own origin): ${site.sandboxUrl}`);
console.log('Press Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => site.close().then(() => process.exit(0)));
}
