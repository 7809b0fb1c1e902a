// End-to-end tests of the web app in real headless Chromium (Debian's, via playwright-core).
// Prints "N passed, M failed" last; screenshots go to test-artifacts/.
import { launch, runner, expect, open as openAt, fillApplicant } from './helpers.mjs';
import { mkdir } from 'node:fs/promises';
import { serve } from './serve.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname;
await mkdir(ARTIFACTS, { recursive: true });

const { url, close } = await serve(new URL('../www', import.meta.url).pathname, 0);
const browser = await launch();
const { test, finish } = runner(browser);
const open = (page, hash = '') => openAt(page, url, hash);

await test('typing a NIK shows its region, sex and birth date as you type', async (page) => {
  await open(page);
  await page.click('#nik');
  await page.keyboard.type('352206');
  let region = await page.textContent('#nik-info .region');
  expect(region.includes('Kabupaten Bojonegoro') && region.includes('Dander'), `region after 6 digits: ${region}`);
  let info = await page.textContent('#nik-info');
  expect(info.includes('6 dari 16'), `incomplete note: ${info}`);
  await page.keyboard.type('5205800002');
  info = await page.textContent('#nik-info');
  expect(info.includes('Perempuan') && info.includes('1980'), `decoded: ${info}`);
  const valid = await page.$eval('#nik', (e) => e.validity.valid);
  expect(valid, 'a valid NIK leaves the field valid');
  await page.screenshot({ path: `${ARTIFACTS}pendaftaran-nik.png`, fullPage: true });
});

await test('a wrong NIK shows the reason and blocks the field', async (page) => {
  await open(page);
  await page.fill('#nik', '3522061205800000');
  await page.dispatchEvent('#nik', 'change');
  const code = await page.getAttribute('#nik-info .issue.error', 'data-code');
  expect(code === 'nik.serial_zero', `issue shown: ${code}`);
  const msg = await page.$eval('#nik', (e) => e.validationMessage);
  expect(msg.includes('0000'), `custom validity: ${msg}`);
});

await test('the kecamatan list fills the desa list', async (page) => {
  await open(page);
  const kec = await page.$$eval('#kecamatan option', (o) => o.length);
  expect(kec === 29, `28 kecamatan and a placeholder, got ${kec}`);
  await page.selectOption('#kecamatan', '35.22.15');
  const desa = await page.$$eval('#village_code option', (o) => o.map((x) => x.textContent));
  expect(desa.length === 1 + 11 + 7 || desa.length > 12, `desa of Kecamatan Bojonegoro: ${desa.length}`);
  expect(desa.some((d) => d.includes('kelurahan')), 'kelurahan are marked');
});

await test('English switch relabels the page and the messages', async (page) => {
  await open(page);
  await page.click('button[data-lang="en"]');
  const label = await page.textContent('label[for="nik"]');
  expect(label.startsWith('NIK (16 digits'), `label: ${label}`);
  await page.fill('#nik', '352206120580001');
  await page.dispatchEvent('#nik', 'change');
  const msg = await page.textContent('#nik-info .issue.error');
  expect(msg.includes('must have 16 digits'), `message: ${msg}`);
});

await test('an ineligible applicant sees the reason in plain words', async (page) => {
  await open(page);
  await page.fill('#nik', '3522061205800001');
  await fillApplicant(page, { occupation: 'pns' });
  await page.check('#in_poverty_data');
  await page.click('button[type="submit"]');
  await page.waitForSelector('#decision-badge');
  const decision = await page.getAttribute('#decision-badge', 'data-decision');
  expect(decision === 'ineligible', `decision ${decision}`);
  const outcome = await page.getAttribute('li[data-rule="occupation.not_excluded"]', 'data-outcome');
  expect(outcome === 'fail', `occupation rule: ${outcome}`);
  const why = await page.textContent('li[data-rule="occupation.not_excluded"] .msg');
  expect(why.includes('PNS') && why.includes('Taspen'), `reason: ${why}`);
  await page.screenshot({ path: `${ARTIFACTS}pendaftaran-keputusan.png`, fullPage: true });
  // The same person, not a civil servant: eligible.
  await page.selectOption('#occupation', 'none');
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#decision-badge')?.dataset.decision !== 'ineligible');
  const again = await page.getAttribute('#decision-badge', 'data-decision');
  expect(again === 'review' || again === 'eligible', `after fixing: ${again}`);
});

