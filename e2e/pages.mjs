// The operators' pages as a phone (360×740) and a kiosk (1280×1024) show them, in headless
// Chromium: no sideways scroll, every control at least 44 px, the whole NIK visible, no
// accessibility violation (axe-core, WCAG 2.x AA), reasons before rule codes, required
// fields before a decision; the kiosk's idle clear with a fake clock; an update reaching a
// page under long HTTP caching; the server's compression and validators.
// Prints "N passed, M failed" last; screenshots go to test-artifacts/pages/.
import { launch, runner, expect, open as openAt, fillApplicant } from './helpers.mjs';
import { mkdir, cp, writeFile, readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './serve.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const ARTIFACTS = new URL('../test-artifacts/pages/', import.meta.url).pathname;
await mkdir(ARTIFACTS, { recursive: true });
const WWW = new URL('../www', import.meta.url).pathname;
const LAYAK = new URL('../target/debug/layak', import.meta.url).pathname;

const PHONE = { width: 360, height: 740 };
const KIOSK = { width: 1280, height: 1024 };
const SIZES = [['phone', PHONE], ['kiosk', KIOSK]];

const server = await serve(WWW, 0);
const url = server.url;
const browser = await launch();
// axe-core is injected as a script: the test context lets it past the page's CSP.
const { test, finish } = runner(browser, {
  contextOptions: ({ viewport = KIOSK, contextOptions = {} } = {}) => ({ viewport, bypassCSP: true, ...contextOptions }),
});
const open = (page, hash = '', base = url) => openAt(page, base, hash);

/** Fills the registration form with an applicant the rules turn away (a civil servant). */
async function fillIneligible(page) {
  await page.fill('#nik', '3522061205800001');
  await page.dispatchEvent('#nik', 'change');
  await fillApplicant(page, { occupation: 'pns' });
}

/** What a phone or kiosk must never show: sideways scroll, small targets, a cut NIK. */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const visible = (e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], details:not([open]) > :not(summary)');
    };
    const controls = document.querySelectorAll('button, a[href], input, select, textarea, summary');
    for (const c of controls) {
      if (!visible(c)) continue;
      // A checkbox or radio is touched through its label, as big as a button.
      const target = (c.type === 'checkbox' || c.type === 'radio') ? (c.closest('label') ?? c) : c;
      const r = target.getBoundingClientRect();
      if (r.height < 44 - 0.5 || r.width < 44 - 0.5) {
        out.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${c.outerHTML.slice(0, 90)}`);
      }
      if (r.right > doc.clientWidth + 1 || r.left < -1) out.push(`off screen: ${c.outerHTML.slice(0, 90)}`);
    }
    // Every tab's words fit (the phone once showed "Sari" for "Saring data").
    for (const a of document.querySelectorAll('nav.tabs a')) {
      if (a.scrollWidth > a.clientWidth + 1 || a.scrollHeight > a.clientHeight + 1) out.push(`tab cut: ${a.textContent}`);
    }
    return out;
  });
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const r = await page.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function saringFile() {
  const dir = mkdtempSync(join(tmpdir(), 'layak-pages-'));
  const file = join(dir, 'calon.csv');
  execFileSync(LAYAK, ['gen', '--rows', '3000', '--seed', '5', '--as-of', '2025-06-01', '--out', file]);
  return file;
}
const screenFile = await saringFile();

for (const [size, viewport] of SIZES) {
  await test(`${size}: Pendaftaran with a decision — no sideways scroll, 44 px targets, whole NIK, axe AA`, async (page) => {
    await open(page);
    expect((await layoutProblems(page)).length === 0, (await layoutProblems(page)).join('\n'));
    await fillIneligible(page);
    const nik = await page.$eval('#nik', (e) => {
      const r = e.getBoundingClientRect();
      return { overflow: e.scrollWidth - e.clientWidth, right: r.right, vw: document.documentElement.clientWidth, value: e.value };
    });
    expect(nik.overflow <= 0 && nik.right <= nik.vw, `NIK ${nik.value} cut: ${JSON.stringify(nik)}`);
    await page.click('button[type="submit"]');
    await page.waitForSelector('#decision-badge');
    await page.screenshot({ path: `${ARTIFACTS}${size}-daftar.png`, fullPage: true });
    const problems = await layoutProblems(page);
    expect(problems.length === 0, problems.join('\n'));
    const v = await axe(page);
    expect(v.length === 0, `axe:\n${v.join('\n')}`);
    if (size === 'phone') {
      const header = await page.$eval('header.top', (e) => e.getBoundingClientRect().height);
      expect(header <= 170, `header takes ${header} of 740 px`);
      // The decision stays in view while the form is worked on: a bar at the foot of the screen.
      await page.evaluate(() => window.scrollTo(0, 0));
      const bar = await page.$eval('#decision-bar', (e) => ({ top: e.getBoundingClientRect().top, text: e.textContent }));
      expect(bar.top < 740 && bar.text.includes('TIDAK LAYAK'), `summary bar: ${JSON.stringify(bar)}`);
      await page.screenshot({ path: `${ARTIFACTS}${size}-daftar-top.png` });
    } else {
      // Side by side: the decision is beside the form, and stays beside it when scrolled.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const box = await page.$eval('#decision', (e) => e.getBoundingClientRect().toJSON());
      const form = await page.$eval('#form-daftar', (e) => e.getBoundingClientRect().toJSON());
      expect(box.left >= form.right - 1 && box.top < 1024 && box.bottom > 0, `decision beside the form: ${JSON.stringify(box)}`);
      await page.screenshot({ path: `${ARTIFACTS}${size}-daftar-scrolled.png` });
    }
  }, { viewport });

  await test(`${size}: Klaim — layout, targets and axe AA with a result`, async (page) => {
    await open(page, '#klaim');
    await page.fill('#death_date', '2025-03-10');
    await page.fill('#reported_date', '2025-03-20');
    await page.selectOption('#relation', 'spouse');
    await page.dispatchEvent('#relation', 'change');
    await page.check('#doc-kartu_peserta');
    await page.screenshot({ path: `${ARTIFACTS}${size}-klaim.png`, fullPage: true });
    const problems = await layoutProblems(page);
    expect(problems.length === 0, problems.join('\n'));
    const v = await axe(page);
    expect(v.length === 0, `axe:\n${v.join('\n')}`);
    const missingInView = await page.evaluate(() => {
      const bar = document.querySelector('#claim-bar');
      const res = document.querySelector('#claim-result');
      const inView = (e) => { const r = e.getBoundingClientRect(); return !e.hidden && r.top < innerHeight && r.bottom > 0 && r.width > 0; };
      return inView(bar) || inView(res);
    });
    expect(missingInView, 'the count of missing documents stays in view while ticking');
  }, { viewport });

  await test(`${size}: Saring data — a result with plain reasons, Indonesian downloads, no sideways scroll, axe AA`, async (page) => {
    await open(page, '#saring');
    await page.setInputFiles('#screen-file', screenFile);
    await page.fill('#screen-as-of', '2025-06-01');
    await page.click('#screen-start');
    await page.waitForSelector('#screen-result:not([hidden])', { timeout: 60000 });
    await page.screenshot({ path: `${ARTIFACTS}${size}-saring.png`, fullPage: true });
    const problems = await layoutProblems(page);
    expect(problems.length === 0, problems.join('\n'));
    const v = await axe(page);
    expect(v.length === 0, `axe:\n${v.join('\n')}`);
    const link = await page.$eval('a[data-file="eligible"]', (a) => ({ text: a.textContent, name: a.download }));
    expect(link.text === 'Unduh daftar layak (CSV)' && link.name === 'layak.csv', `download: ${JSON.stringify(link)}`);
    const reasons = await page.$$eval('ul.reasons li', (l) => l.map((x) => x.textContent));
    expect(reasons.length > 0 && reasons.every((r) => !/[a-z]+\.[a-z_]+/.test(r)), `reasons show rule ids: ${reasons.join(' | ')}`);
  }, { viewport });
}

await test('an empty form asks for the NIK and gives no decision (no ✓ WNI from a default)', async (page) => {
  await open(page);
  await page.click('button[type="submit"]');
  expect(await page.isHidden('#decision'), 'no decision on an empty form');
  const asked = await page.$$eval('#missing-fields button', (b) => b.map((x) => x.dataset.field));
  expect(asked[0] === 'nik' && asked.includes('citizenship') && asked.includes('program'), `asked for: ${asked}`);
  expect(await page.evaluate(() => document.activeElement.id) === 'nik', 'the NIK field is focused');
  expect(await page.$eval('#citizenship', (s) => s.value) === '', 'citizenship is not chosen for the operator');
});

await test('reasons first, failed rules first, codes and legal bases only in the details, in the chosen language', async (page) => {
  await open(page);
  await fillIneligible(page);
  await page.check('#in_poverty_data');
  await page.click('button[type="submit"]');
  await page.waitForSelector('#decision-badge');
  const outcomes = await page.$$eval('#decision li[data-rule]', (l) => l.map((x) => x.dataset.outcome));
  expect(outcomes[0] === 'fail', `first rule shown: ${outcomes[0]}`);
  const order = { fail: 0, review: 1, pass: 2, skip: 3 };
  expect(outcomes.every((o, i) => i === 0 || order[outcomes[i - 1]] <= order[o]), `order: ${outcomes}`);
  // What is on screen (closed details hide their content) has no rule id and no research note.
  const seen = await page.$eval('#decision', (e) => e.innerText);
  expect(!/occupation\.not_excluded|identity\.nik/.test(seen), `rule ids on screen: ${seen}`);
  expect(!/belum diperiksa|Tidak ditemukan untuk/.test(seen), 'research notes on screen');
  // The first fail's badge is within the first screen of the result.
  const gap = await page.evaluate(() => document.querySelector('#decision li[data-outcome="fail"]').getBoundingClientRect().top
    - document.querySelector('#decision-badge').getBoundingClientRect().top);
  expect(gap < 300, `first ✗ ${gap} px below the badge`);
  // Opening the details shows the code; every legal basis text is research-note free, also in English.
  await page.click('#decision li[data-outcome="fail"] details summary');
  expect((await page.textContent('#decision li[data-outcome="fail"] details')).includes('occupation.not_excluded'), 'code in details');
  const allBases = await page.$$eval('#decision dd.basis', (d) => d.map((x) => x.textContent).join(' | '));
  expect(!/belum diperiksa|Tidak ditemukan untuk|Penajam/.test(allBases), `basis: ${allBases}`);
  await page.click('button[data-lang="en"]');
  await page.waitForFunction(() => document.querySelector('#decision-badge')?.textContent === 'NOT ELIGIBLE');
  const en = await page.$$eval('#decision li[data-rule="age.min"] dd.basis', (d) => d.map((x) => x.textContent).join(''));
  expect(/not yet confirmed/.test(en), `English basis of an unconfirmed value: ${en}`);
});

await test('switching language never leaves the status on "Loading…"', async (page) => {
  await open(page);
  await page.click('button[data-lang="en"]');
  await page.click('button[data-lang="id"]');
  await page.click('button[data-lang="en"]');
  const status = await page.textContent('#status');
  expect(!/Loading|Memuat/.test(status), `status: ${status}`);
});

await test('labels are tied to inputs; #nik-info describes the NIK field', async (page) => {
  await open(page);
  expect(await page.getAttribute('#nik', 'aria-describedby') === 'nik-info', 'aria-describedby');
  const unlabelled = await page.$$eval('input, select', (l) => l.filter((e) => e.type !== 'hidden' && !e.labels?.length && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')).map((e) => e.id || e.name));
  expect(unlabelled.length === 0, `without a label: ${unlabelled}`);
});

await test('the offline badge says plainly when the app works without signal', async (page) => {
  await open(page);
  await page.waitForSelector('#offline-badge:not([hidden])', { timeout: 30000 });
  const text = await page.textContent('#offline-badge');
  expect(text.includes('Siap dipakai tanpa sinyal'), `badge: ${text}`);
  const look = await page.$eval('#offline-badge', (e) => getComputedStyle(e).fontWeight);
  expect(Number(look) >= 600, `badge weight ${look}`);
});

// --- Shared kiosks forget ------------------------------------------------------------------

await test('kiosk: after 5 idle minutes a countdown, then everything is cleared; a touch cancels', async (page) => {
  await page.clock.install({ time: new Date('2025-06-02T08:00:00+07:00') });
  await open(page);
  await fillIneligible(page);
  await page.click('button[type="submit"]');
  await page.waitForSelector('#decision-badge');
  // 4 min 20 s of nothing: no countdown yet.
  await page.clock.runFor(260_000);
  expect(await page.isHidden('#idle-bar'), 'no countdown before 4.5 minutes');
  await page.clock.runFor(15_000);
  expect(await page.isVisible('#idle-bar'), 'countdown shows before the clear');
  const left = Number(await page.textContent('#idle-seconds'));
  expect(left > 0 && left <= 30, `seconds left: ${left}`);
  await page.screenshot({ path: `${ARTIFACTS}kiosk-idle-countdown.png` });
  // A touch cancels: the data stays.
  await page.mouse.click(5, 700);
  expect(await page.isHidden('#idle-bar'), 'a touch hides the countdown');
  await page.clock.runFor(60_000);
  expect(await page.inputValue('#nik') === '3522061205800001', 'the data is still there after the touch');
  // Then five more quiet minutes: all gone, as "Hapus data" does.
  await page.clock.runFor(300_000);
  expect(await page.inputValue('#nik') === '', 'NIK cleared');
  expect(await page.inputValue('#name') === '', 'name cleared');
  expect(await page.isHidden('#decision'), 'decision cleared');
  expect((await page.textContent('#nik-info')) === '', 'NIK details cleared');
  expect(await page.$eval('#village_code', (s) => s.options.length) === 1, 'desa list of the last applicant gone');
  expect((await page.textContent('#status')).includes('otomatis'), 'says why');
});

await test('kiosk: the idle minutes are a setting of the address (?idle=1), and an empty page is left alone', async (page) => {
  await page.clock.install({ time: new Date('2025-06-02T08:00:00+07:00') });
  await open(page, '?idle=1');
  await page.clock.runFor(120_000);
  expect(await page.isHidden('#idle-bar'), 'nothing entered: no countdown');
  await page.fill('#name', 'Siti');
  await page.clock.runFor(31_000);
  expect(await page.isVisible('#idle-bar'), 'countdown after 30 s of quiet with ?idle=1');
  await page.clock.runFor(30_000);
  expect(await page.inputValue('#name') === '', 'cleared after one minute');
});

// --- Updates under long HTTP caching ---------------------------------------------------------

await test('update: a new build reaches a page served with max-age=3600, once the operator agrees; an old tab keeps its files', async (page, context) => {
  const dir = mkdtempSync(join(tmpdir(), 'layak-update-'));
  await cp(WWW, dir, { recursive: true });
  const longCache = await serve(dir, 0, { maxAge: 3600 });
  try {
    await open(page, '', longCache.url);
    await page.waitForSelector('#offline-badge:not([hidden])', { timeout: 30000 });
    await page.waitForSelector('body[data-version]');
    const v1 = await page.getAttribute('body', 'data-version');
    const old = await context.newPage();
    await open(old, '#klaim', longCache.url);
    // A new build: a changed page and a new version name, as build-web.sh writes them.
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    await writeFile(join(dir, 'index.html'), html.replace('<footer>', '<footer data-build="2">'));
    const worker = await readFile(join(dir, 'screen-worker.js'), 'utf8');
    await writeFile(join(dir, 'screen-worker.js'), `// build 2\n${worker}`);
    await writeFile(join(dir, 'pkg/version.js'), "self.LAYAK_VERSION = 'layak-build2';\n");
    // Coming back to the page looks for it; no reload happens by itself.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.waitForSelector('#update-bar:not([hidden])', { timeout: 30000 });
    expect((await page.textContent('#update-reload')).includes('Versi baru tersedia'), 'says a new version is there');
    expect(await page.getAttribute('body', 'data-version') === v1 && !(await page.$('footer[data-build="2"]')), 'still the old version until agreed');
    // With a value entered, the first press warns; the second reloads.
    await page.fill('#name', 'Siti');
    await page.click('#update-reload');
    expect((await page.textContent('#update-note')).includes('hilang'), 'warns that entered data is lost');
    await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
    await page.waitForSelector('body[data-ready="1"][data-version]');
    expect(await page.getAttribute('body', 'data-version') === 'layak-build2', 'one reload brings the new version');
    expect(await page.$('footer[data-build="2"]') !== null, 'the new page, not the HTTP-cached one');
    // The tab still open on the old version gets its own files, and is told.
    const oldWorker = await old.evaluate(() => fetch('screen-worker.js').then((r) => r.text()));
    expect(!oldWorker.startsWith('// build 2'), 'the old tab gets the old screening worker');
    await old.waitForSelector('#update-bar:not([hidden])', { timeout: 10000 });
    const newWorker = await page.evaluate(() => fetch('screen-worker.js').then((r) => r.text()));
    expect(newWorker.startsWith('// build 2'), 'the new tab gets the new one');
    await page.screenshot({ path: `${ARTIFACTS}update-after.png` });
  } finally {
    await longCache.close();
    await rm(dir, { recursive: true, force: true });
  }
});

