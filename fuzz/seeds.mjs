// Writes seed inputs for the fuzz targets into fuzz/corpus/<target>/ from the golden files
// and the parameter set: each seed is the 5-byte header (flags, as-of day, second day; see
// src/lib.rs) followed by a golden input. Run by scripts/fuzz.sh; safe to run again.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';

const root = new URL('../', import.meta.url);
const read = (p) => readFileSync(new URL(p, root));
const golden = (name) => JSON.parse(read(`tests/golden/${name}.json`)).cases;
const days = (iso, base) => Math.round((Date.parse(iso) - Date.parse(base)) / 864e5);

function header(o, base, span) {
  let flags = 0;
  if (o.partial) flags |= 1;
  if (o.lang === 'en') flags |= 2;
  let day2 = 0;
  if (o.birth_date && /^\d{4}-\d\d-\d\d$/.test(o.birth_date)) { flags |= 4; day2 = days(o.birth_date, '1900-01-01'); }
  if (o.sex) { flags |= 8; if (/^[fp]/i.test(o.sex)) flags |= 16; }
  const day = o.as_of ? ((days(o.as_of, base) % span) + span) % span : 0;
  const h = Buffer.alloc(5);
  h[0] = flags; h.writeUInt16LE(day & 0xffff, 1); h.writeUInt16LE(day2 & 0xffff, 3);
  return h;
}

function seed(target, head, body) {
  const dir = new URL(`corpus/${target}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  const bytes = Buffer.concat([head, Buffer.from(body)]);
  writeFileSync(new URL(createHash('sha1').update(bytes).digest('hex'), dir), bytes);
}

const input = (c) => (c.input_hex ? Buffer.from(c.input_hex.replace(/\s/g, ''), 'hex')
  : typeof c.input === 'string' ? c.input : JSON.stringify(c.input));

for (const c of golden('nik')) seed('nik', header(c.options || {}, '1900-01-01', 65535), input(c));
for (const c of golden('kk')) seed('kk', header(c.options || {}, '1900-01-01', 65535), input(c));
for (const c of golden('check')) {
  seed('check', header(c.options || {}, '2024-01-01', 25550), input(c));
  if (c.options?.params) seed('params', header({ ...c.options, as_of: c.options.as_of }, '2024-01-01', 25550), JSON.stringify(c.options.params));
}
for (const c of golden('claim')) {
  const o = c.options || {};
  const h = header(o, '2000-01-01', 36524);
  if (o.cuti_bersama) h[0] |= 4;
  seed('claim', h, input(c));
  if (o.holidays) { h[0] |= 8; seed('claim', h, JSON.stringify([c.input, o.holidays])); }
}
const toml = header({ as_of: '2025-06-01' }, '2024-01-01', 25550);
toml[0] |= 1;
seed('params', toml, read('data/params/bojonegoro-2025.toml'));
seed('params', toml, `[[age.max.values]]\nsince = 2024-01-01\nvalue = 65\nreference = "kajian"\nconfidence = "unconfirmed"\n\n[[age.max.values]]\nsince = 2025-07-01\nvalue = 60\nreference = "Perbup"\nconfidence = "confirmed"\n`);
// Screening: the corpus of troubled files (chunk size byte first; bit 7: XLSX).
for (const f of ['bom_crlf.csv', 'semicolon.csv', 'windows1252.csv', 'ragged.csv', 'bad_quotes.csv', 'empty_lines.csv', 'header_only.csv']) {
  seed('screen', Buffer.from([7]), read(`tests/screen/${f}`));
  seed('screen', Buffer.from([63]), read(`tests/screen/${f}`));
}
seed('screen', Buffer.from([0x80]), read('tests/screen/numeric_and_dates.xlsx'));