await test('ticking claim documents shrinks the missing list', async (page) => {
  await page.goto(url + '#klaim');
  await page.waitForSelector('body[data-ready="1"]');
  await page.check('input[name="type"][value="jkm"]');
  await page.fill('#death_date', '2025-03-10');
  await page.fill('#reported_date', '2025-03-20');
  await page.selectOption('#relation', 'spouse');
  await page.dispatchEvent('#relation', 'change');
  const count = async () => page.$$eval('#missing-list li', (l) => l.length).catch(() => 0);
  const before = await count();
  expect(before >= 7, `a widow with nothing in hand misses the 7 JKM papers and the buku nikah: ${before}`);
  for (const code of ['kartu_peserta', 'ktp_peserta', 'ktp_ahli_waris']) {
    await page.check(`#doc-${code}`);
  }
  const after = await count();
  expect(after === before - 3, `after ticking 3 documents: ${before} → ${after}`);
  // An alternative satisfies its item: a village death letter instead of the akta kematian.
  await page.check('#doc-surat_keterangan_kematian');
  expect(await count() === before - 4, 'the alternative counts');
  const badge = await page.textContent('#claim-result .badge');
  expect(badge.includes('BELUM LENGKAP'), `badge: ${badge}`);
  for (const code of ['kk', 'surat_keterangan_ahli_waris', 'buku_tabungan', 'buku_nikah']) {
    await page.check(`#doc-${code}`);
  }
  expect(await count() === 0, 'nothing missing');
  expect((await page.textContent('#claim-result .badge')).includes('LENGKAP'), 'complete');
  const total = await page.textContent('#claim-result tr.total');
  expect(total.replace(/\D/g, '').includes('42000000'), `JKM benefit Rp42 juta: ${total}`);
  await page.screenshot({ path: `${ARTIFACTS}klaim.png`, fullPage: true });
});

