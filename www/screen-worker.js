// The screening worker: reads a CSV or XLSX file through the layak screening module and sends
// back progress, the summary and the four output files. It runs off the page's thread, so the
// page stays responsive during a million rows, and serves one run after another. For a CSV it
// shares the judging with helper workers (screen-helper.js) on the other cores. Nothing leaves
// the device.
import init, { ScreenJob } from './pkg/layak_screen.js';
import { vervalRound } from './verval-run.js';
// The workbook writer is a module of its own, loaded only when a workbook is asked for.
import { makeWorkbook } from './workbook.js';

const WARM_UP_ROWS = 20000;

// The module is compiled as soon as the worker starts, before any file is chosen. It uses
// WebAssembly SIMD (browsers from 2021 on); an older browser gets a clear message.
// The Verval page starts its worker by the name 'verval': a verval round judges on this
// thread alone, so it neither warms up the screening code nor starts helpers.
const VERVAL = self.name === 'verval';
const ready = init().then(() => {
  // While the operator picks a file: a few thousand generated rows through the rules, so
  // the browser has optimised the hot code before the real file arrives. Only an aid.
  if (VERVAL) return;
  try { ScreenJob.warmUp(WARM_UP_ROWS); } catch { /* screening works without it */ }
}, (e) => {
  throw Object.assign(new Error(`WebAssembly: ${e.message}`), { code: 'screen.browser' });
});

// Helpers judge lines on the other cores; this worker reads the file, splits it into lines,
// and applies the judgements in input order (the duplicate rule, the counts, the outputs),
// which is a fifth of the work. Two helpers on a two-core machine: this worker's share runs
// between theirs. Without nested workers (or with one core) it judges everything itself.
const helpers = [];
try {
  const cores = navigator.hardwareConcurrency ?? 1;
  const n = cores > 1 && !VERVAL ? Math.min(cores, 4) : 0;
  for (let i = 0; i < n; i++) {
    const h = new Worker(new URL('screen-helper.js', import.meta.url), { type: 'module' });
    h.waiting = new Map();
    h.onmessage = ({ data }) => { h.waiting.get(data.id)?.(data); h.waiting.delete(data.id); };
    helpers.push(h);
  }
} catch {
  helpers.length = 0;
}
let nextId = 0;

// A part: lines of a chunk, copied out with their offsets made relative to the copy. It goes to
// the helper with the fewest parts waiting, and comes back with its judgements.
function judgeElsewhere(bytes, ranges) {
  const h = helpers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
  const id = nextId++;
  return new Promise((resolve) => {
    h.waiting.set(id, resolve);
    h.postMessage({ id, bytes, ranges }, [bytes.buffer, ranges.buffer]);
  });
}

const CHUNK = 4 << 20;
// Lines per part: about 400 KB, ten parts to a chunk, so the helpers stay evenly busy.
const PART = 4096;
// Parts judged or being judged, not yet applied: enough to keep every helper busy while this
// worker reads and applies, few enough to keep memory flat.
const IN_FLIGHT = 24;

// The file in chunks of CHUNK bytes (the first one smaller, so the helpers start sooner). A
// stream costs the browser a third less work than reading slice by slice (measured: 0.10
// against 0.15 CPU-seconds for 100 MB in Chromium), and its pieces are gathered into chunks.
async function* chunksOf(file) {
  const reader = file.stream().getReader();
  let buf = new Uint8Array(Math.min(CHUNK, 1 << 20));
  let fill = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let at = 0; at < value.length;) {
      const n = Math.min(buf.length - fill, value.length - at);
      buf.set(value.subarray(at, at + n), fill);
      fill += n;
      at += n;
      if (fill === buf.length) {
        yield buf;
        buf = new Uint8Array(CHUNK);
        fill = 0;
      }
    }
  }
  if (fill) yield buf.subarray(0, fill);
}

