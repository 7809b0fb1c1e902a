// The Verval page and the Lapor kematian form end to end, in headless Chromium (Debian's,
// via playwright-core), against the native CLI on the same inputs:
//   - pick the enrolled list, the candidates and two death reports, see the counts; every
//     downloaded file is byte for byte what `layak verval` writes;
//   - required fields are asked for before anything runs; plain reasons first, rule ids only
//     in the details; the English view; the printable per-desa list;
//   - offline: after one visit, with no network, the page reloads and runs again;
//   - Lapor kematian on a 360 px phone: the deadline of UU 24/2013 Pasal 44 (30 days), the
//     benefit, the checklist; the report file shared through a stubbed navigator.share and,
//     without it, downloaded; that file accepted by `layak verval --deaths`;
//   - both pages: no sideways scroll, 44 px targets, labels tied to inputs, axe-core AA, and
//     the kiosk's idle clear.
// Prints "N passed, M failed" last; screenshots go to test-artifacts/verval/.
import { launch, runner, expect, open as openAt } from './helpers.mjs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { layoutProblems, axe, unlabelled } from './page-checks.mjs';

const ARTIFACTS = new URL('../test-artifacts/verval/', import.meta.url).pathname;
await mkdir(ARTIFACTS, { recursive: true });
const WWW = new URL('../www', import.meta.url).pathname;
const LAYAK = process.env.LAYAK_BIN || new URL('../target/debug/layak', import.meta.url).pathname;
const PHONE = { width: 360, height: 740 };
const KIOSK = { width: 1280, height: 1024 };
const AS_OF = '2025-06-01';
const FILES = ['stay.csv', 'leave.csv', 'review.csv', 'errors.csv', 'claims.csv', 'deaths-unmatched.csv',
  'admit.csv', 'waitlist.csv', 'not-admitted.csv', 'summary.json'];

// --- The data: generated people (fictitious), two death reports that overlap -----------------