await test('Saring data screens a generated file in a worker, like the CLI does', async (page) => {
  const layak = new URL('../target/debug/layak', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'layak-e2e-'));
  const file = join(dir, 'calon.csv');
  execFileSync(layak, ['gen', '--rows', '200000', '--seed', '3', '--as-of', '2025-06-01', '--out', file]);
  execFileSync(layak, ['screen', file, '--out', join(dir, 'cli'), '--as-of', '2025-06-01', '--quiet']);
  const native = JSON.parse(readFileSync(join(dir, 'cli', 'summary.json'), 'utf8'));
  await page.goto(url + '#saring');
  await page.waitForSelector('body[data-ready="1"]');
  await page.setInputFiles('#screen-file', file);
  await page.fill('#screen-as-of', '2025-06-01');
  await page.click('#screen-start');
  // While the worker runs, the main thread is free: animation frames are painted before the
  // result is there (a screening on the main thread would hold every frame until it is done,
  // and the first frame would already see the result). An order of events, not a stopwatch,
  // so a loaded machine cannot make it fail.
  const seen = new Set();
  let framesWhileRunning = 0;
  for (let i = 0; i < 50 && !(await page.isVisible('#screen-result')); i++) {
    seen.add(await page.$eval('#screen-progress', (p) => p.value));
    const running = await page.evaluate(() => new Promise((done) => requestAnimationFrame(
      () => done(document.querySelector('#screen-result').hidden))));
    if (running) framesWhileRunning++;
    await page.waitForTimeout(20);
  }
  expect(framesWhileRunning > 0, 'the page paints frames while screening runs in the worker');
  await page.waitForSelector('#screen-result:not([hidden])', { timeout: 60000 });
  const count = async (k) => Number(await page.getAttribute(`[data-count="${k}"]`, 'data-value'));
  const got = { eligible: await count('eligible'), ineligible: await count('ineligible'), review: await count('review'), errors: await count('errors') };
  const sum = got.eligible + got.ineligible + got.review + got.errors;
  expect(sum === 200000, `rows in = rows out: ${JSON.stringify(got)}`);
  for (const k of Object.keys(got)) expect(got[k] === native[k], `${k}: browser ${got[k]}, CLI ${native[k]}`);
  const href = await page.getAttribute('a[data-file="eligible"]', 'href');
  expect(href.startsWith('blob:'), `download link: ${href}`);
  // The downloads are the CLI's files byte for byte: the lines are judged in parts on two
  // helper workers and applied in input order (duplicates span parts), as the CLI does.
  const download = async (k) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-file="${k}"]`)]);
    return readFileSync(await d.path());
  };
  for (const k of ['eligible', 'ineligible', 'review', 'errors']) {
    const got = await download(k);
    const cli = readFileSync(join(dir, 'cli', `${k}.csv`));
    if (!got.equals(cli)) writeFileSync(`/tmp/browser-${k}.csv`, got);
    expect(got.equals(cli), `${k}.csv: browser ${got.length} bytes, CLI ${cli.length} bytes`);
  }
  const browserSummary = JSON.parse((await download('summary')).toString('utf8'));
  expect(JSON.stringify(browserSummary) === JSON.stringify(native), 'summary.json as the CLI wrote it');
  const rows = await page.$$eval('table.districts tbody tr', (r) => r.length);
  expect(rows >= 28, `kecamatan rows: ${rows}`);
  await page.screenshot({ path: `${ARTIFACTS}saring.png`, fullPage: true });
});

await test('Saring data offers no downloads from a run that failed, and says so', async (page) => {
  const dir = mkdtempSync(join(tmpdir(), 'layak-e2e-'));
  const file = join(dir, 'tanpa-nik.csv');
  writeFileSync(file, 'nama,alamat\nAni,Bojonegoro\n');
  await page.goto(url + '#saring');
  await page.waitForSelector('body[data-ready="1"]');
  await page.setInputFiles('#screen-file', file);
  await page.click('#screen-start');
  await page.waitForSelector('#screen-status.error', { timeout: 60000 });
  const status = await page.textContent('#screen-status');
  expect(/nik/i.test(status), `the reason is shown: ${status}`);
  expect(/berkas hasil|result files/i.test(status), `and that there are no results: ${status}`);
  expect(await page.isHidden('#screen-result'), 'no result section');
  expect((await page.$$('a[data-file]')).length === 0, 'no download links');
});

await test('the screening worker refuses an enrolled list without any NIK, as `layak screen --enrolled` does', async (page) => {
  await page.goto(url + '#saring');
  await page.waitForSelector('body[data-ready="1"]');
  // Straight to the worker, as a page offering an enrolled list would post it: the run ends
  // with an error or with `done`, and only `done` carries result files.
  const run = (enrolled) => page.evaluate(async (enrolled) => {
    const w = new Worker('screen-worker.js', { type: 'module' });
    const file = new File(['nik,nama\n3522061205800001,Ani\n'], 'calon.csv', { type: 'text/csv' });
    const answer = await new Promise((resolve) => {
      w.onmessage = ({ data }) => { if (data.done || data.error) resolve(data); };
      w.postMessage({ file, run: 1, options: { as_of: '2025-06-01', lang: 'id' }, enrolled });
    });
    w.terminate();
    return {
      error: answer.error ?? null,
      files: answer.files ? Object.keys(answer.files) : null,
      summary: answer.summary ?? null,
    };
  }, enrolled);
  // Two lines, neither a 16-digit NIK: a wrong file, not "nobody is enrolled".
  const bad = await run('bukan daftar peserta\n12345\n');
  expect(bad.error?.code === 'enrolled.no_nik', `refused with enrolled.no_nik: ${JSON.stringify(bad.error)}`);
  expect(/NIK/.test(bad.error.message) && /\b2\b/.test(bad.error.message), `says why and how many lines: ${bad.error.message}`);
  expect(bad.files === null && bad.summary === null, 'no result files, no summary');
  // The same run with a list that holds the NIK: screened, the list counted in the summary.
  const good = await run('nik\n3522 0612 0580 0001\ncatatan\n');
  expect(good.error === null, `a readable list is accepted: ${JSON.stringify(good.error)}`);
  expect(good.summary.enrolment_source === 'list', `enrolment from the list: ${good.summary.enrolment_source}`);
  expect(good.summary.enrolled_niks === 1 && good.summary.enrolled_unusable === 1,
    `one NIK read, one line unusable: ${good.summary.enrolled_niks}, ${good.summary.enrolled_unusable}`);
  // The programme's parameters (data/params) fail someone already enrolled.
  expect(good.summary.by_reason['enrolment.not_enrolled'] === 1,
    `the enrolled person fails enrolment.not_enrolled: ${JSON.stringify(good.summary.by_reason)}`);
});

await test('Saring data takes a list of people already enrolled (CSV and XLSX) and gives the very files of `layak screen --enrolled`', async (page) => {
  const layak = new URL('../target/debug/layak', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'layak-e2e-enrolled-'));
  const file = join(dir, 'calon.csv');
  execFileSync(layak, ['gen', '--rows', '3000', '--seed', '11', '--as-of', '2025-06-01', '--out', file]);
  // A list an office keeps: every fifth candidate's NIK, written with spaces as on a KTP
  // copy, plus a line that is no NIK.
  const niks = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0])
    .filter((n, i) => /^\d{16}$/.test(n) && i % 5 === 0);
  const list = join(dir, 'terdaftar.csv');
  writeFileSync(list, `nik\n${niks.map((n) => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`).join('\n')}\ncatatan: daftar desember\n`);
  // And an XLSX one (a spreadsheet with text and number cells), read as the CLI reads it.
  const xlsx = new URL('../tests/screen/numeric_and_dates.xlsx', import.meta.url).pathname;
  await page.goto(url + '#saring');
  await page.waitForSelector('body[data-ready="1"]');
  expect(await page.$eval('#screen-enrolled', (e) => e.labels.length === 1 && e.getAttribute('aria-describedby') === 'screen-enrolled-help'),
    'the list field has its label and its help');
  for (const [name, enrolled] of [['csv', list], ['xlsx', xlsx]]) {
    const out = join(dir, `cli-${name}`);
    execFileSync(layak, ['screen', file, '--out', out, '--as-of', '2025-06-01', '--enrolled', enrolled, '--quiet']);
    await page.setInputFiles('#screen-file', file);
    await page.setInputFiles('#screen-enrolled', enrolled);
    await page.fill('#screen-as-of', '2025-06-01');
    await page.click('#screen-start');
    await page.waitForSelector('#screen-result:not([hidden]) a[data-file="summary"]', { timeout: 60000 });
    const download = async (k) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-file="${k}"]`)]);
      return readFileSync(await d.path());
    };
    for (const k of ['eligible', 'ineligible', 'review', 'errors']) {
      const got = await download(k);
      const cli = readFileSync(join(out, `${k}.csv`));
      expect(got.equals(cli), `${name} list: ${k}.csv: browser ${got.length} bytes, CLI ${cli.length} bytes`);
    }
    const summary = JSON.parse((await download('summary')).toString('utf8'));
    const native = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(JSON.stringify(summary) === JSON.stringify(native), `${name} list: summary.json as the CLI wrote it`);
    expect(summary.enrolment_source === 'list', `${name} list: enrolment from the list: ${summary.enrolment_source}`);
    if (name === 'csv') {
      // Every listed NIK was read (the spaces are the NIK reader's to skip), the note line
      // was not, and the list's people fail enrolment.not_enrolled.
      expect(summary.enrolled_niks === new Set(niks).size && summary.enrolled_unusable === 1,
        `NIKs read from the list: ${summary.enrolled_niks} of ${new Set(niks).size}, unusable ${summary.enrolled_unusable}`);
      expect((summary.by_reason['enrolment.not_enrolled'] ?? 0) > 0, `the listed fail enrolment.not_enrolled: ${JSON.stringify(summary.by_reason)}`);
    }
  }
  // "Hapus data" forgets the list too.
  await page.click('#clear-all');
  expect(await page.$eval('#screen-enrolled', (e) => e.files.length) === 0, 'the list is cleared');
});

await test('after one visit the app works offline', async (page, context) => {
  await open(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await page.fill('#nik', '3522061205800001');
  await page.dispatchEvent('#nik', 'change');
  const region = await page.textContent('#nik-info .region');
  expect(region.includes('Dander'), `offline region: ${region}`);
  await page.screenshot({ path: `${ARTIFACTS}offline.png`, fullPage: true });
});

await test('the workbook writer is stored after the app is ready offline, and Saring data makes results.xlsx without signal', async (page, context) => {
  await open(page);
  // The badge is shown once the app is stored; the workbook module follows in the background.
  await page.waitForSelector('body[data-offline="ready"]', { timeout: 60000 });
  await page.waitForSelector('body[data-workbook="ready"]', { timeout: 60000 });
  const stored = await page.evaluate(async () => Boolean(await caches.match('pkg/layak_workbook_bg.wasm')));
  expect(stored, 'the workbook module is in the cache');
  await context.setOffline(true);
  await page.goto(`${url}#saring`);
  await page.waitForSelector('body[data-ready="1"]');
  await page.setInputFiles('#screen-file', { name: 'calon.csv', mimeType: 'text/csv', buffer: readFileSync(new URL('../tests/screen/bom_crlf.csv', import.meta.url)) });
  await page.click('#screen-start');
  const button = page.locator('[data-file="results"]:not([hidden])');
  await button.waitFor({ timeout: 60000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), button.click()]);
  expect(download.suggestedFilename() === 'hasil-saring.xlsx', download.suggestedFilename());
  const bytes = readFileSync(await download.path());
  expect(bytes[0] === 0x50 && bytes[1] === 0x4b, 'not a zip');
  for (let i = 1; i <= 5; i++) expect(bytes.includes(`xl/worksheets/sheet${i}.xml`), `sheet${i}`);
});

