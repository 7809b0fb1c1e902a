// End-to-end tests of the web app in real headless Chromium (Debian's, via playwright-core).
// Prints "N passed, M failed" last; screenshots go to test-artifacts/.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { serve } from './serve.mjs';

const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname;
await mkdir(ARTIFACTS, { recursive: true });

const { url, close } = await serve(new URL('../www', import.meta.url).pathname, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let passed = 0, failed = 0;
async function test(name, fn) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  try {
    await fn(page, context);
    if (problems.length) throw new Error(problems.join('\n'));
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e.stack || e).split('\n').join('\n     ')}`);
  } finally {
    await context.close();
  }
}

function expect(cond, msg) { if (!cond) throw new Error(msg); }

await test('typing a NIK shows its region', async (page) => {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]');
  await page.fill('#nik', '3522061205800001');
  const region = await page.textContent('#nik-result .region');
  expect(region.includes('Kabupaten Bojonegoro') && region.includes('Dander'), `region shown: ${region}`);
  await page.screenshot({ path: `${ARTIFACTS}nik.png`, fullPage: true });
});

await test('a wrong NIK shows the reason', async (page) => {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]');
  await page.fill('#nik', '3522061205800000');
  const code = await page.getAttribute('#nik-result .issue.error', 'data-code');
  expect(code === 'nik.serial_zero', `issue shown: ${code}`);
});

await browser.close();
await close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