const dir = mkdtempSync(join(tmpdir(), 'layak-verval-e2e-'));
const path = (f) => join(dir, f);
execFileSync(LAYAK, ['gen', '--rows', '400', '--seed', '11', '--as-of', AS_OF, '--out', path('gen-enrolled.csv')]);
execFileSync(LAYAK, ['gen', '--rows', '500', '--seed', '12', '--as-of', AS_OF, '--out', path('candidates.csv')]);
// The enrolled list: the screening columns plus the membership start (some within the 3
// months before a death, where the JKM benefit is smaller).
{
  const lines = readFileSync(path('gen-enrolled.csv'), 'utf8').trimEnd().split('\n');
  const out = [`${lines[0]},tanggal_daftar`];
  lines.slice(1).forEach((l, i) => out.push(`${l},${i % 10 === 3 ? '2025-02-01' : `2024-0${(i % 9) + 1}-15`}`));
  writeFileSync(path('enrolled.csv'), `${out.join('\n')}\n`);
}
const cli = (args, out) => spawnSync(LAYAK, ['verval', ...args, '--as-of', AS_OF, '--quiet', '--out', out], { encoding: 'utf8' });
// NIKs of participants who stay (valid rows) on a run without deaths, for the deaths lists.
const plain = path('plain');
{
  const r = cli(['--enrolled', path('enrolled.csv')], plain);
  if (r.status !== 0) throw new Error(`layak verval: ${r.stderr}`);
}
const staying = readFileSync(join(plain, 'stay.csv'), 'utf8').split('\r\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]);
const [A, B, C, D, E] = [staying[3], staying[13], staying[23], staying[33], staying[43]];
const UNMATCHED = '3522064107990001';
// Desa 1: a Dukcapil-style list; desa 2: another spelling of the columns, semicolons. A is
// reported twice (counted once), B twice with different dates (flagged), A's report came
// after 130 days (late).
writeFileSync(path('deaths-1.csv'), `nik,tanggal_meninggal,tanggal_lapor\n${A},2025-01-10,2025-05-20\n${B},2025-03-01,2025-03-05\n${C},2025-04-02,2025-04-03\n${UNMATCHED},2025-04-04,2025-04-05\n`);
writeFileSync(path('deaths-2.csv'), `NIK;Tanggal Meninggal;Tanggal Lapor\n${A};2025-01-10;2025-05-25\n${B};2025-03-02;2025-03-05\n${D};2025-05-01;2025-05-02\n`);
const INPUTS = ['--enrolled', path('enrolled.csv'), '--candidates', path('candidates.csv'),
  '--deaths', path('deaths-1.csv'), '--deaths', path('deaths-2.csv')];
const expected = path('cli');
{
  const r = cli(INPUTS, expected);
  if (r.status !== 0) throw new Error(`layak verval: ${r.stderr}`);
}
const want = JSON.parse(readFileSync(join(expected, 'summary.json'), 'utf8'));

// --- The browser ---------------------------------------------------------------------------

const server = await serve(WWW, 0);
const browser = await launch();
// axe-core is injected as a script: the test context lets it past the page's CSP.
const { test, finish } = runner(browser, {
  contextOptions: ({ viewport = KIOSK } = {}) => ({ viewport, bypassCSP: true, acceptDownloads: true }),
});
const open = (page, hash = '') => openAt(page, server.url, hash);

/** Picks the files as an operator does and runs the round. */
async function runRound(page, { candidates = true, deaths = [path('deaths-1.csv'), path('deaths-2.csv')] } = {}) {
  await page.setInputFiles('#verval-enrolled', path('enrolled.csv'));
  if (candidates) await page.setInputFiles('#verval-candidates', path('candidates.csv'));
  await page.setInputFiles('#verval-deaths', deaths);
  await page.fill('#verval-as-of', AS_OF);
  await page.click('#verval-start');
  await page.waitForSelector('body[data-verval="done"]', { timeout: 90_000 });
}

/** Every sheet's name and cell texts of an XLSX file (strings shared or in the cell), as JSON:
 *  read with Python's zipfile and XML parser, outside the code under test. */
function cells(file) {
  const py = `
import json, sys, zipfile, xml.etree.ElementTree as ET
n = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
r = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    shared = [''.join(t.text or '' for t in si.iter(n + 't')) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(n + 'si')]
rels = {x.get('Id'): x.get('Target') for x in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
out = []
for sh in ET.fromstring(z.read('xl/workbook.xml')).iter(n + 'sheet'):
    rows = []
    for row in ET.fromstring(z.read('xl/' + rels[sh.get(r + 'id')])).iter(n + 'row'):
        vals = []
        for c in row.iter(n + 'c'):
            v = c.find(n + 'v')
            if c.get('t') == 's': vals.append(shared[int(v.text)])
            elif c.get('t') == 'inlineStr': vals.append(''.join(t.text or '' for t in c.iter(n + 't')))
            else: vals.append(v.text if v is not None else '')
        rows.append(vals)
    out.append([sh.get('name'), rows])
print(json.dumps(out, ensure_ascii=False))
`;
  const res = spawnSync('python3', ['-c', py, file], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`reading ${file}: ${res.stderr}`);
  return res.stdout;
}

/** Saves one download and gives its name and bytes. A download that does not come says what
 *  the page's status line said (the workbook's error, if it made one). */
async function download(page, selector, timeout = 30_000) {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout }).catch(async (e) => {
      const said = await page.textContent('#verval-status').catch(() => null);
      throw new Error(`no download from ${selector} within ${timeout} ms; the page says: ${JSON.stringify(said)} (${e.message.split('\n')[0]})`);
    }),
    page.click(selector),
  ]);
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
}

