// Tests of the npm package in pkg/ as a consumer sees it: its exports and files, every example
// of its README run as printed (in Node with `import ... from 'layak'`, in headless Chromium
// with an import map), the form helpers, the applicant schema with zod and react-hook-form,
// the <layak-nik>/<layak-kk> elements in real forms, the drop-in folder, messages in the
// language asked for, and its TypeScript declarations (tsc --noEmit --strict).
// Prints "N passed, M failed" last.
import { readFileSync, existsSync, mkdirSync, symlinkSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../pkg/', import.meta.url);
const pkgDir = fileURLToPath(root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root)));

// `import ... from 'layak'` in the examples resolves here as it would after `npm install`.
const linked = new URL('node_modules/layak', import.meta.url);
try { lstatSync(linked); } catch { symlinkSync(pkgDir, fileURLToPath(linked), 'dir'); }

let passed = 0, failed = 0;
async function test(name, fn) {
  try { await fn(); passed++; console.log(`ok   ${name}`); }
  catch (e) { failed++; console.log(`FAIL ${name}\n     ${e.stack || e}`); }
}
function expect(cond, msg) { if (!cond) throw new Error(msg); }
const json = (x) => JSON.stringify(x);

// The examples, copied beside e2e/node_modules so their bare imports resolve.
const examplesDir = new URL('.examples/', import.meta.url);
mkdirSync(examplesDir, { recursive: true });
const examples = {};
for (const f of readdirSync(new URL('examples/', root))) {
  examples[f] = readFileSync(new URL(`examples/${f}`, root), 'utf8');
  execFileSync('cp', [fileURLToPath(new URL(`examples/${f}`, root)), fileURLToPath(new URL(f, examplesDir))]);
}
const readme = readFileSync(new URL('README.md', root), 'utf8');

// ---------------------------------------------------------------- Node

await test('package.json: every exported and listed file exists, the screening wasm too', () => {
  expect(pkg.name === 'layak', pkg.name);
  for (const f of pkg.files) expect(existsSync(new URL(f, root)), `missing ${f}`);
  for (const [k, v] of Object.entries(pkg.exports)) {
    for (const target of typeof v === 'string' ? [v] : Object.values(v)) {
      expect(existsSync(new URL(target, root)), `export ${k} → ${target}`);
    }
  }
  for (const k of ['.', './form', './elements', './layak_bg.wasm', './layak_screen_bg.wasm', './screen']) {
    expect(k in pkg.exports, `no export ${k}`);
  }
});

await test('LICENSE is in the package: MIT, as Cargo.toml says', () => {
  const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
  expect(/^license = "MIT"$/m.test(cargo), 'Cargo.toml licence');
  expect(pkg.license === 'MIT' && pkg.files.includes('LICENSE'), 'package.json licence');
  expect(readFileSync(new URL('LICENSE', root), 'utf8').startsWith('MIT License'), 'LICENSE text');
});

await test('every example file is printed in the README as it is', () => {
  for (const [f, text] of Object.entries(examples)) {
    expect(readme.includes(text.trim()), `README does not show examples/${f} as it is`);
  }
  expect(Object.keys(examples).length >= 6, Object.keys(examples).join(' '));
});

await test("README example 'Node' runs as printed", async () => {
  const { r } = await import(new URL('node.mjs', examplesDir));
  expect(r.valid && r.district.name === 'Dander' && r.nik === '3522061205800001', json(r));
});

const layak = await import('layak');
const form = await import('layak/form');

await test('init() is idempotent, concurrent calls included; ready() is one promise', async () => {
  const bytes = readFileSync(new URL('layak_bg.wasm', root));
  const a = await layak.default({ module_or_path: bytes });
  const [b, c] = await Promise.all([layak.default({ module_or_path: bytes }), layak.default({ module_or_path: bytes })]);
  expect(a === b && b === c, 'the same instance');
  expect(form.ready() === form.ready(), 'one promise');
  await form.ready();
  expect(form.isReady(), 'ready');
  expect(layak.validateNik('3522061205800001').valid, 'answers');
});

