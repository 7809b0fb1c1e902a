// results.xlsx in the browser: the outputs of a screening or verval run in one workbook, every
// value a text cell (Excel keeps the NIK's 16 digits), the reasons in plain words beside the
// rule ids, a summary sheet first (docs/results-workbook.md).
//
// The writer is a WebAssembly module of its own (pkg/layak_workbook_bg.wasm, about 0.4 MB),
// loaded the first time a workbook is asked for, never on the way to the first form. The
// service worker stores it in the background once the app is ready offline, so after that
// the workbook is made with no signal too (docs/web-app.md).
//
//   import { resultsWorkbook } from './workbook.js';
//   const blob = await resultsWorkbook({ kind: 'verval', summary, files, lang: 'id' });
//
// `summary`: the run's summary.json (the object or its text). `files`: each CSV output by
// its name, with or without `.csv` (`eligible`, ... or `stay`, `leave`, `review`, `errors`,
// `claims`, `deaths-unmatched`, `admit`, `waitlist`, `not-admitted`), as a Uint8Array, a
// string or a Blob; a missing one gives an empty sheet, other names are ignored (so the
// `files` of the screening module's `verval()` result can be passed as they are). Called on a page, the work runs in a Worker of
// its own (workbook-worker.js), so the page stays responsive; called in a worker, it runs
// there. Errors carry a `code`: `workbook.rows` (more rows than the browser takes: the
// message points to the command line), `workbook.offline` (the module is not on this
// device yet and there is no network), `workbook.kind`, `workbook.summary`.

const MODULE = new URL('./pkg/layak_workbook.js', import.meta.url).href;
const WASM = new URL('./pkg/layak_workbook_bg.wasm', import.meta.url).href;
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let loading = null;
/** The workbook module, loaded once; a failed load (no network) is tried again next time. */
function load() {
  if (!loading) {
    loading = import(MODULE).then(async (m) => { await m.default(); return m; });
    loading.catch(() => { loading = null; });
  }
  return loading;
}

const offline = () => Object.assign(new Error('the workbook module is not on this device and there is no network'), { code: 'workbook.offline' });

async function bytesOf(v) {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return new TextEncoder().encode(v);
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  if (typeof Blob !== 'undefined' && v instanceof Blob) return new Uint8Array(await v.arrayBuffer());
  throw Object.assign(new TypeError('a file must be a Uint8Array, a string or a Blob'), { code: 'workbook.files' });
}

/** Makes the workbook here (in a worker: the call blocks the thread it runs on). */
export async function makeWorkbook({ kind, summary, files = {}, lang = 'id' }) {
  let m;
  try {
    m = await load();
  } catch (e) {
    throw (await workbookAvailable()) ? e : offline();
  }
  const bytes = {};
  for (const [name, v] of Object.entries(files)) {
    const b = await bytesOf(v);
    // `stay.csv` or `stay`: the verval result's `files` can be passed as they are.
    if (b) bytes[name.replace(/\.csv$/, '')] = b;
  }
  const text = typeof summary === 'string' ? summary : JSON.stringify(summary ?? {});
  return new Blob([m.resultsWorkbook(kind, text, bytes, lang === 'en' ? 'en' : 'id')], { type: TYPE });
}

/**
 * The workbook of a run as a Blob (see the top of this file). On a page it is made in a
 * worker of its own; in a worker, in place.
 */
export async function resultsWorkbook(args) {
  if (typeof window === 'undefined' || typeof Worker === 'undefined') return makeWorkbook(args);
  const w = new Worker(new URL('./workbook-worker.js', import.meta.url), { type: 'module' });
  try {
    return await new Promise((resolve, reject) => {
      w.onmessage = ({ data }) => (data.error ? reject(Object.assign(new Error(data.error.message), { code: data.error.code })) : resolve(data.blob));
      w.onerror = (e) => { e.preventDefault?.(); reject(Object.assign(new Error(e.message || 'workbook worker failed'), { code: (navigator.onLine ? 'internal' : 'workbook.offline') })); };
      w.postMessage(args);
    });
  } finally {
    w.terminate();
  }
}

/**
 * Whether a workbook can be made now: the module is stored on this device (the service
 * worker's cache), or the network can bring it. A page offers the workbook when this is true.
 */
export async function workbookAvailable() {
  if (typeof navigator !== 'undefined' && navigator.onLine) return true;
  if (loading) return true;
  try {
    return Boolean(await caches.match(WASM));
  } catch {
    return false;
  }
}