/** Every output file of the page against the CLI's, byte for byte. */
async function compareDownloads(page, cliDir) {
  const names = [];
  for (const f of FILES) {
    const got = await download(page, `a[data-file="${f}"]`);
    const wanted = readFileSync(join(cliDir, f));
    expect(got.bytes.equals(wanted), `${f} differs from layak verval's (${got.bytes.length} vs ${wanted.length} bytes):\n${got.bytes.toString().slice(0, 300)}\n---\n${wanted.toString().slice(0, 300)}`);
    names.push(got.name);
  }
  return names;
}

// --- Verval ---------------------------------------------------------------------------------

await test('Verval: three kinds of file (enrolled, candidates, two death reports) give the counts and the very files of layak verval', async (page) => {
  await open(page, '#verval');
  await runRound(page);
  await page.$eval('#verval-result', (e) => e.scrollIntoView());
  await page.screenshot({ path: `${ARTIFACTS}kiosk-verval.png` });
  const count = (k) => page.$eval(`#verval-result [data-count="${k}"]`, (e) => Number(e.dataset.value));
  expect(await count('stay') === want.enrolled.stay && await count('leave') === want.enrolled.leave
    && await count('review') === want.enrolled.review && await count('errors') === want.enrolled.errors,
  `counts against the CLI's ${JSON.stringify(want.enrolled)}`);
  const rows = 400;
  expect(want.enrolled.stay + want.enrolled.leave + want.enrolled.review + want.enrolled.errors === rows, 'rows in = rows out');
  // The merged deaths, by the rules of the deaths lists: 7 rows, 5 deaths, A repeated, B's
  // dates differ, one matching nobody; A reported 130 days after the death (30 days allowed).
  expect(want.deaths.rows === 7 && want.deaths.deaths === 5 && want.deaths.repeated_reports === 1
    && want.deaths.dates_differ === 1 && want.deaths_unmatched === 1 && want.late_reports >= 1, `deaths: ${JSON.stringify(want.deaths)} late ${want.late_reports}`);
  const cell = (sel) => page.$eval(sel, (e) => e.textContent);
  expect(await cell('table.deaths [data-row="matched"] td') === String(want.deaths_matched), 'deaths matched shown');
  expect(await cell('table.deaths [data-row="late"] td') === String(want.late_reports), 'late reports shown');
  expect(await cell('table.deaths [data-row="repeated"] td') === '1' && await cell('table.deaths [data-row="differ"] td') === '1', 'merged deaths shown');
  const quota = await page.$eval('tr[data-program="rentan"] td[data-k="quota"]', (e) => e.textContent);
  expect(quota === want.programs.rentan.quota.toLocaleString('id-ID'), `rentan quota ${quota}`);
  const budgetRows = await page.$$eval('table.budget tr', (r) => r.map((x) => x.dataset.row));
  expect(['participants', 'monthly', 'rest', 'full', 'annual'].every((k) => budgetRows.includes(k)), `budget rows ${budgetRows}`);
  // The downloads: Indonesian names and buttons, every byte as the CLI writes it.
  const names = await compareDownloads(page, expected);
  expect(names.includes('verval-tetap.csv') && names.includes('verval-klaim-jkm.csv') && names.includes('verval-ringkasan.json'), `names: ${names}`);
  const button = await cell('a[data-file="leave.csv"]');
  expect(button === 'Unduh daftar keluar (CSV)', `button: ${button}`);
  // The results workbook of the round, made by the workbook module: the CLI's results.xlsx.
  await page.waitForSelector('#verval-xlsx:not([hidden])', { timeout: 30_000 });
  // Made in a worker that first fetches and compiles the 0.7 MB writer. Once, on a clean
  // clone's first run, no download came within 30 s (not seen again in five runs): a longer
  // wait, and the page's status line in the error should it happen again.
  const xlsx = await download(page, '#verval-xlsx', 90_000);
  expect(xlsx.name === 'verval-hasil.xlsx' && xlsx.bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')), `workbook: ${xlsx.name}`);
  // The browser's writer keeps strings in a shared table, the CLI's in the cells (its
  // constant-memory mode): the bytes differ, every sheet and cell must not.
  writeFileSync(path('page.xlsx'), xlsx.bytes);
  const pageBook = cells(path('page.xlsx'));
  const cliBook = cells(join(expected, 'results.xlsx'));
  expect(pageBook === cliBook, `results.xlsx cells differ from layak verval's (${pageBook.length} vs ${cliBook.length} chars)`);
  expect(pageBook.includes(A) && pageBook.includes(UNMATCHED), 'the workbook holds the rows');
});

await test('Verval: the per-desa list names people and reasons in plain words; codes only in Rincian; it prints alone', async (page) => {
  await open(page, '#verval');
  await runRound(page);
  // Every desa laid out, as if scrolled through (off-screen desa are skipped until seen).
  await page.addStyleTag({ content: '.desa-lists .desa { content-visibility: visible !important; }' });
  const onScreen = await page.$eval('#verval-result', (e) => e.innerText);
  expect(!/status\.died|age\.max|identity\.nik|enrolment\.not_duplicate/.test(onScreen), 'rule ids on screen');
  // A died (two reports, counted once): one claim row in A's desa, with the rupiah benefit.
  const claim = await page.$eval(`section.people.claims tr[data-nik="${A}"]`, (r) => r.innerText).catch(() => '');
  expect(claim.includes('Rp') && claim.includes('ya'), `A's claim row (late: ya): ${claim}`);
  const leaveReasons = await page.$$eval('section.people.leave td:last-child', (t) => t.map((x) => x.textContent));
  expect(leaveReasons.length > 0 && leaveReasons.every((r) => r && !/[a-z]+\.[a-z_]+/.test(r)), `leave reasons: ${leaveReasons.slice(0, 5)}`);
  await page.click('#verval-result details.why summary');
  expect((await page.textContent('#verval-result details.why')).includes('.'), 'the codes are in the details');
  // One desa chosen: only its section; printed: the list without the form or the counts.
  const desa = await page.$$eval('#verval-desa option', (o) => o.map((x) => x.value).filter(Boolean));
  await page.selectOption('#verval-desa', desa[0]);
  expect((await page.$$('#verval-desa-lists section.desa')).length === 1, 'one desa shown');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => ({
    form: getComputedStyle(document.querySelector('#form-verval')).display,
    counts: document.querySelector('#verval-result .counts').getBoundingClientRect().height,
    list: document.querySelector('#verval-desa-lists').getBoundingClientRect().height,
    title: getComputedStyle(document.querySelector('.desa-lists h2.print-only')).display,
  }));
  expect(printed.form === 'none' && printed.counts === 0 && printed.list > 0 && printed.title !== 'none', `print: ${JSON.stringify(printed)}`);
  await page.pdf?.({ path: `${ARTIFACTS}verval-desa.pdf` }).catch(() => {});
  await page.emulateMedia({ media: 'screen' });
});