await test('messages follow lang: schemas, thrown errors, options errors', async () => {
  const bad = '3522061205800000';
  const id = await form.nikSchema({ lang: 'id', as_of: '2025-06-01' })['~standard'].validate(bad);
  const en = await form.nikSchema({ lang: 'en', as_of: '2025-06-01' })['~standard'].validate(bad);
  expect(id.issues[0].code === 'nik.serial_zero' && en.issues[0].code === 'nik.serial_zero', json([id, en]));
  expect(id.issues[0].message !== en.issues[0].message, 'same text in both languages');
  expect(/serial|sequence|number/i.test(en.issues[0].message) && /urut|nomor/i.test(id.issues[0].message), json([id, en]));
  const thrown = (fn) => { try { fn(); } catch (e) { return e; } return null; };
  const eId = thrown(() => layak.validateNik(3522061205800001, { lang: 'id' }));
  const eEn = thrown(() => layak.validateNik(3522061205800001, { lang: 'en' }));
  expect(eId?.code === 'input.type' && eEn?.code === 'input.type', json([eId?.code, eEn?.code]));
  expect(/harus/.test(eId.message) && /must/.test(eEn.message), `${eId.message} | ${eEn.message}`);
  const opt = thrown(() => layak.validateNik('3522061205800001', { lang: 'en', partial: 'sometimes' }));
  expect(opt?.code === 'options.type' && /options must be an object/i.test(opt.message), `${opt?.code} ${opt?.message}`);
  const app = thrown(() => layak.checkEligibility(5, { lang: 'id' }));
  expect(app?.code === 'input.type' && /harus berupa objek/.test(app.message), `${app?.code} ${app?.message}`);
  const numberInSchema = await form.nikSchema({ lang: 'en' })['~standard'].validate(3522061205800001);
  expect(numberInSchema.issues[0].code === 'input.type' && /must/.test(numberInSchema.issues[0].message), json(numberInSchema));
});

// An applicant the rules find eligible (pekerja rentan, Bojonegoro, 45 years old).
const APPLICANT = {
  nik: '3522 0612 0580 0001', kk: '3522060101100003', name: 'Sutrisno', birth_date: '1980-05-12', sex: 'L',
  citizenship: 'WNI', village_code: '35.22.06.2001', program: 'rentan', category: 'buruh_tani',
  occupation: 'none', in_poverty_data: true, already_enrolled: false,
};

await test('params: one override object changes claim amounts and limits, and the words follow', () => {
  // docs/parameters.md: claims parameters by their dotted names, as --params takes them.
  // Embedded: JKM Rp20,000,000 + Rp12,000,000 + Rp10,000,000, at most 2 children (PP 82/2019).
  const params = {
    jkm: { santunan_sekaligus: { values: [
      { since: '2019-12-02', value: 25000000, reference: 'uji', confidence: 'unconfirmed' }] } },
    beasiswa: { max_children: { values: [
      { since: '2019-12-02', value: 3, reference: 'uji', confidence: 'unconfirmed' }] } },
    age: { max: { values: [{ since: '2024-01-01', value: 65, reference: 'uji', confidence: 'unconfirmed' }] } },
  };
  const claim = { type: 'jkm', death_date: '2025-03-10', membership_start: '2020-01-15',
    relation: 'spouse', family: ['spouse', 'child'] };
  const possible = (r) => r.issues.find((i) => i.code === 'claim.beasiswa_possible')?.message ?? '';
  const before = layak.checkClaim(claim, { as_of: '2025-04-01' });
  expect(before.benefit.total === 42000000 && /paling banyak 2/.test(possible(before)), json(before.benefit));
  const after = layak.checkClaim(claim, { as_of: '2025-04-01', params });
  const lump = after.benefit.parts.find((p) => p.code === 'santunan_sekaligus');
  expect(lump.amount === 25000000 && after.benefit.total === 47000000, json(after.benefit));
  expect(after.benefit.parameters === 'bpjstk-klaim-2025+override', after.benefit.parameters);
  expect(/paling banyak 3/.test(possible(after)), possible(after));
  // The same object in an eligibility check: accepted, and its age.max override applies.
  const e = layak.checkEligibility(APPLICANT, { as_of: '2025-06-01', params });
  expect(e.decision === 'eligible' && e.parameters === 'bojonegoro-2025+override', json(e.decision));
  const thrown = (fn) => { try { fn(); } catch (err) { return err; } return null; };
  const typo = thrown(() => layak.checkClaim(claim, { params: { jkm: { santunan_sekaligu: {} } } }));
  expect(typo?.code === 'params.invalid' && /jkm\.santunan_sekaligu/.test(typo.message), `${typo?.code} ${typo?.message}`);
});