// --- The bundled server ----------------------------------------------------------------------

await test('server: brotli or gzip by Accept-Encoding, ETag and Last-Modified, 304 when unchanged', async () => {
  const get = (path, headers = {}) => new Promise((resolve, reject) => {
    import('node:http').then(({ get: g }) => g(url + path, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject));
  });
  const raw = await readFile(join(WWW, 'pkg/layak_bg.wasm'));
  const br = await get('pkg/layak_bg.wasm', { 'accept-encoding': 'gzip, deflate, br' });
  expect(br.headers['content-encoding'] === 'br', `encoding ${br.headers['content-encoding']}`);
  expect(br.body.length < raw.length * 0.6, `brotli ${br.body.length} of ${raw.length}`);
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  expect(brotliDecompressSync(br.body).equals(raw), 'brotli body is the file');
  const gz = await get('pkg/layak_bg.wasm', { 'accept-encoding': 'gzip' });
  expect(gz.headers['content-encoding'] === 'gzip' && gunzipSync(gz.body).equals(raw), 'gzip');
  const plain = await get('pkg/layak_bg.wasm');
  expect(!plain.headers['content-encoding'] && plain.body.equals(raw), 'identity without Accept-Encoding');
  expect(br.headers.etag && br.headers.etag !== gz.headers.etag, 'one ETag per encoding');
  expect(br.headers['last-modified'] && br.headers.vary === 'Accept-Encoding', 'Last-Modified and Vary');
  const again = await get('pkg/layak_bg.wasm', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag });
  expect(again.status === 304 && again.body.length === 0, `revalidation: ${again.status}`);
  const first = await get('app.js');
  const since = await get('app.js', { 'if-modified-since': first.headers['last-modified'] });
  expect(since.status === 304, `If-Modified-Since: ${since.status}`);
  const older = await get('app.js', { 'if-modified-since': new Date(Date.parse(first.headers['last-modified']) - 1000).toUTCString() });
  expect(older.status === 200, `changed since: ${older.status}`);
  const sw = await serve(WWW, 0, { maxAge: 3600 });
  try {
    const h = (p) => fetch(sw.url + p).then((r) => r.headers.get('cache-control'));
    expect(await h('app.js') === 'max-age=3600' && await h('sw.js') === 'no-cache', 'max-age on all but sw.js');
  } finally { await sw.close(); }
});

await browser.close();
await server.close();
process.exit(finish());