async function screenCsv(job, file, options, enrolled, collect, report) {
  let configured = helpers.length === 0;
  const inFlight = [];
  const applyOne = async () => {
    const p = await inFlight.shift();
    job.apply(p.bytes, p.ranges, p.judged);
  };
  const chunks = chunksOf(file);
  let next = chunks.next();
  let off = 0;
  for (;;) {
    const { done, value: chunk } = await next;
    if (done) break;
    off += chunk.length;
    // The next chunk is read while this one is worked on.
    next = chunks.next();
    const ranges = job.split(chunk);
    if (!configured) {
      const header = job.headerLine();
      if (header) {
        for (const h of helpers) h.postMessage({ header, options, enrolled });
        configured = true;
      }
    }
    // The line begun in the previous chunk comes first, after every part before it.
    const carried = job.takeCarried();
    if (carried) inFlight.push({ ...carried, judged: job.judge(carried.bytes, carried.ranges) });
    for (let at = 0; at < ranges.length; at += PART * 4) {
      const part = ranges.subarray(at, Math.min(ranges.length, at + PART * 4));
      const base = part[0];
      const bytes = chunk.slice(base, part[part.length - 3]);
      const shifted = part.slice();
      for (let i = 0; i < shifted.length; i += 4) { shifted[i] -= base; shifted[i + 1] -= base; }
      if (helpers.length) {
        inFlight.push(judgeElsewhere(bytes, shifted));
      } else {
        inFlight.push({ bytes, ranges: shifted, judged: job.judge(bytes, shifted) });
      }
      while (inFlight.length > IN_FLIGHT) await applyOne();
    }
    collect();
    report(off);
  }
  while (inFlight.length) await applyOne();
  collect();
}

// The last finished run, for results.xlsx: made only when the operator asks for it, by the
// workbook module (www/workbook.js), here in the worker that holds the files.
let last = null;

async function workbook() {
  if (!last) throw Object.assign(new Error('no finished run'), { code: 'screen.unfinished' });
  const files = {};
  for (const k of ['eligible', 'ineligible', 'review', 'errors']) files[k] = last.files[k];
  return makeWorkbook({ kind: 'screen', summary: last.summary, files, lang: last.lang });
}

self.onmessage = async ({ data }) => {
  if (data.verval) {
    // A verval round (the Verval page): see verval-run.js.
    try {
      await ready;
    } catch (e) {
      self.postMessage({ run: data.run, vervalError: { code: e.code ?? 'internal', message: e.message ?? String(e) } });
      return;
    }
    self.postMessage(await vervalRound(data.verval, data.run, (m) => self.postMessage(m)));
    return;
  }
  if (data.workbook) {
    try {
      self.postMessage({ run: data.run, workbook: await workbook() });
    } catch (e) {
      self.postMessage({ run: data.run, workbookError: { code: e.code ?? 'internal', message: e.message ?? String(e) } });
    }
    return;
  }
  // `run` tells this run's messages from a previous one's; result files are posted only
  // with `done`, once the whole file has been screened and the counts add up, never from
  // a run that failed part way (its partial outputs are dropped with the job).
  const { file, options, enrolled, run } = data;
  try {
    await ready;
    const started = performance.now();
    const job = new ScreenJob(options, enrolled ?? undefined);
    // About 100 bytes a row: room in the duplicate set for every NIK from the start.
    job.reserve(file.size / 100);
    const parts = { eligible: [], ineligible: [], review: [], errors: [] };
    const collect = () => {
      const o = job.takeOutputs();
      // Into a Blob at once: the browser copies the bytes into its own storage now, while
      // the helpers judge, rather than all 100 MB at the end (50 ms for a million rows).
      for (const k of Object.keys(parts)) if (o[k].length) parts[k].push(o[k]);
    };
    let lastReport = 0;
    const report = (done) => {
      const now = performance.now();
      if (now - lastReport < 100) return;
      lastReport = now;
      self.postMessage({ run, progress: done, total: file.size, counts: job.counts() });
    };
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const xlsx = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
    if (xlsx) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      job.screenXlsx(bytes, () => { collect(); report(file.size / 2); });
    } else {
      await screenCsv(job, file, options, enrolled, collect, report);
    }
    const summary = job.finish(xlsx);
    collect();
    if (summary.rows !== summary.eligible + summary.ineligible + summary.review + summary.errors) {
      throw { code: 'screen.incomplete', message: 'the counts of the run do not add up' };
    }
    const files = {};
    for (const [k, chunks] of Object.entries(parts)) {
      files[k] = new Blob(chunks, { type: 'text/csv;charset=utf-8' });
    }
    files.summary = new Blob([JSON.stringify(summary, null, 2)], { type: 'application/json' });
    job.free();
    last = { summary, files, lang: options?.lang === 'en' ? 'en' : 'id' };
    self.postMessage({ run, done: true, summary, files, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ run, error: { code: e.code ?? 'internal', message: e.message ?? String(e) } });
  }
};
