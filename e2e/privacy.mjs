// Privacy of the web app, in real headless Chromium (Debian's, via playwright-core).
//
// The people whose NIK, birth date and family an operator types in are poor, and their data
// is personal (UU 27/2022). The app promises that nothing leaves the device and nothing is
// kept. This file holds it to that while a person uses every part of it:
//   - every request goes to the app's own origin, for a static file under the served root,
//     with no body and no query string; none goes anywhere else (requests seen by the
//     browser, by a logging proxy in front of e2e/serve.mjs, and CSP violations);
//   - nothing is stored but the service worker's cache of the app itself: localStorage,
//     sessionStorage, cookies and IndexedDB stay empty;
//   - "Hapus data" (#clear-all) leaves no entered value in any field and no result shown,
//     on the Verval page and the Lapor kematian form too.
// Prints "N passed, M failed" last.
import { launch, runner, expect, open as openAt, fillApplicant } from './helpers.mjs';
import { createServer, request as httpRequest } from 'node:http';
import { stat } from 'node:fs/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { serve } from './serve.mjs';

const ROOT = resolve(new URL('../www', import.meta.url).pathname);
const upstream = await serve(ROOT, 0);

// A logging proxy in front of the static server: what actually reached the origin, service
// worker fetches included, with the size of any body.
const seen = [];
const proxy = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const entry = { method: req.method, url: req.url, body: body.length, status: 0 };
    seen.push(entry);
    const up = httpRequest(new URL(req.url, upstream.url), { method: req.method, headers: req.headers }, (r) => {
      entry.status = r.statusCode;
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on('error', (e) => { res.writeHead(502).end(String(e)); });
    up.end(body);
  });
});
await new Promise((ok) => proxy.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${proxy.address().port}/`;
const ORIGIN = new URL(url).origin;

const browser = await launch();
const { test, finish } = runner(browser, {
  timeoutMs: 90_000, // a hung promise (a service worker that never activates) fails the test, not the run
  // A test may ask for a context without the service worker (`{ serviceWorkers: 'block' }`).
  contextOptions: ({ serviceWorkers = 'allow' } = {}) => ({ serviceWorkers }),
  async before(context, page, problems) {
    const requests = [];
    context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postDataBuffer(), from: 'browser' }));
    page.on('websocket', (w) => problems.push(`websocket opened: ${w.url()}`));
    // Any request the Content-Security-Policy blocked was still an attempt to send data out.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    seen.length = 0;
    return [requests];
  },
  async after(page, problems) {
    const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
    if (csp.length) problems.push(`CSP violations: ${csp.join(', ')}`);
  },
});
const open = (page, hash = '') => openAt(page, url, hash);

/** Whether a URL path names a file under the served root (a directory serves index.html). */
async function isStaticFile(pathname) {
  const path = normalize(join(ROOT, decodeURIComponent(pathname)));
  if (!path.startsWith(ROOT)) return false;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return Boolean(await stat(join(path, 'index.html')).catch(() => null));
  return Boolean(info?.isFile());
}

const NIK = '3522061205800001';
const KK = '3522060101100003';
const NAME = 'Sutrisno Rahasia';

/** Uses the registration form the way an operator does: typing, choosing, submitting. */
async function register(page) {
  await page.click('a[data-page="daftar"]');
  await page.waitForSelector('#page-daftar:not([hidden])');
  await page.click('#nik');
  await page.keyboard.type(NIK);
  await page.click('#kk');
  await page.keyboard.type(KK);
  await fillApplicant(page, { name: NAME, occupation: 'none' });
  await page.check('#in_poverty_data');
  await page.click('button[type="submit"]');
  await page.waitForSelector('#decision-badge');
}

/** Uses the claim page: dates, the heir, the family, documents ticked. */
async function fileClaim(page) {
  await page.click('a[data-page="klaim"]');
  await page.waitForSelector('#page-klaim:not([hidden])');
  await page.check('input[name="type"][value="jkm"]');
  await page.fill('#death_date', '2025-03-10');
  await page.fill('#reported_date', '2025-03-20');
  await page.fill('#membership_start', '2021-01-15');
  await page.fill('#complete_date', '2025-04-02');
  await page.selectOption('#relation', 'spouse');
  await page.dispatchEvent('#relation', 'change');
  await page.check('#minor');
  await page.check('#family input[value="child"]');
  for (const code of ['kartu_peserta', 'ktp_peserta', 'ktp_ahli_waris', 'kk']) await page.check(`#doc-${code}`);
  await page.waitForSelector('#missing-list li');
}

