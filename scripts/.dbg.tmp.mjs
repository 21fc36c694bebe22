import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serveSite } from '/work/main/scripts/serveSite.mjs';
const APP = readFileSync('/work/main/playground/examples/hello-playground/App.tsx', 'utf8');
const site = await serveSite({ port: 0 });
const ctx = await chromium.launchPersistentContext('/tmp/prof-' + Date.now(), { executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking'], viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on('console', m => { if (m.text().startsWith('MSG')) console.log('console:', m.type(), m.text().slice(0, 300)); });
await page.goto(site.docsUrl + 'patterns/playgrounds/');
await page.waitForSelector('[data-playground-status="ready"]');
await page.evaluate(() => window.addEventListener('message', e => { if (e.data && e.data.codesandbox && e.data.type !== 'console') console.log('MSG ' + performance.now().toFixed(0) + ' ' + JSON.stringify(e.data).slice(0, 250)); }));
await page.frames()[1].evaluate(() => window.addEventListener('message', e => console.info('MSG IN ' + performance.now().toFixed(0) + ' ' + e.data.type + ' ' + JSON.stringify(Object.entries(e.data.modules || {}).map(([k, v]) => [k, v.code.length, v.code.slice(0, 40)])))));
const cases = {
  
  loop: APP.replace('  useEffect(() => {', '  while (true) {}\n  useEffect(() => {'),
};
for (const [name, code] of Object.entries(cases)) {
  await page.locator('.cm-content').click(); await page.keyboard.press('Control+A'); await page.keyboard.insertText(code);
  await page.waitForTimeout(3000);
  console.log(name, await page.locator('[data-playground]').getAttribute('data-playground-status'), JSON.stringify(await page.locator('.sp-error').innerText().catch(() => 'no overlay')));
}
await page.screenshot({path:'/tmp/dbg.png'});
await ctx.close(); await site.close();