await test('Verval: the enrolled list is asked for before anything runs', async (page) => {
  await open(page, '#verval');
  await page.setInputFiles('#verval-deaths', [path('deaths-1.csv')]);
  await page.click('#verval-start');
  expect(await page.isVisible('#verval-missing'), 'the missing list shows');
  expect(await page.$eval('#verval-missing button', (b) => b.dataset.field) === 'verval-enrolled', 'asks for the enrolled list');
  expect(await page.evaluate(() => document.activeElement.id) === 'verval-enrolled', 'the enrolled field is focused');
  expect(await page.isHidden('#verval-result'), 'no result');
});

await test('Verval in English: labels and file names follow the switch; the English run is the CLI\'s --lang en', async (page) => {
  await open(page, '#verval');
  await page.click('button[data-lang="en"]');
  expect((await page.textContent('a[data-page="lapor"]')).includes('Report a death'), 'tab in English');
  await runRound(page, { candidates: false, deaths: [path('deaths-1.csv')] });
  expect((await page.textContent('#verval-result h2')).startsWith('Verval results as of'), 'title in English');
  const en = path('cli-en');
  const r = cli(['--enrolled', path('enrolled.csv'), '--deaths', path('deaths-1.csv'), '--lang', 'en'], en);
  expect(r.status === 0, r.stderr);
  const names = await compareDownloads(page, en);
  expect(names.includes('stay.csv') && names.includes('summary.json'), `English names: ${names}`);
  // Back to Indonesian: the result is drawn again in Indonesian (the files stay English).
  await page.click('button[data-lang="id"]');
  expect((await page.textContent('#verval-result h2')).startsWith('Hasil verval per'), 'redrawn in Indonesian');
});