async function switchLanguage(page) {
  await page.click('button[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('button[data-lang="id"]');
  await page.waitForFunction(() => document.documentElement.lang === 'id');
}

await test('using every part of the app requests only static files of its own origin, with no body', async (page, context, requests) => {
  await open(page);
  await register(page);
  await fileClaim(page);
  await page.click('a[data-page="saring"]');
  await switchLanguage(page);
  // Offline: after one visit the service worker serves the app; it must work the same. The
  // workbook writer is stored in a second stage after the app is ready; wait for it, so that
  // going offline does not cut that download (a cut download is retried on the next visit).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForSelector('body[data-workbook="ready"]', { timeout: 60000 });
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await register(page);
  await page.click('#clear-all');
  await context.setOffline(false);

  expect(requests.length > 0 && seen.length > 0, `requests were recorded: ${requests.length} in the browser, ${seen.length} at the server`);
  for (const r of requests) {
    const u = new URL(r.url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
    expect(u.origin === ORIGIN, `request to another origin: ${r.method} ${r.url}`);
    expect(r.method === 'GET' || r.method === 'HEAD', `not a plain read: ${r.method} ${r.url}`);
    expect(!r.body || r.body.length === 0, `request with a body: ${r.method} ${r.url}`);
    expect(u.search === '' && u.hash === '', `request carries data in its URL: ${r.url}`);
    expect(await isStaticFile(u.pathname), `not a static file under the served root: ${u.pathname}`);
  }
  for (const s of seen) {
    const u = new URL(s.url, url);
    expect(s.method === 'GET' || s.method === 'HEAD', `server saw ${s.method} ${s.url}`);
    expect(s.body === 0, `server received a ${s.body}-byte body with ${s.url}`);
    expect(u.search === '', `server saw a query string: ${s.url}`);
    expect(await isStaticFile(u.pathname), `server was asked for ${u.pathname}, not a static file`);
    expect(s.status === 200 || s.status === 304, `server answered ${s.status} for ${s.url}`);
  }
  // Nothing typed ever reached the server, not even in a path.
  for (const s of seen) {
    for (const secret of [NIK, KK, encodeURIComponent(NAME), 'Sutrisno', '1980-05-12']) {
      expect(!s.url.includes(secret), `entered data in a request: ${s.url}`);
    }
  }
});

await test('Enter pressed before a page has started sends nothing: the forms never submit to the server', async (page, context, requests) => {
  // A slow line: the forms' WebAssembly is held back, so the registration form is on screen
  // with nothing yet bound to it, as on a phone's first visit; then the Klaim and Lapor
  // kematian modules are held back while the registration form already works. A form that
  // submitted the browser's way would put what was typed in the address it asks for.
  const hold = () => { let release; const held = new Promise((ok) => { release = ok; }); return { held, release }; };
  const wasm = hold();
  const pages = hold();
  await page.route('**/pkg/layak_bg.wasm', async (route) => { await wasm.held; await route.continue(); });
  await page.route(/\/(claim|lapor)\.js$/, async (route) => { await pages.held; await route.continue(); });
  await page.goto(url);
  await page.fill('#nik', NIK);
  await page.press('#nik', 'Enter');
  expect(await page.evaluate(() => document.body.dataset.form) === undefined, 'the form started before Enter was pressed: the test proves nothing');
  wasm.release();
  await page.waitForSelector('body[data-form="1"]');
  for (const [hash, field, value] of [['#klaim', '#death_date', '2025-03-10'], ['#lapor', '#lapor-nik', NIK]]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.fill(field, value);
    await page.press(field, 'Enter');
  }
  expect(await page.evaluate(() => document.body.dataset.ready) === undefined, 'every page started before Enter was pressed: the test proves nothing');
  pages.release();
  await page.waitForSelector('body[data-ready="1"]');
  expect(!page.url().includes('?'), `the page went to ${page.url()}`);
  expect(await page.inputValue('#lapor-nik') === NIK, 'the typed NIK is gone: a submission reloaded the page');
  for (const r of requests) expect(!r.url.includes('?'), `request carries data in its URL: ${r.url}`);
  for (const s of seen) expect(!s.url.includes('?'), `server saw a query string: ${s.url}`);
  // Without a service worker: one that took over the page would serve the held modules
  // from its cache, past the test's hold (Playwright's routes do not see its answers).
}, { serviceWorkers: 'block' });

await test('nothing is stored but the service worker cache of the app itself', async (page, context) => {
  await open(page);
  await register(page);
  await fileClaim(page);
  await switchLanguage(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await register(page);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    caches: await Promise.all((await caches.keys()).map(async (k) => ({
      name: k,
      urls: (await (await caches.open(k)).keys()).map((r) => r.url),
    }))),
  }));
  expect(stored.local === 0, `localStorage holds ${stored.local} items`);
  expect(stored.session === 0, `sessionStorage holds ${stored.session} items`);
  expect(stored.cookie === '', `cookies: ${stored.cookie}`);
  expect((await context.cookies()).length === 0, 'the context holds cookies');
  expect(stored.idb.length === 0, `IndexedDB databases: ${stored.idb.join(', ')}`);
  expect(stored.caches.length >= 1, 'the service worker cached the app');
  for (const c of stored.caches) {
    expect(c.name.startsWith('layak-'), `a cache that is not the app's: ${c.name}`);
    if (c.name === 'layak-clients') {
      // The service worker's note of which version each open tab runs (see www/sw.js):
      // browser tab ids and version names, nothing entered.
      const note = await page.evaluate(async () => (await (await caches.open('layak-clients')).match('map'))?.text());
      const entries = Object.entries(JSON.parse(note ?? '{}'));
      expect(c.urls.length === 1 && entries.every(([id, [v, at]]) => /^[\w-]+$/.test(id) && /^layak-[\w-]+$/.test(v) && Number.isFinite(at)),
        `the version note holds something else: ${note}`);
      expect(!note.includes(NIK) && !note.includes(NAME), 'the version note holds entered data');
      continue;
    }
    for (const u of c.urls) {
      const parsed = new URL(u);
      expect(parsed.origin === ORIGIN && parsed.search === '', `cached ${u}`);
      expect(await isStaticFile(parsed.pathname), `cached something that is not a file of the app: ${u}`);
    }
  }
});

