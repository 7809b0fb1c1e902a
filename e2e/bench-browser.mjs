// Screens a CSV in the web app's worker, in headless Chromium, and prints the time:
//   node e2e/bench-browser.mjs FILE AS_OF [RUNS]
// Used by scripts/bench-screen.sh; not a test. LAYAK_WWW=DIR serves another build of the
// web app (to compare two in one sitting).
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [file, asOf, runs = '3'] = process.argv.slice(2);
const { url, close } = await serve(process.env.LAYAK_WWW ?? new URL('../www', import.meta.url).pathname, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const page = await browser.newPage();
  await page.goto(url + '#saring');
  await page.waitForSelector('body[data-ready="1"]');
  // Let the worker start and compile its module, as it does when an operator opens the page.
  await page.waitForTimeout(1500);
  await page.setInputFiles('#screen-file', file);
  await page.fill('#screen-as-of', asOf);
  const t0 = Date.now();
  await page.click('#screen-start');
  await page.waitForSelector('#screen-result:not([hidden])', { timeout: 600000 });
  const wall = Date.now() - t0;
  const worker = Number(await page.evaluate(() => document.body.dataset.screenMs));
  const total = Number(await page.evaluate(() => document.body.dataset.screenTotalMs));
  const rows = await page.$eval('[data-count="eligible"]', (e) => e.dataset.value);
  times.push({ wall: total, worker });
  console.log(`run ${i + 1}: ${total} ms from the click to the results (measured in the page; ${wall} ms seen by the test driver), ${worker} ms in the worker; eligible ${rows}`);
  await page.close();
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`browser median: ${median(times.map((t) => t.wall))} ms wall, ${median(times.map((t) => t.worker))} ms worker`);
await browser.close();
await close();
