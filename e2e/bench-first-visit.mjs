// First visit on a phone: how long until the registration form can be used, and until the
// app works without signal, on a slow line (Slow 3G: 2 s round trip, 400 kbit/s) with the
// CPU 4× slower. A benchmark, not a test: it prints the numbers.
//   node e2e/bench-first-visit.mjs [runs]
// Each run is a fresh browser profile (nothing cached). Two server set-ups in the same run:
// files as they are (the baseline: the bundled server before issue 14) and compressed with
// validators (as e2e/serve.mjs now serves them).
// The line is slowed by the server for every request (the page's and the service
// worker's: Chromium's network emulation reaches only the page); the CPU is slowed by
// Chromium (Emulation.setCPUThrottlingRate) for the page.
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const RUNS = Number(process.argv[2] ?? 1);
const SLOW_3G = { latencyMs: 2000, bytesPerSec: (500 * 1000 * 0.8) / 8 }; // DevTools' preset
const WWW = new URL('../www', import.meta.url).pathname;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function visit(compress) {
  let bytes = 0, requests = 0, t0 = Date.now();
  const server = await serve(WWW, 0, {
    compress,
    throttle: SLOW_3G,
    onSent: (path, n) => { bytes += n; requests++; if (process.env.TRACE) console.log(`  ${((Date.now() - t0) / 1000).toFixed(1)} s ${path} ${n}`); },
  });
  await server.warm;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  t0 = Date.now();
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 120000 });
  const usable = Date.now() - t0;
  const usableBytes = bytes;
  await page.waitForSelector('body[data-offline="ready"]', { timeout: 180000 });
  const offline = Date.now() - t0;
  const result = { usable, offline, usableBytes, bytes, requests };
  await context.close();
  await server.close();
  return result;
}

const kb = (n) => `${Math.round(n / 1024)} KB`;
for (let i = 0; i < RUNS; i++) {
  for (const [name, compress] of [['uncompressed (baseline)', false], ['brotli + validators', true]]) {
    const r = await visit(compress);
    console.log(`${name.padEnd(24)} form usable ${(r.usable / 1000).toFixed(1)} s (${kb(r.usableBytes)}), ` +
      `offline-ready ${(r.offline / 1000).toFixed(1)} s (${kb(r.bytes)} in ${r.requests} requests)`);
  }
}
await browser.close();