await test('"Hapus data" leaves no entered value in any field and no result shown', async (page) => {
  await open(page);
  // What a fresh page shows, to compare with after clearing.
  const fresh = await page.evaluate(() => ({
    claim: document.querySelector('#claim-result').innerHTML,
    docs: document.querySelector('#documents').innerHTML,
  }));
  await register(page);
  expect(await page.isVisible('#decision'), 'the decision was shown before clearing');
  await fileClaim(page);
  await page.click('#clear-all');
  await page.waitForFunction(() => document.querySelector('#decision').hidden);
  // The reset handlers run after the event; let them finish.
  await page.waitForTimeout(50);
  const after = await page.evaluate(() => {
    const fields = [...document.querySelectorAll('input, select, textarea')];
    const changed = fields.filter((e) => {
      if (e.type === 'checkbox' || e.type === 'radio') return e.checked !== e.defaultChecked;
      if (e.tagName === 'SELECT') return [...e.options].some((o) => o.selected !== o.defaultSelected) && e.value !== (e.options[0]?.value ?? '');
      return e.value !== e.defaultValue;
    }).map((e) => `${e.id || e.name || e.tagName}=${e.type === 'checkbox' || e.type === 'radio' ? e.checked : e.value}`);
    return {
      changed,
      values: fields.map((e) => e.value).join('\n'),
      text: document.body.innerText,
      // The page's data blocks (labels, every region name) are the app, not entered data.
      html: (() => { const b = document.body.cloneNode(true); for (const x of b.querySelectorAll('script')) x.remove(); return b.innerHTML; })(),
      decisionHidden: document.querySelector('#decision').hidden,
      decision: document.querySelector('#decision').textContent,
      nikInfo: document.querySelector('#nik-info').textContent,
      kkInfo: document.querySelector('#kk-info').textContent,
      customError: document.querySelector('#nik').validity.customError || document.querySelector('#kk').validity.customError,
      claim: document.querySelector('#claim-result').innerHTML,
      docs: document.querySelector('#documents').innerHTML,
    };
  });
  expect(after.changed.length === 0, `fields still hold entered values: ${after.changed.join(', ')}`);
  for (const secret of [NIK, KK, NAME, '1980-05-12', '2025-03-10', '2021-01-15', 'Dander', 'Ngunut']) {
    expect(!after.values.includes(secret), `a field still holds ${secret}`);
  }
  for (const secret of [NIK, KK, NAME, '352206', '12 Mei 1980', 'Ngunut']) {
    expect(!after.html.includes(secret), `the page still shows ${secret}`);
  }
  expect(after.decisionHidden && after.decision === '', 'the eligibility decision is gone');
  expect(after.nikInfo === '' && after.kkInfo === '', 'the NIK and KK read-outs are empty');
  expect(!after.customError, 'the NIK or KK field still carries the last check\'s message');
  expect(after.claim === fresh.claim, 'the claim result is back to the empty form\'s');
  expect(after.docs === fresh.docs, 'no claim document stays ticked');
});