await test('applicantSchema: eligible → the applicant with normalised numbers', async () => {
  const r = await form.applicantSchema({ as_of: '2025-06-01' })['~standard'].validate(APPLICANT);
  expect(!r.issues, json(r.issues));
  expect(r.value.nik === '3522061205800001' && r.value.kk === '3522060101100003' && r.value.name === 'Sutrisno', json(r.value));
});

await test('applicantSchema: each issue on the field it concerns', async () => {
  const s = form.applicantSchema({ as_of: '2025-06-01', lang: 'en' })['~standard'];
  const at = (r, field) => r.issues?.find((i) => i.path?.[0] === field);
  const badNik = await s.validate({ ...APPLICANT, nik: '3522061205800000' });
  expect(at(badNik, 'nik')?.code === 'nik.serial_zero', json(badNik));
  const old = await s.validate({ ...APPLICANT, nik: '3522061205500001', birth_date: '1955-05-12' });
  expect(at(old, 'birth_date')?.code === 'age.max', json(old));
  const notPoor = await s.validate({ ...APPLICANT, in_poverty_data: false });
  expect(at(notPoor, 'in_poverty_data')?.code === 'poverty.listed', json(notPoor));
  const enrolled = await s.validate({ ...APPLICANT, already_enrolled: true });
  expect(at(enrolled, 'already_enrolled')?.code === 'enrolment.not_enrolled', json(enrolled));
  const empty = await s.validate({});
  expect(at(empty, 'nik'), `an empty form must ask for the NIK: ${json(empty)}`);
  // One message per field: the NIK's own error, not also the rule's.
  expect(badNik.issues.filter((i) => i.path?.[0] === 'nik').length === 1, json(badNik));
  const notObject = await s.validate('3522061205800001');
  expect(notObject.issues[0].code === 'input.type', json(notObject));
  const onlyFails = await form.applicantSchema({ as_of: '2025-06-01', block: ['fail'] })['~standard'].validate({ ...APPLICANT, citizenship: undefined });
  expect(!onlyFails.issues, `review outcomes left out with block: ['fail']: ${json(onlyFails)}`);
});

await test("README example 'zod' runs as printed: fields of z.object with their paths", async () => {
  const { Pendaftar } = await import(new URL('zod.mjs', examplesDir));
  const ok = Pendaftar.safeParse({ nama: 'Sutrisno', nik: '3522 0612 0580 0001' });
  expect(ok.success && ok.data.nik === '3522061205800001', json(ok.error?.issues ?? ok.data));
  const bad = Pendaftar.safeParse({ nama: 'Sutrisno', nik: '3.52206E+15' });
  expect(!bad.success, 'refused');
  const i = bad.error.issues[0];
  expect(i.path.join('.') === 'nik' && i.params.layak === 'nik.scientific_notation', json(bad.error.issues));
  expect(i.message.startsWith('NIK ini sudah diubah spreadsheet menjadi angka desimal'), i.message);
  const kk = Pendaftar.safeParse({ nama: 'Sutrisno', nik: '3522061205800001', no_kk: '3522060101100000' });
  expect(!kk.success && kk.error.issues[0].path.join('.') === 'no_kk', json(kk.error?.issues));
});

