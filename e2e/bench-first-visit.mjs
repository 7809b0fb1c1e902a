// First visit on a phone: how long until the registration form can be used, and until the
// app works without signal, on a slow line (Slow 3G: 2 s round trip, 400 kbit/s) with the
// CPU 4× slower. A benchmark, not a test: it prints the numbers, and their medians.
//   node e2e/bench-first-visit.mjs [runs] [--compressed-only] [--www DIR]
// Each run is a fresh browser profile (nothing cached). Two server set-ups in the same run:
// files as they are (the baseline: the bundled server before issue 14) and compressed with
// validators (as e2e/serve.mjs now serves them); --compressed-only leaves out the first.
// --www serves another build of the app (e.g. main's, to compare in the same sitting).
// After offline-ready it waits for the service worker's second stage (the results-workbook
// writer, stored in the background) and prints when that was done too.
// The line is slowed by the server for every request (the page's and the service
// worker's: Chromium's network emulation reaches only the page); the CPU is slowed by
// Chromium (Emulation.setCPUThrottlingRate) for the page.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 1) && true : false; };
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
const ONLY_COMPRESSED = flag('--compressed-only');
const WWW = option('--www', new URL('../www', import.meta.url).pathname);
const RUNS = Number(args[0] ?? 1);
const SECOND_STAGE = readFileSync(join(WWW, 'sw.js'), 'utf8').includes('store-later');
const SLOW_3G = { latencyMs: 2000, bytesPerSec: (500 * 1000 * 0.8) / 8 }; // DevTools' preset

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// When the page reached a moment, in milliseconds since this script asked for the page: the
// performance mark app.js sets with the attribute (www/app.js, `reached`), on the machine's
// clock (the page's time origin plus the mark). Playwright's polling for the attribute runs
// in the page, whose CPU is slowed 4×, and adds up to half a second. A build without the
// marks falls back to the time the attribute was seen.
let mark;

async function visit(compress) {
  let bytes = 0, requests = 0, t0 = Date.now();
  const server = await serve(WWW, 0, {
    compress,
    throttle: SLOW_3G,
    onAsked: (path) => { if (process.env.TRACE) console.log(`  ${((Date.now() - t0) / 1000).toFixed(1)} s asked ${path}`); },
    onSent: (path, n) => { bytes += n; requests++; if (process.env.TRACE) console.log(`  ${((Date.now() - t0) / 1000).toFixed(1)} s ${path} ${n}`); },
  });
  await server.warm;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  mark = async (name, seen) => {
    const at = await page.evaluate((n) => {
      const m = performance.getEntriesByName(n)[0];
      return m ? performance.timeOrigin + m.startTime : null;
    }, `layak:${name}`);
    return at === null ? seen : at - t0;
  };
  t0 = Date.now();
  await page.goto(server.url, { waitUntil: 'commit' });
  // The registration form answers (a build from before the other pages were imported
  // later has only data-ready, set once every page works).
  await page.waitForSelector('body[data-form="1"], body[data-ready="1"]', { timeout: 120000 });
  const seenUsable = Date.now() - t0;
  const usableBytes = bytes;
  await page.waitForSelector('body[data-ready="1"]', { timeout: 120000 });
  const seenPages = Date.now() - t0;
  await page.waitForSelector('body[data-offline="ready"]', { timeout: 180000 });
  const seenOffline = Date.now() - t0;
  const offlineBytes = bytes;
  // The second stage (a build that has one): the workbook writer stored in the background.
  let later = null;
  if (SECOND_STAGE) {
    later = await page.waitForSelector('body[data-workbook="ready"]', { timeout: 120000 })
      .then(() => mark('workbook', Date.now() - t0), () => null);
  }
  const usable = await mark('form', null) ?? await mark('ready', seenUsable);
  const pages = await mark('ready', seenPages);
  const offline = await mark('offline', seenOffline);
  if (process.env.TRACE) {
    // Where the time before the form went: when each file was asked for, began and ended.
    const files = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}–${Math.round(r.responseStart)}–${Math.round(r.responseEnd)} ms`));
    console.log(`  page clock: ${files.join(', ')}`);
  }
  const result = { usable, seenUsable, pages, offline, usableBytes, offlineBytes, bytes, requests, later };
  await context.close();
  await server.close();
  return result;
}

const kb = (n) => `${Math.round(n / 1024)} KB`;
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2; };
const setups = [['uncompressed (baseline)', false], ['brotli + validators', true]].filter(([, c]) => c || !ONLY_COMPRESSED);
const all = new Map(setups.map(([name]) => [name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, compress] of setups) {
    const r = await visit(compress);
    all.get(name).push(r);
    console.log(`${name.padEnd(24)} form usable ${sec(r.usable)} (seen by the test at ${sec(r.seenUsable)}; ${kb(r.usableBytes)}), every page ${sec(r.pages)}, ` +
      `offline-ready ${sec(r.offline)} (${kb(r.offlineBytes)})` +
      (r.later ? `, workbook stored ${sec(r.later)}` : '') + ` (${kb(r.bytes)} in ${r.requests} requests)`);
  }
}
if (RUNS > 1) {
  for (const [name, rs] of all) {
    const range = (k) => `${sec(median(rs.map((r) => r[k])))} (${sec(Math.min(...rs.map((r) => r[k])))}–${sec(Math.max(...rs.map((r) => r[k])))})`;
    const later = rs.every((r) => r.later) ? `, workbook stored ${range('later')}` : '';
    console.log(`median of ${rs.length}: ${name}: form usable ${range('usable')}, every page ${range('pages')}, offline-ready ${range('offline')}${later}`);
  }
}
await browser.close();