// --- Verval and Lapor kematian (issue 13) ------------------------------------------------------

const vervalDir = mkdtempSync(join(tmpdir(), 'layak-privacy-verval-'));
const ENROLLED = join(vervalDir, 'peserta.csv');
const DEATHS = join(vervalDir, 'kematian.csv');
writeFileSync(ENROLLED, `nik,no_kk,nama,tanggal_lahir,jenis_kelamin,kode_desa,program,kategori,pekerjaan,terdata_miskin,tanggal_daftar\n${NIK},${KK},${NAME},1980-05-12,L,35.22.06.2001,rentan,buruh_tani,-,ya,2024-03-01\n`);
writeFileSync(DEATHS, `nik,tanggal_meninggal,tanggal_lapor\n${NIK},2025-03-10,2025-03-20\n`);

/** A verval round on the device and a death reported on the Lapor kematian form. */
async function vervalAndReport(page) {
  await page.click('a[data-page="verval"]');
  await page.waitForSelector('#page-verval:not([hidden])');
  await page.setInputFiles('#verval-enrolled', ENROLLED);
  await page.setInputFiles('#verval-deaths', [DEATHS]);
  await page.fill('#verval-as-of', '2025-06-01');
  await page.click('#verval-start');
  await page.waitForSelector('body[data-verval="done"]', { timeout: 60_000 });
  await page.click('a[data-page="lapor"]');
  await page.waitForSelector('#page-lapor:not([hidden])');
  await page.fill('#lapor-nik', NIK);
  await page.fill('#lapor-death-date', '2025-03-10');
  await page.fill('#lapor-reporter', 'Siti Pelapor');
  await page.selectOption('#lapor-relation', 'spouse');
  await page.selectOption('#lapor-kecamatan', '35.22.06');
  await page.selectOption('#lapor-desa', '35.22.06.2001');
  await page.dispatchEvent('#lapor-desa', 'change');
  await page.waitForSelector('#lapor-result:not([hidden])');
  // The report file goes to the phone's share sheet (or downloads): never to a server.
  await Promise.all([page.waitForEvent('download'), page.click('#lapor-send')]);
}

await test('Verval and Lapor kematian: files and the report stay on the device, nothing stored, "Hapus data" clears both', async (page, context, requests) => {
  await open(page);
  await vervalAndReport(page);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  }));
  expect(stored.local === 0 && stored.session === 0 && stored.cookie === '' && stored.idb.length === 0, `stored: ${JSON.stringify(stored)}`);
  for (const r of requests) {
    const u = new URL(r.url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
    expect(u.origin === ORIGIN && (r.method === 'GET' || r.method === 'HEAD') && !r.body?.length && u.search === '', `request: ${r.method} ${r.url}`);
    expect(await isStaticFile(u.pathname), `not a static file: ${u.pathname}`);
  }
  for (const s of seen) for (const secret of [NIK, KK, 'Siti Pelapor']) expect(!s.url.includes(secret), `entered data in a request: ${s.url}`);
  await page.click('#clear-all');
  await page.waitForFunction(() => document.querySelector('#verval-result').hidden && document.querySelector('#lapor-result').hidden);
  await page.waitForTimeout(50);
  const after = await page.evaluate(() => ({
    // The page's data blocks (labels, every region name) are the app, not entered data.
    html: (() => { const b = document.body.cloneNode(true); for (const x of b.querySelectorAll('script')) x.remove(); return b.innerHTML; })(),
    values: [...document.querySelectorAll('#page-verval input, #page-lapor input, #page-lapor select')]
      .filter((e) => (e.type === 'file' ? e.files.length : e.type === 'checkbox' ? e.checked !== e.defaultChecked
        : e.tagName === 'SELECT' ? e.value !== '' : e.value !== e.defaultValue))
      .map((e) => e.id),
  }));
  expect(after.values.length === 0, `fields still hold entered values: ${after.values}`);
  for (const secret of [NIK, NAME, 'Siti Pelapor']) expect(!after.html.includes(secret), `the page still shows ${secret}`);
});

await browser.close();
await new Promise((ok) => proxy.close(ok));
await upstream.close();
process.exit(finish());
