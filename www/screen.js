// Saring data: a CSV or XLSX file of candidates screened in a Web Worker, with a progress bar,
// the counts per decision and per kecamatan, and the four output files to download. The file
// never leaves the device.
import { $, el, t, opts, issueList } from './ui.js';

const NAMES = ['eligible', 'ineligible', 'review', 'errors'];

export function screenPage() {
  const root = $('#screen-root');
  const input = el('input', { type: 'file', id: 'screen-file', accept: '.csv,.xlsx,text/csv' });
  const asOf = el('input', { type: 'date', id: 'screen-as-of' });
  // The people already enrolled, as `layak screen --enrolled` takes them: without a list the
  // file's own sudah_terdaftar column says who is (and the result says when it has none).
  const enrolled = el('input', { type: 'file', id: 'screen-enrolled', accept: '.csv,.txt,.xlsx,text/csv,text/plain', 'aria-describedby': 'screen-enrolled-help' });
  const start = el('button', { type: 'button', class: 'primary', id: 'screen-start', disabled: true, dataset: { t: 'screen.start' }, text: t('screen.start') });
  const bar = el('progress', { id: 'screen-progress', max: 1, value: 0, hidden: true });
  const status = el('p', { id: 'screen-status', class: 'status', role: 'status' });
  const result = el('section', { id: 'screen-result', class: 'result', hidden: true });
  root.replaceChildren(
    el('p', { dataset: { t: 'screen.intro' }, text: t('screen.intro') }),
    el('div', { class: 'field' }, el('label', { for: 'screen-file', dataset: { t: 'screen.file' }, text: t('screen.file') }), input),
    el('div', { class: 'field' }, el('label', { for: 'screen-enrolled', dataset: { t: 'screen.enrolled' }, text: t('screen.enrolled') }), enrolled,
      el('p', { id: 'screen-enrolled-help', class: 'fine', dataset: { t: 'screen.enrolled_help' }, text: t('screen.enrolled_help') })),
    el('div', { class: 'field' }, el('label', { for: 'screen-as-of', dataset: { t: 'screen.as_of' }, text: t('screen.as_of') }), asOf),
    el('div', { class: 'actions' }, start),
    bar, status, result);
  let worker = null;
  let urls = [];
  // The run whose messages count: a message of an earlier (cancelled) run is ignored, so
  // its files can never be offered as this run's.
  let run = 0;
  let running = false;
  // The worker (and its WebAssembly, about 0.5 MB) is started when this page is first shown,
  // not with the app: operators who never screen a file never download it. It is then
  // ready before the file is chosen, and serves one run after another.
  const startWorker = () => {
    if (!worker) worker = new Worker('screen-worker.js', { type: 'module' });
    return worker;
  };
  const onShow = () => { if (location.hash === '#saring') startWorker(); };
  window.addEventListener('hashchange', onShow);
  onShow();

  input.addEventListener('change', () => { start.disabled = !input.files.length; });
  start.addEventListener('click', async () => {
    const clicked = performance.now();
    const file = input.files[0];
    if (!file) return;
    // Off before the list is read: a second press while it is read would start a second run.
    start.disabled = true;
    // The list's bytes (CSV or XLSX): the worker and its helpers each read it.
    const list = enrolled.files[0] ? new Uint8Array(await enrolled.files[0].arrayBuffer()) : undefined;
    for (const u of urls) URL.revokeObjectURL(u);
    urls = [];
    result.hidden = true;
    result.replaceChildren();
    bar.hidden = false;
    bar.value = 0;
    start.disabled = true;
    status.textContent = t('screen.running');
    status.classList.remove('error');
    const w = startWorker();
    const thisRun = ++run;
    running = true;
    w.onmessage = ({ data }) => {
      if (data.run !== thisRun) return;
      if (data.progress !== undefined) {
        bar.value = data.total ? data.progress / data.total : 0;
        const [e, i, r, x] = data.counts;
        status.textContent = `${t('screen.running')} ${(e + i + r + x).toLocaleString('id-ID')} ${t('screen.rows')}`;
      } else if (data.workbook) {
        // results.xlsx, made by the worker on request: saved at once.
        const url = URL.createObjectURL(data.workbook);
        urls.push(url);
        el('a', { href: url, download: t('screen.file_xlsx') }).click();
        status.textContent = '';
      } else if (data.workbookError) {
        status.textContent = data.workbookError.code === 'workbook.offline' ? t('screen.xlsx_offline') : data.workbookError.message;
        status.classList.add('error');
      } else if (data.error) {
        running = false;
        status.textContent = `${data.error.message} ${t('screen.no_results')}`;
        status.classList.add('error');
        bar.hidden = true;
        start.disabled = false;
      } else if (data.done) {
        running = false;
        bar.value = 1;
        start.disabled = false;
        status.textContent = `${t('screen.done')} (${(data.ms / 1000).toFixed(1)} s)`;
        document.body.dataset.screenMs = String(Math.round(data.ms));
        document.body.dataset.screenTotalMs = String(Math.round(performance.now() - clicked));
        show(data.summary, data.files);
      }
    };
    w.postMessage({ file, run: thisRun, options: opts(asOf.value ? { as_of: asOf.value } : {}), enrolled: list });
  });

  let last = null;
  function show(s, files) {
    last = [s, files];
    const n = (x) => x.toLocaleString(t('screen.locale'));
    const counts = el('div', { class: 'counts' }, [
      ['eligible', s.eligible], ['ineligible', s.ineligible], ['review', s.review], ['errors', s.errors],
    ].map(([k, v]) => el('div', { class: `count ${k}`, dataset: { count: k, value: String(v) } },
      el('strong', { text: n(v) }), el('span', { text: t(`screen.${k}`) }))));
    const districts = Object.entries(s.by_district).sort((a, b) => b[1].rows - a[1].rows);
    const max = Math.max(1, ...districts.map(([, d]) => d.rows));
    const table = el('table', { class: 'districts' },
      el('thead', {}, el('tr', {}, ['screen.kecamatan', 'screen.rows', 'screen.eligible', 'screen.ineligible', 'screen.review']
        .map((k, i) => el('th', { class: i ? 'num' : '', text: t(k) })), el('th', {}))),
      el('tbody', {}, districts.slice(0, 40).map(([code, d]) => el('tr', { dataset: { district: code } },
        el('td', { text: d.name ? `${d.name} (${code})` : t('screen.unknown') }),
        el('td', { class: 'num', text: n(d.rows) }),
        el('td', { class: 'num', text: n(d.eligible) }),
        el('td', { class: 'num', text: n(d.ineligible) }),
        el('td', { class: 'num', text: n(d.review) }),
        el('td', { class: 'chart' }, el('div', { class: 'stack', style: { width: `${(100 * d.rows) / max}%` } },
          el('span', { class: 'seg eligible', style: { width: `${(100 * d.eligible) / d.rows}%` } }),
          el('span', { class: 'seg ineligible', style: { width: `${(100 * d.ineligible) / d.rows}%` } }),
          el('span', { class: 'seg review', style: { width: `${(100 * d.review) / d.rows}%` } })))))));
    // Each reason in plain words; its rule code only in the details.
    const reasons = el('ul', { class: 'reasons' }, Object.entries(s.by_reason).sort((a, b) => b[1] - a[1])
      .map(([rule, count]) => el('li', { dataset: { rule } }, el('strong', { text: n(count) }), ' ',
        t(`rule.${rule}`) === `rule.${rule}` ? rule : t(`rule.${rule}`))));
    const reasonCodes = el('details', { class: 'why' }, el('summary', { text: t('decision.details') }),
      el('ul', { class: 'fine' }, Object.keys(s.by_reason).map((rule) => el('li', {},
        el('code', { text: rule }), ` · ${t(`rule.${rule}`)}`))));
    // Buttons and file names in the operator's language; a workbook if the worker made one.
    const downloads = el('div', { class: 'downloads' }, [...NAMES, 'summary', 'xlsx'].filter((k) => files[k]).map((k) => {
      const url = URL.createObjectURL(files[k]);
      urls.push(url);
      return el('a', { href: url, download: t(`screen.file_${k}`), class: 'button', dataset: { file: k } }, t(`screen.download_${k}`));
    }));
    // The workbook (every value as text, so Excel keeps the NIK's digits) is made on request
    // by the workbook module, which the device holds once the app has saved it in the
    // background (or the network brings it): offered only then.
    if (!files.xlsx) {
      const xlsx = el('button', { type: 'button', class: 'button', dataset: { file: 'results' }, hidden: true }, t('screen.download_xlsx'));
      xlsx.addEventListener('click', () => {
        status.classList.remove('error');
        status.textContent = t('screen.xlsx_making');
        worker?.postMessage({ workbook: true, run });
      });
      downloads.prepend(xlsx);
      // Imported here, not at the top: on a first visit every module the page imports is
      // one more round trip before the form works.
      import('./workbook.js').then((m) => m.workbookAvailable()).then((ok) => { xlsx.hidden = !ok; }, () => {});
    }
    result.hidden = false;
    result.replaceChildren(
      el('h2', { text: `${n(s.rows)} ${t('screen.rows')}` }),
      counts,
      el('h3', { text: t('screen.downloads') }), downloads,
      el('h3', { text: t('screen.by_reason') }), reasons, reasonCodes,
      el('h3', { text: t('screen.by_district') }), el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('screen.by_district') }, table),
      s.enrolment_source === 'none' ? issueList([{ code: 'screen.no_enrolment', severity: 'info', field: 'file', message: t('screen.no_enrolment') }]) : null,
    );
  }
  return {
    relabel() {
      for (const e of root.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
      // A result on screen is drawn again in the new language (its files are the same).
      if (last && !result.hidden) {
        for (const u of urls) URL.revokeObjectURL(u);
        urls = [];
        show(...last);
      }
    },
    clear() {
      // A run in progress is stopped; a fresh worker starts when the page is shown again.
      worker?.terminate();
      worker = null;
      run++;
      onShow();
      input.value = '';
      enrolled.value = '';
      start.disabled = true;
      bar.hidden = true;
      // A run stopped part way says so: it leaves no files to download.
      status.textContent = running ? t('screen.no_results') : '';
      running = false;
      result.hidden = true;
      result.replaceChildren();
      last = null;
      for (const u of urls) URL.revokeObjectURL(u);
      urls = [];
    },
  };
}