await test('Verval offline: after one visit the page reloads with no network and runs the round again', async (page, context) => {
  await open(page, '#verval');
  await page.waitForSelector('#offline-badge:not([hidden])', { timeout: 60_000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await runRound(page);
  const s = await download(page, 'a[data-file="summary.json"]');
  expect(s.bytes.equals(readFileSync(join(expected, 'summary.json'))), 'the offline summary is the CLI\'s');
  await page.click('a[data-page="lapor"]');
  await page.fill('#lapor-nik', A);
  expect((await page.textContent('#lapor-nik-info')).includes('Bojonegoro'), 'the form reads the NIK offline');
  await context.setOffline(false);
});

// An XLSX enrolled list (a spreadsheet operators keep) reads as the CLI reads it.
await test('Verval: an XLSX list gives the CLI\'s files too', async (page) => {
  const xlsx = new URL('../tests/screen/numeric_and_dates.xlsx', import.meta.url).pathname;
  const out = path('cli-xlsx');
  const r = cli(['--enrolled', xlsx], out);
  expect(r.status === 0, r.stderr);
  await open(page, '#verval');
  await page.setInputFiles('#verval-enrolled', xlsx);
  await page.fill('#verval-as-of', AS_OF);
  await page.click('#verval-start');
  await page.waitForSelector('body[data-verval="done"]', { timeout: 60_000 });
  await compareDownloads(page, out);
});

for (const [size, viewport] of [['phone', PHONE], ['kiosk', KIOSK]]) {
  await test(`${size}: Verval with a result — no sideways scroll, 44 px targets, labels, axe AA`, async (page) => {
    await open(page, '#verval');
    expect((await unlabelled(page, '#page-verval')).length === 0, `unlabelled: ${await unlabelled(page, '#page-verval')}`);
    await runRound(page);
    await page.$eval('#verval-result', (e) => e.scrollIntoView());
    await page.screenshot({ path: `${ARTIFACTS}${size}-verval.png` });
    const problems = await layoutProblems(page);
    expect(problems.length === 0, problems.join('\n'));
    const v = await axe(page);
    expect(v.length === 0, `axe:\n${v.join('\n')}`);
  }, { viewport });
}

// --- Lapor kematian -------------------------------------------------------------------------

// navigator.share stubbed to keep what would be shared (the phone's share sheet).
const shareStub = () => {
  window.__shared = [];
  Object.defineProperty(navigator, 'canShare', { configurable: true, value: (d) => Boolean(d?.files?.length) });
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: async (d) => { for (const f of d.files) window.__shared.push({ name: f.name, type: f.type, text: await f.text() }); },
  });
};
const noShare = () => {
  Object.defineProperty(navigator, 'canShare', { configurable: true, value: undefined });
  Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
};

async function fillLapor(page, { reported = '2025-06-10' } = {}) {
  await page.fill('#lapor-nik', E);
  await page.fill('#lapor-name', 'Almarhum Uji');
  await page.fill('#lapor-death-date', '2025-05-20');
  await page.fill('#lapor-reporter', 'Siti, istri');
  await page.selectOption('#lapor-relation', 'spouse');
  await page.selectOption('#lapor-kecamatan', '35.22.06');
  await page.selectOption('#lapor-desa', '35.22.06.2001');
  await page.fill('#lapor-date', reported);
  await page.dispatchEvent('#lapor-date', 'change');
}

