// What the browser test files (e2e.mjs, pages.mjs, privacy.mjs) share: the headless Chromium
// they launch (Debian's, via playwright-core), a runner that gives each test a fresh context,
// fails it on a page error or a console error and prints "N passed, M failed" last, and the
// small helpers every file used to write out again.
import { chromium } from 'playwright-core';

/** Headless Chromium with nothing of its own going to the network. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function expect(cond, msg) { if (!cond) throw new Error(msg); }

/** Opens the app at `base` + `hash` and waits until it says it is ready. */
export async function open(page, base, hash = '') {
  await page.goto(base + hash);
  await page.waitForSelector('body[data-ready="1"]');
}

/**
 * A runner for `browser`. `test(name, fn, options)` runs `fn(page, context, ...extra)` in a
 * new context. Hooks, all optional:
 *   contextOptions(options)         the options of the new context;
 *   before(context, page, problems) runs first; returns the extra arguments of `fn`;
 *   after(page, problems)           runs after `fn`, may add problems;
 *   timeoutMs                       a test still running after it fails (a hung promise).
 * `finish()` prints the count and returns the exit code.
 */
export function runner(browser, hooks = {}) {
  const counts = { passed: 0, failed: 0 };
  async function test(name, fn, options = {}) {
    const context = await browser.newContext(hooks.contextOptions ? hooks.contextOptions(options) : {});
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    let timer;
    try {
      const extra = hooks.before ? await hooks.before(context, page, problems) : [];
      const run = fn(page, context, ...extra);
      await (hooks.timeoutMs
        ? Promise.race([run, new Promise((_, no) => {
          timer = setTimeout(() => no(new Error(`timed out after ${hooks.timeoutMs / 1000} s`)), hooks.timeoutMs);
        })])
        : run);
      if (hooks.after) await hooks.after(page, problems);
      if (problems.length) throw new Error(problems.join('\n'));
      counts.passed++;
      console.log(`ok   ${name}`);
    } catch (e) {
      counts.failed++;
      console.log(`FAIL ${name}\n     ${String(e.stack || e).split('\n').join('\n     ')}`);
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }
  function finish() {
    console.log(`${counts.passed} passed, ${counts.failed} failed`);
    return counts.failed ? 1 : 0;
  }
  return { test, counts, finish };
}

/** Fills the registration form after the NIK and KK, as an operator does: a man born on
 * 12 May 1980 in Dander, a buruh tani of the rentan programme, with `occupation`. */
export async function fillApplicant(page, { name = 'Sutrisno', occupation = 'none' } = {}) {
  await page.fill('#name', name);
  await page.fill('#birth_date', '1980-05-12');
  await page.check('input[name="sex"][value="M"]');
  await page.selectOption('#citizenship', 'WNI');
  await page.selectOption('#kecamatan', '35.22.06');
  await page.selectOption('#village_code', '35.22.06.2001');
  await page.check('input[name="program"][value="rentan"]');
  await page.selectOption('#category', 'buruh_tani');
  await page.selectOption('#occupation', occupation);
}