await test('workbook.js makes a verval workbook on a page (in a worker of its own) from the files as the verval result holds them', async (page) => {
  await open(page);
  const made = await page.evaluate(async () => {
    const { resultsWorkbook } = await import('./workbook.js');
    const summary = { as_of: '2025-06-01', next: '2025-12-01', enrolled: { rows: 1, stay: 1 }, deaths: { rows: 0 }, programs: {}, budget: {} };
    const files = {
      'stay.csv': 'nik,nama,ends_on,ends_because,message\r\n3522061205800001,Sutrisno,,,tetap\r\n',
      'leave.csv': 'nik,nama,reasons,message\r\n',
      'summary.json': JSON.stringify(summary),
    };
    const blob = await resultsWorkbook({ kind: 'verval', summary, files, lang: 'en' });
    let tooMany = null;
    try {
      await resultsWorkbook({ kind: 'verval', summary: { enrolled: { rows: 400000 } }, files: {}, lang: 'en' });
    } catch (e) { tooMany = e.code; }
    return { type: blob.type, size: blob.size, head: Array.from(new Uint8Array(await blob.slice(0, 2).arrayBuffer())), tooMany };
  });
  expect(made.head[0] === 0x50 && made.head[1] === 0x4b && made.size > 1000, `not a workbook: ${JSON.stringify(made)}`);
  expect(made.type.includes('spreadsheetml'), made.type);
  expect(made.tooMany === 'workbook.rows', `over the browser's rows: ${made.tooMany}`);
});

await browser.close();
await close();
process.exit(finish());