const REPORT = `nik,tanggal_meninggal,tanggal_lapor,nama,kode_desa,nama_pelapor,hubungan_pelapor\r\n${E},2025-05-20,2025-06-10,Almarhum Uji,35.22.06.2001,"Siti, istri",spouse\r\n`;

await test('phone: Lapor kematian asks for the required fields first, then shows the deadline, benefit, heirs and checklist at once', async (page) => {
  await open(page, '#lapor');
  expect(await page.inputValue('#lapor-date') !== '', 'the report date is today by default');
  await page.fill('#lapor-date', '');
  await page.click('#lapor-send');
  expect(await page.isHidden('#lapor-result'), 'no result on an empty form');
  const asked = await page.$$eval('#lapor-missing button', (b) => b.map((x) => x.dataset.field));
  expect(asked[0] === 'lapor-nik' && asked.includes('lapor-death-date') && asked.includes('lapor-reporter') && asked.includes('lapor-relation'), `asked: ${asked}`);
  expect(await page.evaluate(() => document.activeElement.id) === 'lapor-nik', 'the NIK is focused');
  await fillLapor(page);
  await page.waitForSelector('#lapor-result:not([hidden])');
  // UU 24/2013 Pasal 44: reported within 30 days of the death. 20 May + 30 days = 19 June.
  const deadline = await page.$eval('#lapor-deadline', (e) => ({ ...e.dataset }));
  expect(deadline.late === 'false' && deadline.last === '2025-06-19', `deadline: ${JSON.stringify(deadline)}`);
  // JKM for a death not caused by work: Rp42,000,000 (PP 82/2019).
  expect(await page.$eval('#lapor-benefit', (e) => e.dataset.total) === '42000000', 'JKM benefit Rp42,000,000');
  expect((await page.$$('#lapor-checklist li')).length > 0, 'the documents to bring');
  expect(await page.$('#lapor-result .heirs li.entitled') !== null, 'the reporter\'s place among the heirs');
  // A short membership (started within 3 months before the death): Rp10,000,000.
  await page.fill('#lapor-membership', '2025-04-01');
  await page.dispatchEvent('#lapor-membership', 'change');
  expect(await page.$eval('#lapor-benefit', (e) => e.dataset.total) === '10000000', 'short membership: Rp10,000,000');
  await page.fill('#lapor-membership', '');
  await page.dispatchEvent('#lapor-membership', 'change');
  // Day 30 is in time, day 31 is late.
  await page.fill('#lapor-date', '2025-06-19');
  await page.dispatchEvent('#lapor-date', 'change');
  expect(await page.$eval('#lapor-deadline', (e) => e.dataset.late) === 'false', 'day 30 in time');
  // The foot bar keeps the deadline and the benefit whole on a 360 px screen.
  const cut = await page.$$eval('#lapor-bar > *', (l) => l.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.textContent));
  expect(cut.length === 0, `the foot bar cuts: ${cut}`);
  await page.fill('#lapor-date', '2025-06-20');
  await page.dispatchEvent('#lapor-date', 'change');
  expect(await page.$eval('#lapor-deadline', (e) => e.dataset.late) === 'true', 'day 31 late');
  expect((await page.textContent('#lapor-bar')).includes('LEWAT 30 HARI'), 'the bar at the foot says so');
  // The basis shown is the law the period rests on (the core's parameter reference), the
  // same citation as \`layak claim --json\` gives: Pasal 44 of UU 23/2006 as amended by UU 24/2013.
  const said = await page.textContent('#lapor-result');
  expect(said.includes('Pasal 44') && said.includes('UU 24/2013') && said.includes('UU 23/2006'), `the legal basis: ${said}`);
  await page.screenshot({ path: `${ARTIFACTS}phone-lapor.png`, fullPage: true });
  const problems = await layoutProblems(page);
  expect(problems.length === 0, problems.join('\n'));
  const v = await axe(page);
  expect(v.length === 0, `axe:\n${v.join('\n')}`);
  expect((await unlabelled(page, '#page-lapor')).length === 0, 'labels tied to inputs');
}, { viewport: PHONE });

