// The screening worker: reads a CSV or XLSX file through the layak screening module and sends
// back progress, the summary and the four output files. It runs off the page's thread, so the
// page stays responsive during a million rows, and serves one run after another. For a CSV it
// shares the judging with a helper worker (screen-helper.js) on the other core. Nothing leaves
// the device.
import init, { ScreenJob } from './pkg/layak_screen.js';

// The module is compiled as soon as the worker starts, before any file is chosen. It uses
// WebAssembly SIMD (browsers from 2021 on); an older browser gets a clear message.
const ready = init().catch((e) => {
  throw Object.assign(new Error(`WebAssembly: ${e.message}`), { code: 'screen.browser' });
});

let helper = null;
try {
  if ((navigator.hardwareConcurrency ?? 1) > 1) {
    helper = new Worker(new URL('screen-helper.js', import.meta.url), { type: 'module' });
  }
} catch {
  helper = null; // no nested workers: one core does it all
}
const pending = new Map();
let nextId = 0;
if (helper) {
  helper.onmessage = ({ data }) => { pending.get(data.id)?.(data.judged); pending.delete(data.id); };
}
function judgeElsewhere(chunk, ranges) {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    helper.postMessage({ id, chunk, ranges }, [chunk.buffer, ranges.buffer]);
  });
}

const CHUNK = 4 << 20;

async function screenCsv(job, file, options, enrolled, collect, report) {
  let configured = false;
  for (let off = 0; off < file.size; off += CHUNK) {
    const chunk = new Uint8Array(await file.slice(off, off + CHUNK).arrayBuffer());
    const ranges = job.split(chunk);
    if (helper && !configured) {
      const header = job.headerLine();
      if (header) {
        helper.postMessage({ header, options, enrolled });
        configured = true;
      }
    }
    const lines = ranges.length / 4;
    if (configured && lines >= 2000) {
      // The helper judges the second half of the lines; only their bytes are copied over,
      // with offsets made relative to the copy.
      const half = Math.floor(lines / 2) * 4;
      const mine = ranges.subarray(0, half);
      const theirs = ranges.slice(half);
      const base = theirs[0];
      const copy = chunk.slice(base, theirs[theirs.length - 3]);
      const shifted = theirs.slice();
      for (let i = 0; i < shifted.length; i += 4) { shifted[i] -= base; shifted[i + 1] -= base; }
      const elsewhere = judgeElsewhere(copy, shifted);
      const judgedHere = job.judge(chunk, mine);
      const judgedThere = await elsewhere;
      job.apply(chunk, mine, judgedHere);
      job.apply(chunk, theirs, judgedThere);
    } else if (lines > 0) {
      job.apply(chunk, ranges, job.judge(chunk, ranges));
    }
    collect();
    report(Math.min(file.size, off + CHUNK));
  }
}

self.onmessage = async ({ data }) => {
  const { file, options, enrolled } = data;
  try {
    await ready;
    const started = performance.now();
    const job = new ScreenJob(options, enrolled ?? undefined);
    const parts = { eligible: [], ineligible: [], review: [], errors: [] };
    const collect = () => {
      const o = job.takeOutputs();
      for (const k of Object.keys(parts)) if (o[k].length) parts[k].push(o[k]);
    };
    let lastReport = 0;
    const report = (done) => {
      const now = performance.now();
      if (now - lastReport < 100) return;
      lastReport = now;
      self.postMessage({ progress: done, total: file.size, counts: job.counts() });
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
    const files = {};
    for (const [k, chunks] of Object.entries(parts)) {
      files[k] = new Blob(chunks, { type: 'text/csv;charset=utf-8' });
    }
    files.summary = new Blob([JSON.stringify(summary, null, 2)], { type: 'application/json' });
    self.postMessage({ done: true, summary, files, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ error: { code: e.code ?? 'internal', message: e.message ?? String(e) } });
  }
};
