// Native = WebAssembly beyond the golden files: the same few thousand seeded random inputs
// (random and near-valid NIK and KK strings, applicants, claims; claims also written in the
// accepted spellings to the CLI and in codes to the package) go to the native CLI
// (target/debug/layak ... --json, JSON Lines on stdin) and to the npm package in pkg/ (as a
// web form calls it), and the JSON must be equal byte for byte. Every call names its as_of.
//
//   node e2e/random.test.mjs [SEED] [SCALE]     (defaults: seed 20251124, scale 1)
//
// Needs `cargo build` (or the native test run) and scripts/build-web.sh first. Prints
// "N passed, M failed" last; each group of inputs (one CLI run against the package) counts
// as one test, passed when every input in it gave identical JSON.
import { readFileSync, writeFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('../', import.meta.url);
const BIN = new URL('target/debug/layak', repo).pathname;
const SEED = Number(process.argv[2] ?? 20251124);
const SCALE = Number(process.argv[3] ?? 1);

if (!existsSync(BIN) || !existsSync(new URL('pkg/layak_bg.wasm', repo))) {
  console.log(`random: needs ${BIN} (cargo build) and pkg/ (scripts/build-web.sh)`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const layak = await import(new URL('pkg/layak.js', repo));
layak.initSync({ module: readFileSync(new URL('pkg/layak_bg.wasm', repo)) });
// The web app's build of the same module (feature page-names: the regency and kecamatan
// names come from the page, www/index.html, instead of the module): every input below goes
// to it too and must give the very same JSON.
const webApp = await import(new URL('www/pkg/layak.js', repo));
webApp.initSync({ module: readFileSync(new URL('www/pkg/layak_bg.wasm', repo)) });
const pageNames = readFileSync(new URL('www/index.html', repo), 'utf8')
  .match(/<script id="region-names" type="text\/plain">([^<]*)<\/script>/)?.[1] ?? '';

// ------------------------------------------------------------------ seeded randomness
let state = SEED >>> 0;
function rand() { // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const isoDay = (from, to) => {
  const a = Date.parse(from), b = Date.parse(to);
  return new Date(a + Math.floor(rand() * ((b - a) / 864e5 + 1)) * 864e5).toISOString().slice(0, 10);
};

// ------------------------------------------------------------------ region codes from the data
function districtCodes(file) {
  return readFileSync(new URL(`data/regions/${file}`, repo), 'utf8').split('\n').slice(1)
    .map((l) => l.split(',')).filter((c) => c[1] === 'district').map((c) => c[0].replaceAll('.', ''));
}
const CURRENT = districtCodes('regions.csv');
const RETIRED = districtCodes('regions_retired.csv');
const BOJONEGORO = CURRENT.filter((c) => c.startsWith('3522'));

// ------------------------------------------------------------------ generators
const SEPS = ['', '', '', ' ', '.', '-', '  ', '\t', '\u00a0', '\u2013', ' - '];
const JUNK = ['O', 'l', 'I', 'x', '/', ',', '+', 'e', 'E', '\'', '"', '\\', '#', 'é', 'ß', '٣', '３', '\u0000', '\u001f', '\u007f', '\u200b', '\ufeff', '😀', '\u2028', '<', '&'];

function regionPrefix() {
  const r = rand();
  if (r < 0.35) return pick(BOJONEGORO);
  if (r < 0.65) return pick(CURRENT);
  if (r < 0.8) return pick(RETIRED);
  if (r < 0.9) return pick(CURRENT).slice(0, 4) + pad(int(0, 99), 2); // unknown kecamatan, maybe
  return pad(int(0, 999999), 6);
}

function datePart(nik) {
  const r = rand();
  let day = int(1, 31), month = int(1, 12);
  const year = int(0, 99);
  if (r < 0.05) day = pick([0, 32, 40, 72, 99]);
  else if (r < 0.1) month = pick([0, 13, 99]);
  else if (r < 0.15) { day = 29; month = 2; }
  else if (r < 0.2) { day = 31; month = pick([2, 4, 6, 9, 11]); }
  else if (r < 0.25) { day = pick([1, 31]); month = day === 1 ? 7 : 12; }
  if (nik && chance(0.5) && day <= 31 && day > 0) day += 40;
  return pad(day, 2) + pad(month, 2) + pad(year, 2);
}

function serialPart() {
  return chance(0.05) ? '0000' : pad(chance(0.6) ? int(1, 30) : int(1, 9999), 4);
}

function validish(nik) { return regionPrefix() + datePart(nik) + serialPart(); }

function mutate(s) {
  const chars = [...s];
  const n = int(1, 3);
  for (let k = 0; k < n; k++) {
    const i = int(0, Math.max(0, chars.length - 1));
    switch (int(0, 6)) {
      case 0: chars[i] = String(int(0, 9)); break;
      case 1: chars.splice(i, 1); break;
      case 2: chars.splice(i, 0, String(int(0, 9))); break;
      case 3: chars.splice(i, 0, pick(JUNK)); break;
      case 4: chars.splice(i, 0, pick(SEPS)); break;
      case 5: if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]]; break;
      default: chars[i] = pick(JUNK);
    }
  }
  return chars.join('');
}

function spaced(s) {
  const sep = pick(SEPS);
  const lead = pick(['', '', ' ', '\'', '\t']);
  const trail = pick(['', '', ' ', '  ']);
  if (chance(0.5)) return lead + s.slice(0, 4) + sep + s.slice(4, 8) + sep + s.slice(8, 12) + sep + s.slice(12) + trail;
  return lead + s.slice(0, 6) + sep + s.slice(6, 12) + sep + s.slice(12) + trail;
}

function randomText(max) {
  const alphabet = ['0', '1', '2', '3', '5', '9', ...SEPS.filter(Boolean), ...JUNK];
  const n = int(0, max);
  let s = '';
  for (let i = 0; i < n; i++) s += chance(0.7) ? String(int(0, 9)) : pick(alphabet);
  return s;
}

function identity(nik) {
  const r = rand();
  if (r < 0.35) return validish(nik);
  if (r < 0.55) return spaced(validish(nik));
  if (r < 0.75) return mutate(validish(nik));
  if (r < 0.8) return pick(['3.52206E+15', '3,52206E+15', '3522061205800000.0', '3E+15', ' 3.5220612058E+15 ']);
  if (r < 0.85) return validish(nik).slice(0, int(0, 15));
  if (r < 0.9) return validish(nik) + String(int(0, 9999));
  return randomText(40);
}

const LOOSE_ODD = [null, true, false, 0, 1, -3, 2.5, 1e21, 3522061205800001, [], ['x'], {}, { a: 1 }, '', ' ', '\u0000'];

function looseValue(good) {
  const r = rand();
  if (r < 0.7) return pick(good);
  if (r < 0.85) return pick(LOOSE_ODD);
  return randomText(12);
}

// The accepted spellings of data/spellings.toml (issue 12: one reader), so the package is
// judged on the words operators write, as tests/parity.rs judges check and screen natively.
const SPELLINGS = (() => {
  const out = {};
  let kind = null, value = null;
  for (const line of readFileSync(new URL('data/spellings.toml', repo), 'utf8').split('\n')) {
    let m;
    if ((m = line.match(/^kind = "(.*)"/))) kind = m[1];
    else if ((m = line.match(/^value = "(.*)"/))) value = m[1];
    else if ((m = line.match(/^words = \[(.*)\]/))) {
      const words = [...m[1].matchAll(/"([^"]*)"/g)].map((w) => w[1]);
      ((out[kind] ??= {})[value] ??= []).push(...words);
    }
  }
  return out;
})();
/** A spelling of `value` as a person types it: any case, sometimes with spaces around. */
function spell(kind, value) {
  const w = pick(SPELLINGS[kind][value]);
  const cased = pick([w, w.toUpperCase(), w.toLowerCase(), w[0].toUpperCase() + w.slice(1).toLowerCase()]);
  return chance(0.15) ? ` ${cased} ` : cased;
}
/** A date in one of the reader's four layouts, or as a spreadsheet serial. */
function dateLayout(iso) {
  const [y, m, d] = iso.split('-');
  const serial = String(Math.round((Date.parse(iso) - Date.parse('1899-12-30')) / 864e5));
  return pick([iso, `${d}/${m}/${y}`, `${Number(d)}-${Number(m)}-${y}`, `${d}.${m}.${y}`, serial]);
}

/** A record that should pass: a Bojonegoro NIK of a working-age person, every field right. */
function goodApplicant() {
  const birth = isoDay('1962-01-01', '2004-12-31');
  const [y, m, d] = birth.split('-');
  const female = chance(0.5);
  const kec = pick(BOJONEGORO);
  const program = pick(['rentan', 'insentif']);
  const a = {
    nik: kec + pad(Number(d) + (female ? 40 : 0), 2) + m + y.slice(2) + pad(int(1, 40), 4),
    kk: kec + isoDay('2000-01-01', '2023-12-31').replace(/^..(..)-(..)-(..)$/, '$3$2$1') + pad(int(1, 99), 4),
    name: pick(['Sutrisno', 'Siti Aminah', 'Warsini']),
    birth_date: chance(0.7) ? (chance(0.5) ? dateLayout(birth) : birth) : undefined,
    sex: chance(0.5) ? spell('sex', female ? 'F' : 'M') : (female ? pick(['F', 'P']) : pick(['M', 'L'])),
    citizenship: chance(0.5) ? spell('citizenship', 'WNI') : 'WNI',
    village_code: chance(0.7) ? pick([`${kec.slice(0, 2)}.${kec.slice(2, 4)}.${kec.slice(4)}.2001`, `${kec}2001`]) : undefined,
    program: chance(0.5) ? spell('program', program) : program,
    category: (program === 'rentan' ? pick(['buruh_tani', 'ojek', 'nelayan_darat', 'buruh_tembakau']) : pick(['ketua_rt', 'marbot', 'guru_ngaji', 'linmas'])).replaceAll('_', pick(['_', ' ', '-'])),
    occupation: chance(0.5) ? spell('occupation', 'none') : pick(['none', '-']),
    in_poverty_data: chance(0.5) ? spell('yes_no', 'yes') : pick([true, 'ya', 1]),
    already_enrolled: chance(0.5) ? spell('yes_no', 'no') : pick([false, 'tidak', 0]),
  };
  for (const k of Object.keys(a)) if (a[k] === undefined) delete a[k];
  // Sometimes one field goes wrong.
  if (chance(0.3)) { const k = pick(Object.keys(a)); a[k] = looseValue([a[k], 'pns', '', '2080-01-01']); }
  return a;
}

function applicant() {
  if (chance(0.35)) return goodApplicant();
  const a = {};
  const put = (k, p, v) => { if (chance(p)) a[k] = v; };
  put('nik', 0.9, chance(0.9) ? identity(true) : pick(LOOSE_ODD));
  put('kk', 0.6, chance(0.9) ? identity(false) : pick(LOOSE_ODD));
  put('name', 0.5, chance(0.8) ? pick(['Sutrisno', 'Siti Aminah', 'Ny. Sri\tWahyuni', 'O\'Neil', '']) : randomText(20));
  put('birth_date', 0.6, looseValue([isoDay('1940-01-01', '2012-12-31'), '12/05/1980', '1959-06-02', '1980-05-12', '2080-05-12', '31/02/1990', 'kemarin', '1990-7-1']));
  put('sex', 0.6, looseValue(['M', 'F', 'L', 'P', 'laki-laki', 'Perempuan', 'm', 'X']));
  put('citizenship', 0.6, looseValue(['WNI', 'WNA', 'wni', 'Indonesia']));
  put('village_code', 0.5, looseValue(['35.22.06.2001', '3522062001', '35.22.15.1001', '35.21.01.2001', '35.22.06.2999', '35.99.01.2001', '35.22.06']));
  put('program', 0.8, looseValue(['rentan', 'insentif', 'RENTAN', ' insentif ', 'lain']));
  put('category', 0.7, looseValue(['buruh_tani', 'ojek', 'nelayan_darat', 'penjaga_makam', 'ketua_rt', 'marbot', 'guru_ngaji', 'Buruh Tani', 'astronaut']));
  put('occupation', 0.7, looseValue(['none', '-', '', 'pns', 'cpns', 'pppk', 'tni', 'polri', 'pejabat_negara', 'pekerja_penerima_upah', 'dokter']));
  put('in_poverty_data', 0.7, looseValue([true, false, 'ya', 'tidak', 'Y', 'T', 1, 0, '1', '0', 'true']));
  put('already_enrolled', 0.6, looseValue([true, false, 'ya', 'tidak', 0, 1]));
  if (chance(0.2)) a[`x_${int(0, 99)}`] = randomText(5);
  // Shuffle the keys: order must not matter.
  const keys = Object.keys(a);
  for (let i = keys.length - 1; i > 0; i--) { const j = int(0, i); [keys[i], keys[j]] = [keys[j], keys[i]]; }
  return Object.fromEntries(keys.map((k) => [k, a[k]]));
}

const DOCS = ['kartu_peserta', 'ktp_peserta', 'ktp_ahli_waris', 'kk', 'akta_kematian', 'surat_keterangan_kematian',
  'surat_keterangan_ahli_waris', 'buku_tabungan', 'buku_nikah', 'akta_kelahiran', 'surat_perwalian', 'ktp_wali',
  'akta_wasiat', 'penetapan_pengadilan', 'surat_kuasa', 'ktp_kuasa', 'formulir_3', 'formulir_3a', 'formulir_3b',
  'kronologi', 'ktp_saksi', 'laporan_polisi', 'kuitansi_pengobatan', 'formulir_beasiswa', 'surat_keterangan_sekolah', 'rapor'];
const RELATION_CODES = ['spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'parent_in_law', 'will_appointee', 'other'];
const RELATIONS = ['spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'parent_in_law', 'will_appointee', 'other', 'istri', 'anak', 'ibu', 'mertua'];

/** A claim whose file is complete: the papers for its type and heir, and the dates. */
function completeClaim() {
  const type = pick(['jkm', 'jkk', 'beasiswa']);
  const event = isoDay('2024-01-01', '2026-06-30');
  const c = {
    type, relation: pick(['spouse', 'child']), family: ['spouse', 'child'],
    membership_start: isoDay('2015-01-01', '2020-12-31'),
    documents: DOCS.filter(() => chance(0.97)),
    complete_date: isoDay('2024-06-01', '2026-12-31'),
  };
  if (type === 'jkm') { c.death_date = event; c.reported_date = event; }
  if (type === 'jkk') { c.accident_date = event; c.outcome = pick(['death', 'total_disability', 'recovered']); if (c.outcome === 'death') c.death_date = event; }
  if (type === 'beasiswa') { c.death_date = event; c.children = [pick(['sd', 'smp', 'sma', 'pt'])]; }
  return c;
}

/** The claim as an operator may write it: every type, relation, family member, document,
 * yes/no, signature, outcome and school level in one of the spellings of data/spellings.toml
 * (the one reader). */
const CANONICAL = new Map();
function spelledClaim() {
  const c = completeClaim();
  c.relation = pick(RELATION_CODES);
  if (chance(0.3)) c.minor = chance(0.5);
  if (chance(0.5)) c.signature = pick(['signature', 'thumbprint']);
  if (c.children) c.children = c.children.map((l) => (l === 'sd' ? 'tk_sd' : l)); // the level's code
  const w = { ...c };
  if (c.signature) w.signature = spell('signature', c.signature);
  if (c.outcome) w.outcome = spell('outcome', c.outcome);
  if (c.children) w.children = c.children.map((l) => spell('school_level', l));
  w.type = spell('claim_type', c.type);
  w.relation = spell('relation', c.relation);
  w.family = c.family.map((r) => spell('relation', r));
  w.documents = c.documents.map((d) => spell('document', d));
  if ('minor' in c) w.minor = spell('yes_no', c.minor ? 'yes' : 'no');
  CANONICAL.set(w, c);
  return w;
}

function claim() {
  if (chance(0.3)) return completeClaim();
  const c = {};
  const put = (k, p, v) => { if (chance(p)) c[k] = v; };
  const date = () => looseValue([isoDay('2017-01-01', '2027-12-31'), isoDay('2024-01-01', '2026-12-31'), '10/03/2025', '2025-02-30', 'besok']);
  put('type', 0.92, chance(0.3) ? spell('claim_type', pick(['jkm', 'jkk', 'beasiswa'])) : looseValue(['jkm', 'jkk', 'beasiswa', 'JKM', 'klaim']));
  for (const k of ['death_date', 'accident_date', 'reported_date', 'membership_start', 'complete_date']) put(k, 0.55, date());
  put('relation', 0.7, chance(0.4) ? spell('relation', pick(RELATION_CODES)) : looseValue(RELATIONS));
  put('minor', 0.3, looseValue([true, false, 'ya']));
  put('traffic_accident', 0.2, looseValue([true, false]));
  put('represented', 0.2, looseValue([true, false]));
  put('signature', 0.3, looseValue(['signature', 'thumbprint', 'cap jempol', 'ttd']));
  put('documents', 0.85, chance(0.85)
    ? DOCS.filter(() => chance(0.4)).map((d) => (chance(0.3) ? spell('document', d) : d)).concat(chance(0.2) ? [pick(['ijazah', ' KTP-Peserta ', 'Buku Nikah', 3522061205800001, null, randomText(10)])] : [])
    : looseValue(['kartu_peserta, ktp_peserta; kk', '']));
  put('family', 0.5, chance(0.9) ? RELATIONS.filter(() => chance(0.3)) : looseValue(['spouse, child']));
  put('arranged_burial', 0.1, looseValue([true, false]));
  put('outcome', 0.3, looseValue(['death', 'total_disability', 'partial_disability', 'recovered', 'meninggal']));
  put('monthly_income', 0.3, looseValue([1000000, 2500000, 0, -5, 1.5, '1000000', 9e15]));
  put('self_paid_treatment', 0.2, looseValue([true, false]));
  put('children', 0.3, chance(0.8)
    ? Array.from({ length: int(0, 3) }, () => (chance(0.5) ? pick(['sd', 'smp', 'sma', 'pt', 'belum_sekolah', 'tk'])
      : { level: pick(['sd', 'smp', 'sma', 'pt']), birth_date: isoDay('2000-01-01', '2024-12-31') }))
    : looseValue(['sd']));
  put('basis', 0.2, looseValue(['jkm', 'jkk']));
  // The heir as an object, as the contract's wording reads (issue 12), sometimes with a key
  // the reader does not know.
  if (chance(0.15)) {
    c.heir = { relation: looseValue(RELATIONS), minor: chance(0.5) ? spell('yes_no', pick(['yes', 'no'])) : chance(0.5) };
    if (chance(0.3)) c.heir.umur = int(1, 80);
  }
  return c;
}

// ------------------------------------------------------------------ running both faces
const work = mkdtempSync(join(tmpdir(), 'layak-random-'));
let passed = 0, failed = 0;
const shown = [];

function native(args, stdin) {
  const r = spawnSync(BIN, args, { input: stdin, maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`layak ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout.toString('utf8').split('\n').slice(0, -1);
}

let identical = 0, different = 0;
function compare(kind, inputs, lines, wasmCall, strip = (l) => l, tally = true) {
  if (lines.length !== inputs.length) {
    failed++;
    different += inputs.length;
    shown.push(`${kind}: ${inputs.length} inputs but ${lines.length} native lines`);
    return;
  }
  let ok = true;
  inputs.forEach((input, i) => {
    let w;
    try { w = JSON.stringify(wasmCall(input)); } catch (e) { w = `threw ${e.code}: ${e.message}`; }
    const n = strip(lines[i]);
    if (tally) tallyOf(kind, n);
    if (n === w) { identical++; return; }
    different++;
    ok = false;
    if (shown.length < 8) shown.push(`${kind} ${JSON.stringify(input)}\n  native ${n}\n  wasm   ${w}`);
  });
  if (ok) passed++; else failed++;
}

const counts = {};
// What the inputs turned out to be, to show they are not all rejected at the first check.
const outcomes = {};
function tallyOf(kind, line) {
  let v;
  try { v = JSON.parse(line); } catch { return; }
  const what = kind === 'nik' || kind === 'kk' ? (v.valid ? 'valid' : 'invalid')
    : kind === 'check' ? String(v.decision) : (v.complete ? 'complete' : 'incomplete');
  const k = `${kind} ${what}`;
  outcomes[k] = (outcomes[k] || 0) + 1;
}
function group(kind, n, make, args, options, wasmCall, strip) {
  const inputs = Array.from({ length: Math.round(n * SCALE) }, make);
  counts[kind] = (counts[kind] || 0) + inputs.length;
  return { kind, inputs, args, options, wasmCall, strip };
}

const groups = [];
// NIK: plain, as-you-type, cross-checked against a form, in English; as-of dates anywhere.
for (const [n, extra] of [[500, {}], [300, { partial: true }], [250, { lang: 'en' }],
  [250, { birth_date: '1980-05-12', sex: 'F' }], [200, { partial: true, lang: 'en', sex: 'L' }]]) {
  const as_of = isoDay('1995-01-01', '2090-12-31');
  const options = { as_of, ...extra };
  const args = ['nik', '--json', '--as-of', as_of];
  if (extra.partial) args.push('--partial');
  if (extra.lang) args.push('--lang', extra.lang);
  if (extra.birth_date) args.push('--birth-date', extra.birth_date);
  if (extra.sex) args.push('--sex', extra.sex);
  groups.push(group('nik', n, () => identity(true), args, options, (s, m = layak) => m.validateNik(s, options)));
}
for (const [n, extra] of [[400, {}], [200, { partial: true, lang: 'en' }]]) {
  const as_of = isoDay('1995-01-01', '2090-12-31');
  const options = { as_of, ...extra };
  const args = ['kk', '--json', '--as-of', as_of];
  if (extra.partial) args.push('--partial');
  if (extra.lang) args.push('--lang', extra.lang);
  groups.push(group('kk', n, () => identity(false), args, options, (s, m = layak) => m.validateKk(s, options)));
}
// Applicants: as_of from the parameter set's first day on, both languages, and an override.
const OVERRIDE = { id: 'uji-acak', age: { max: { values: [
  { since: '2024-01-01', value: 65, reference: 'kajian program', confidence: 'unconfirmed' },
  { since: '2025-07-01', value: 60, reference: 'Perbup uji', confidence: 'confirmed' }] } } };
const overrideFile = join(work, 'params.json');
writeFileSync(overrideFile, JSON.stringify(OVERRIDE));
const dropLine = (l) => l.replace(/^\{"line":\d+,/, '{');
for (const [n, lang, params] of [[450, 'id', null], [300, 'en', null], [250, 'id', OVERRIDE]]) {
  const as_of = isoDay('2024-01-01', '2030-12-31');
  const options = { as_of, lang, ...(params ? { params } : {}) };
  const args = ['check', '--json', '--as-of', as_of, '--lang', lang, ...(params ? ['--params', overrideFile] : [])];
  groups.push(group('check', n, applicant, args, options, (a, m = layak) => m.checkEligibility(a, options), dropLine));
}
// Claims: a JSON array of claims on stdin; both languages, cuti bersama counted out, holidays.
const holidaysFile = join(work, 'holidays.json');
const HOLIDAYS = { days: ['2027-01-01', { date: '2027-03-10', kind: 'holiday', name: 'Uji' }, '2025-06-02'], remove: ['2025-12-25'] };
writeFileSync(holidaysFile, JSON.stringify(HOLIDAYS));
for (const [n, lang, cuti, hol] of [[350, 'id', false, false], [250, 'en', true, false], [200, 'id', false, true]]) {
  const as_of = isoDay('2024-01-01', '2027-06-30');
  const options = { as_of, lang, cuti_bersama: cuti, ...(hol ? { holidays: HOLIDAYS } : {}) };
  const args = ['claim', '--json', '--as-of', as_of, '--lang', lang, ...(cuti ? ['--cuti-bersama'] : []), ...(hol ? ['--holidays', holidaysFile] : [])];
  groups.push(group('claim', n, claim, args, options, (c, m = layak) => m.checkClaim(c, options)));
}

// The same claims written in operators' words (to the CLI) and in the contract's codes (to
// the package): one reader, so the answers are the same, byte for byte.
for (const [n, lang] of [[150, 'id'], [100, 'en']]) {
  const as_of = isoDay('2024-01-01', '2027-06-30');
  const options = { as_of, lang };
  const args = ['claim', '--json', '--as-of', as_of, '--lang', lang];
  groups.push(group('claim', n, spelledClaim, args, options, (c, m = layak) => m.checkClaim(CANONICAL.get(c), options)));
}

// The web app's build before and after the page's names: without them a kecamatan has no
// name (so the comparison below can tell), names of another build are refused, and the
// page's own are taken.
{
  const KAPAS = '3522061205800001';
  const nameOf = () => webApp.validateNik(KAPAS, { as_of: '2025-01-01' }).district?.name ?? '';
  const problems = [];
  if (nameOf() !== '') problems.push(`a name before the page gave any: ${nameOf()}`);
  let code = null;
  try { webApp.setRegionNames(pageNames.slice(1)); } catch (e) { code = e.code; }
  if (code !== 'region.names_other_build') problems.push(`names of another build: ${code}`);
  try { webApp.setRegionNames(pageNames); } catch (e) { problems.push(`the page's names refused: ${e.code}`); }
  if (nameOf() !== layak.validateNik(KAPAS, { as_of: '2025-01-01' }).district?.name) problems.push(`after: ${nameOf()}`);
  if (problems.length) { failed++; shown.push(`web app build: ${problems.join('; ')}`); } else passed++;
}

for (const g of groups) {
  const stdin = g.kind === 'claim'
    ? JSON.stringify(g.inputs)
    : g.inputs.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n') + '\n';
  const lines = native(g.args, stdin);
  compare(g.kind, g.inputs, lines, g.wasmCall, g.strip);
  compare(`${g.kind} (web app build)`, g.inputs, lines, (x) => g.wasmCall(x, webApp), g.strip, false);
}
rmSync(work, { recursive: true, force: true });

for (const s of shown) console.log(`MISMATCH ${s}`);
console.log(`random: seed ${SEED}; ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}; native (CLI --json) vs WebAssembly (pkg/, and the web app's build in www/pkg/)`);
console.log(`random: ${Object.entries(outcomes).map(([k, v]) => `${v} ${k}`).join(', ')}`);
console.log(`random: ${identical} inputs identical, ${different} different`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