await test('applicantSchema inside zod keeps per-field paths (nested under its key)', async () => {
  const { z } = await import('zod');
  const Form = z.object({ pendaftar: form.toZod(z, form.applicantSchema({ as_of: '2025-06-01' })) });
  const r = Form.safeParse({ pendaftar: { ...APPLICANT, in_poverty_data: false } });
  expect(!r.success && r.error.issues.some((i) => i.path.join('.') === 'pendaftar.in_poverty_data'), json(r.error?.issues));
});

await test("README example 'react-hook-form' runs as printed: errors under their fields", async () => {
  const { resolver } = await import(new URL('react-hook-form.mjs', examplesDir));
  const opts = { fields: {}, shouldUseNativeValidation: false };
  const bad = await resolver({ ...APPLICANT, nik: '3522061205800000', in_poverty_data: false }, undefined, opts);
  expect(bad.errors.nik?.message && bad.errors.in_poverty_data?.message, json(bad.errors));
  expect(!bad.errors.root, `nothing on root: ${json(bad.errors)}`);
  const good = await resolver({ ...APPLICANT, birth_date: '1980-05-12' }, undefined, opts);
  // as_of defaults to today: the applicant is 45 or older, still under the limit.
  expect(Object.keys(good.errors).length === 0 && good.values.nik === '3522061205800001', json(good));
});

await test("README example 'valibot and ArkType' runs as printed", async () => {
  const v = await import('valibot');
  const { PendaftarV, PendaftarA } = await import(new URL('valibot-arktype.mjs', examplesDir));
  const ok = v.safeParse(PendaftarV, { nama: 'Sutrisno', nik: '3522 0612 0580 0001' });
  expect(ok.success && ok.output.nik === '3522061205800001', json(ok.issues ?? ok.output));
  const bad = v.safeParse(PendaftarV, { nama: 'Sutrisno', nik: '3522061205800000' });
  expect(!bad.success && /0000/.test(bad.issues[0].message) && v.getDotPath(bad.issues[0]) === 'nik', json(bad.issues?.map((i) => [i.message, v.getDotPath(i)])));
  const a = PendaftarA({ nama: 'Sutrisno', nik: '3522 0612 0580 0001' });
  expect(a.nik === '3522061205800001', String(a));
  const aBad = PendaftarA({ nama: 'Sutrisno', nik: '3522061205800000' });
  expect(aBad.constructor.name === 'ArkErrors' && /0000/.test(aBad.summary) && aBad[0].path.join('.') === 'nik', String(aBad));
});

