// A verval round in the screening worker (the Verval page): the files the operator picked go
// to the layak screening module's `verval(...)`, the same round as `layak verval`, and come
// back as the output files (for download, byte for byte what the CLI writes), the summary,
// and the rows the page lists per desa. Runs off the page's thread; nothing leaves the device.
import { verval, columnOf } from './pkg/layak_screen.js';

/** The files of a round, in the order the page offers them (the CLI's names). */
export const VERVAL_FILES = ['stay.csv', 'leave.csv', 'review.csv', 'errors.csv', 'claims.csv',
  'deaths-unmatched.csv', 'admit.csv', 'waitlist.csv', 'not-admitted.csv', 'summary.json'];

/** Rows listed on the page per kind (the files hold them all). */
const LIST_LIMIT = 2000;

/** The records of a CSV text as written by the core: comma-separated, quoted as needed. */
function* records(text) {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const row = [];
    for (;;) {
      let v = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) { v += text.slice(i); i = n; break; }
          v += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') { v += '"'; i++; } else break;
        }
      }
      let end = i;
      while (end < n && text[end] !== ',' && text[end] !== '\r' && text[end] !== '\n') end++;
      v += text.slice(i, end);
      row.push(v);
      i = end;
      if (text[i] === ',') { i++; continue; }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    yield row;
  }
}

/** The rows of one output file as small objects: who (by the screening reader's column
 *  names), where, and the new columns of the round. At most LIST_LIMIT; `more` counts the rest. */
function listOf(text, keep = () => true) {
  const it = records(text);
  const head = it.next().value;
  if (!head) return { rows: [], more: 0 };
  // The input's own columns are named as the operator wrote them; the new ones come last.
  const at = {};
  head.forEach((name, i) => {
    const field = columnOf(name);
    if (field && !(field in at)) at[field] = i;
  });
  // The round's columns have fixed names; the last one of a name is the round's own.
  head.forEach((name, i) => { at[`+${name}`] = i; });
  const get = (r, k) => (at[k] === undefined ? '' : r[at[k]] ?? '');
  const rows = [];
  let more = 0;
  for (const r of it) {
    if (r.length === 1 && r[0] === '') continue;
    const row = {
      nik: get(r, 'nik') || get(r, '+nik'),
      name: get(r, 'name') || get(r, '+nama'),
      village: get(r, 'village_code') || get(r, '+kode_desa'),
      program: get(r, 'program') || get(r, '+program'),
      reasons: get(r, '+reasons'),
      ends_on: get(r, '+ends_on'),
      ends_because: get(r, '+ends_because'),
      rank: get(r, '+rank'),
      desil: get(r, '+desil_used'),
      line: get(r, '+line'),
      death_date: get(r, '+death_date'),
      reported_date: get(r, '+reported_date'),
      report_days: get(r, '+report_days'),
      report_late: get(r, '+report_late'),
      covered: get(r, '+covered'),
      benefit_total: get(r, '+benefit_total'),
      message: get(r, '+message'),
    };
    if (!keep(row)) continue;
    if (rows.length < LIST_LIMIT) rows.push(row);
    else more++;
  }
  return { rows, more };
}

/** Lines in a CSV (for the progress bar; an XLSX gives none). */
function lines(bytes) {
  if (!bytes) return 0;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 0;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) n++;
  return n;
}

/**
 * Runs one round. `job` holds the File objects (`enrolled`, `candidates` or null,
 * `deaths`: a list) and the options; `post` sends progress. Answers with the message for
 * the page: `vervalDone` with the files as Blobs, the summary and the lists, or `vervalError`.
 */
export async function vervalRound(job, run, post) {
  try {
    const started = performance.now();
    const bytes = async (f) => new Uint8Array(await f.arrayBuffer());
    const enrolled = await bytes(job.enrolled);
    const candidates = job.candidates ? await bytes(job.candidates) : undefined;
    const deaths = await Promise.all((job.deaths ?? []).map(bytes));
    const total = lines(enrolled) + lines(candidates);
    post({ run, vervalProgress: 0, total });
    const r = verval(enrolled, candidates, deaths, job.options, (rows) => post({ run, vervalProgress: rows, total }));
    const files = {};
    for (const name of VERVAL_FILES) {
      const text = r.files[name] ?? '';
      files[name] = new Blob([text], { type: name.endsWith('.json') ? 'application/json' : 'text/csv;charset=utf-8' });
    }
    const lists = {
      ending: listOf(r.files['stay.csv'], (row) => row.ends_on !== ''),
      leave: listOf(r.files['leave.csv']),
      review: listOf(r.files['review.csv']),
      claims: listOf(r.files['claims.csv']),
      unmatched: listOf(r.files['deaths-unmatched.csv']),
      admit: listOf(r.files['admit.csv']),
      waitlist: listOf(r.files['waitlist.csv']),
    };
    return { run, vervalDone: true, summary: r.summary, files, lists, ms: performance.now() - started };
  } catch (e) {
    return { run, vervalError: { code: e.code ?? 'internal', message: e.message ?? String(e) } };
  }
}