await test('phone: the report is shared (navigator.share with a file) and layak verval --deaths accepts it', async (page, context) => {
  await context.addInitScript(shareStub);
  await open(page, '#lapor');
  await fillLapor(page);
  await page.click('#lapor-send');
  await page.waitForFunction(() => window.__shared.length === 1);
  const [shared] = await page.evaluate(() => window.__shared);
  expect(shared.text === REPORT, `report:\n${shared.text}\nwanted:\n${REPORT}`);
  expect(/^lapor-kematian-3522062001-2025-05-20-\d{4}\.csv$/.test(shared.name) && !shared.name.includes(E), `name: ${shared.name}`);
  expect((await page.textContent('#lapor-note')).includes('dibagikan'), 'says it was shared');
  writeFileSync(path('lapor.csv'), shared.text);
  const out = path('cli-lapor');
  const r = cli(['--enrolled', path('enrolled.csv'), '--deaths', path('lapor.csv')], out);
  expect(r.status === 0, `layak verval --deaths: ${r.stderr}`);
  const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  expect(s.deaths.rows === 1 && s.deaths_matched === 1 && s.deaths.unreadable === 0, `summary: ${JSON.stringify(s.deaths)} matched ${s.deaths_matched}`);
  const claims = readFileSync(join(out, 'claims.csv'), 'utf8');
  expect(claims.includes(E) && claims.includes('2025-05-20') && claims.includes('2025-06-10'), `claims.csv: ${claims}`);
  // Nothing kept on the phone.
  const kept = await page.evaluate(async () => localStorage.length + sessionStorage.length + (await indexedDB.databases()).length);
  expect(kept === 0, 'nothing stored');
}, { viewport: PHONE });

await test('phone: without Web Share the report is downloaded, the same file', async (page, context) => {
  await context.addInitScript(noShare);
  await open(page, '#lapor');
  await fillLapor(page);
  const got = await download(page, '#lapor-send');
  expect(got.bytes.toString('utf8') === REPORT, `downloaded:\n${got.bytes}`);
  expect(got.name.startsWith('lapor-kematian-3522062001-2025-05-20-'), `name ${got.name}`);
  expect((await page.textContent('#lapor-note')).includes(got.name), 'says where it went');
}, { viewport: PHONE });

await test('kiosk: idle clear empties the Verval page and the Lapor kematian form too', async (page) => {
  await page.clock.install({ time: new Date('2025-06-02T08:00:00+07:00') });
  await open(page, '#verval');
  await runRound(page, { candidates: false, deaths: [path('deaths-1.csv')] });
  await page.click('a[data-page="lapor"]');
  await fillLapor(page);
  await page.waitForSelector('#lapor-result:not([hidden])');
  await page.clock.runFor(301_000);
  await page.waitForFunction(() => document.querySelector('#lapor-result').hidden);
  const left = await page.evaluate(() => ({
    nik: document.querySelector('#lapor-nik').value,
    reporter: document.querySelector('#lapor-reporter').value,
    enrolled: document.querySelector('#verval-enrolled').files.length,
    verval: document.querySelector('#verval-result').hidden && document.querySelector('#verval-result').innerHTML === '',
    html: document.body.innerHTML,
  }));
  expect(left.nik === '' && left.reporter === '' && left.enrolled === 0 && left.verval, `left: ${JSON.stringify({ ...left, html: undefined })}`);
  expect(!left.html.includes(E) && !left.html.includes(A), 'no NIK left on the page');
});

await browser.close();
await server.close();
process.exit(finish());