await test('the TypeScript declarations compile against real use (tsc --strict)', () => {
  const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', import.meta.url));
  try {
    execFileSync(process.execPath, [tsc, '-p', fileURLToPath(new URL('tsconfig.json', import.meta.url))], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(String(e.stdout || e.message));
  }
});

// ---------------------------------------------------------------- Chromium

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(pkgDir, path);
  if (!file.startsWith(pkgDir) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const IMPORTS = `<script type="importmap">{"imports": {"layak": "/layak.js", "layak/form": "/form.js", "layak/elements": "/elements.js"}}</script>`;

let browser = null;
try {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
} catch (e) {
  failed++;
  console.log(`FAIL Chromium could not start: ${e.message}`);
}

async function inPage(name, html, fn) {
  if (!browser) return;
  await test(`Chromium: ${name}`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route(`${base}/__test.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    try {
      await page.goto(`${base}/__test.html`);
      await fn(page);
      expect(problems.length === 0, problems.join('; '));
    } finally {
      await page.close();
    }
  });
}

await inPage("README example 'quick start' runs as printed", `<!doctype html>${IMPORTS}
<script type="module">import { r } from '/examples/quickstart.mjs'; window.r = r;</script>`, async (page) => {
  const r = await page.waitForFunction(() => window.r).then((h) => h.jsonValue());
  expect(r.valid && r.nik === '3522061205800001' && r.district.name === 'Dander' && r.sex === 'M' && r.birth_date === '1980-05-12', json(r));
});

const FORM = `<!doctype html><html lang="id">${IMPORTS}
<form method="post" id="f"><input id="nik" name="nik" required> <span id="nik-info"></span><button>Kirim</button></form>
<script type="module" src="/examples/form.js"></script>`;

await inPage("README example 'Plain HTML forms' runs as printed, without init(), posting 16 digits", FORM, async (page) => {
  await page.fill('#nik', '3522 0612 0580 0001');
  await page.waitForFunction(() => document.querySelector('#nik-info').textContent === 'Dander');
  await page.locator('#nik').blur();
  const posted = await page.evaluate(() => new FormData(document.querySelector('#f')).get('nik'));
  expect(posted === '3522061205800001', `posted ${posted}`);
  expect(await page.inputValue('#nik') === '3522 0612 0580 0001', 'the operator still sees what they typed');
  await page.fill('#nik', '3522061205800000');
  await page.locator('#nik').dispatchEvent('change');
  const v = await page.evaluate(() => ({ ok: document.querySelector('#f').checkValidity(), msg: document.querySelector('#nik').validationMessage }));
  expect(!v.ok && /0000/.test(v.msg), json(v));
});

await inPage('a ?v= query on layak.js: the helpers still answer (no uninitialised copy)', `<!doctype html>
<script type="module">
  import init from '/layak.js?v=3';
  import { nikSchema, isReady } from '/form.js?v=3';
  await init();
  const first = nikSchema({ lang: 'en' })['~standard'].validate('3522 0612 0580 0001');
  const r = await first;
  window.out = { r, readyAfter: isReady() };
</script>`, async (page) => {
  const out = await page.waitForFunction(() => window.out).then((h) => h.jsonValue());
  expect(out.r.value === '3522061205800001' && out.readyAfter, json(out));
});

await inPage('the applicant schema in the browser', `<!doctype html>${IMPORTS}
<script type="module">
  import { applicantSchema } from 'layak/form';
  const r = await applicantSchema({ lang: 'en', as_of: '2025-06-01' })['~standard'].validate({ nik: '3522061205800001', birth_date: '1950-01-01' });
  window.out = r;
</script>`, async (page) => {
  const r = await page.waitForFunction(() => window.out).then((h) => h.jsonValue());
  expect(r.issues.some((i) => i.path?.[0] === 'birth_date'), json(r));
  expect(r.issues.some((i) => i.path?.[0] === 'program' || i.path?.[0] === 'category'), json(r));
});

async function dropin(page, lang = 'id') {
  await page.goto(`${base}/dropin/layak/contoh.html`);
  if (lang !== 'id') await page.evaluate((l) => { document.documentElement.lang = l; }, lang);
  await page.waitForFunction(() => customElements.get('layak-nik'));
}

if (browser) {
  await test('Chromium: the drop-in folder: <layak-nik> posts 16 digits, blocks a bad or missing NIK', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      await dropin(page);
      const form = () => page.evaluate(() => {
        const f = document.querySelector('form');
        const nik = document.querySelector('layak-nik');
        return { ok: f.checkValidity(), nik: new FormData(f).get('nik'), kk: new FormData(f).get('no_kk'), msg: nik.validationMessage, missing: nik.validity.valueMissing };
      });
      await page.waitForFunction(() => document.querySelector('layak-nik').validity.valueMissing);
      let s = await form();
      expect(!s.ok && s.missing && s.nik === null && s.msg.length > 0, `empty required: ${json(s)}`);
      // The <label for> reaches the inner input.
      await page.click('label[for=nik]');
      expect(await page.evaluate(() => document.activeElement.id) === 'nik', 'label focuses the field');
      await page.keyboard.type('3522 0612 0580 0001');
      await page.waitForFunction(() => document.querySelector('#nik-info').textContent === 'Dander');
      s = await form();
      expect(s.ok && s.nik === '3522061205800001' && s.kk === null, `valid: ${json(s)}`);
      await page.fill('#kk', '3522-0601-0110-0003');
      await page.locator('#kk').blur();
      await page.waitForFunction(() => new FormData(document.querySelector('form')).get('no_kk') === '3522060101100003');
      await page.fill('#nik', '3522061205800000');
      await page.locator('#nik').blur();
      await page.waitForFunction(() => !document.querySelector('layak-nik').validity.valid);
      s = await form();
      expect(!s.ok && /0000/.test(s.msg), `invalid: ${json(s)}`);
      // Submission is blocked: the page does not navigate.
      await page.click('button');
      expect(page.url().endsWith('contoh.html'), page.url());
      await page.evaluate(() => document.querySelector('form').reset());
      await page.waitForFunction(() => document.querySelector('layak-nik').validity.valueMissing);
      expect(await page.inputValue('#nik') === '', 'reset');
      expect(problems.length === 0, problems.join('; '));
    } finally {
      await page.close();
    }
  });

  await test("Chromium: <layak-nik> speaks the page's language", async () => {
    const page = await browser.newPage();
    try {
      await dropin(page, 'en');
      await page.fill('#nik', '3522061205800000');
      await page.locator('#nik').blur();
      await page.waitForFunction(() => !document.querySelector('layak-nik').validity.valid);
      const en = await page.evaluate(() => document.querySelector('layak-nik').validationMessage);
      await dropin(page, 'id');
      await page.fill('#nik', '3522061205800000');
      await page.locator('#nik').blur();
      await page.waitForFunction(() => !document.querySelector('layak-nik').validity.valid);
      const id = await page.evaluate(() => document.querySelector('layak-nik').validationMessage);
      expect(en !== id && en.length > 0 && id.length > 0, `${en} | ${id}`);
    } finally {
      await page.close();
    }
  });

  await test('Chromium: the drop-in folder holds the five files a page needs', () => {
    for (const f of ['layak.js', 'layak_bg.wasm', 'form.js', 'elements.js', 'LICENSE', 'contoh.html']) {
      expect(existsSync(new URL(`dropin/layak/${f}`, root)), f);
    }
  });
  await test('Chromium: the Saring data page downloads results.xlsx made by the screening worker', async () => {
    const www = fileURLToPath(new URL('../www/', import.meta.url));
    const site = createServer((req, res) => {
      let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(www, path);
      if (!file.startsWith(www) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    });
    await new Promise((r) => site.listen(0, '127.0.0.1', r));
    const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    try {
      await page.goto(`http://127.0.0.1:${site.address().port}/#saring`);
      const csv = readFileSync(new URL('../tests/screen/bom_crlf.csv', import.meta.url));
      await page.setInputFiles('#screen-file', { name: 'calon.csv', mimeType: 'text/csv', buffer: csv });
      await page.click('#screen-start');
      const button = page.locator('[data-file="results"]');
      await button.waitFor({ timeout: 60000 });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), button.click()]);
      expect(download.suggestedFilename() === 'hasil-saring.xlsx', download.suggestedFilename());
      const bytes = readFileSync(await download.path());
      // A zip (an XLSX is one) with the summary and the four outputs as sheets.
      expect(bytes[0] === 0x50 && bytes[1] === 0x4b, 'not a zip');
      const names = bytes.toString('latin1');
      for (let i = 1; i <= 5; i++) expect(names.includes(`xl/worksheets/sheet${i}.xml`), `sheet${i}`);
      expect(!names.includes('xl/worksheets/sheet6.xml'), 'one sheet too many');
    } finally {
      await context.close();
      site.close();
    }
  });
  await browser.close();
}
server.close();

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
