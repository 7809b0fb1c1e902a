// The operators' web app. It holds no rule and no text of its own: every check runs in the
// layak WebAssembly core, and every label comes from the core's catalogue (id or en).
// Nothing leaves the device and nothing is stored: entered data lives only in this page.
import init, * as layak from './pkg/layak.js';
import { $, $$, state, t } from './ui.js';
import { registrationPage } from './register.js';

// The other four pages (Klaim, Saring data, Verval, Lapor kematian) are imported once the
// registration form works: on a slow line every file asked for before the form costs bytes
// and connections the form is waiting for (docs/web-app.md, "First visit").
const LATER_PAGES = [
  ['klaim', () => import('./claim.js').then((m) => m.claimPage)],
  ['saring', () => import('./screen.js').then((m) => m.screenPage)],
  ['verval', () => import('./verval.js').then((m) => m.vervalPage)],
  ['lapor', () => import('./lapor.js').then((m) => m.laporPage)],
];

// First visit: the screening module (the largest file the app stores to work offline) is
// asked for as soon as the page's modules have arrived, while the forms' WebAssembly is
// still coming in. On a slow line a request waits about one round trip before its first
// byte, so its bytes start to flow about when the forms' module has arrived: the line is
// never idle, and the forms do not share it. The service worker then takes the module from
// the browser's cache (after checking its hash). Only an aid.
if ('serviceWorker' in navigator && !navigator.serviceWorker.controller) {
  fetch('pkg/layak_screen_bg.wasm').then((r) => r.arrayBuffer()).catch(() => {});
}

// The status line shows a label by key, so that switching language rewrites it too.
let statusKey = 'app.loading';
function setStatus(key) {
  statusKey = key;
  $('#status').textContent = t(key);
}

function applyLabels(root = document) {
  for (const e of $$('[data-t]', root)) e.textContent = t(e.dataset.t);
  for (const e of $$('[data-t-placeholder]', root)) e.placeholder = t(e.dataset.tPlaceholder);
  document.documentElement.lang = state.lang;
  document.title = t('app.title');
}

/** Shows the page in `lang`; `relabel` false when the pages were just made in it (the start:
 *  redrawing them would only cost a slow phone time before the form works). */
function setLang(lang, { relabel = true } = {}) {
  state.lang = lang;
  state.catalogue = layak.catalogue(lang);
  state.labels = state.allLabels[lang] ?? {};
  for (const b of $$('.lang-btn')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  applyLabels();
  if (statusKey) setStatus(statusKey);
  if (relabel) for (const page of Object.values(state.pages)) page.relabel?.();
}

function route() {
  const name = (location.hash || '#daftar').slice(1);
  const known = $$('.page').map((p) => p.dataset.page);
  const page = known.includes(name) ? name : 'daftar';
  for (const p of $$('.page')) p.hidden = p.dataset.page !== page;
  for (const a of $$('nav.tabs a')) {
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/** Marks a moment of the first visit in the page's own clock (milliseconds since the page
 *  was asked for), as the attribute the tests wait for and a performance mark, which
 *  e2e/bench-first-visit.mjs reads: a test's polling would add its own delay. */
function reached(attribute, value) {
  document.body.dataset[attribute] = value;
  performance.mark(`layak:${attribute}`);
}

/** "Hapus data": clears every form and result on a shared kiosk. The app itself stays cached. */
function clearAll(key = 'app.cleared') {
  for (const f of $$('form')) f.reset();
  for (const r of $$('.result, .summary-bar, #missing-fields')) { r.hidden = true; r.replaceChildren(); }
  for (const page of Object.values(state.pages)) page.clear?.();
  setStatus(key);
}

/** Something entered or shown that a reload or the idle timer would take away. */
function hasData() {
  for (const e of $$('form input, form select, form textarea')) {
    if (e.type === 'checkbox' || e.type === 'radio') { if (e.checked !== e.defaultChecked) return true; }
    else if (e.tagName === 'SELECT') { if ([...e.options].some((o) => o.selected !== o.defaultSelected && o.value)) return true; }
    else if (e.type === 'file') { if (e.files?.length) return true; }
    else if (e.value !== e.defaultValue) return true;
  }
  if ($('#screen-file')?.files?.length || $('#screen-enrolled')?.files?.length) return true;
  return !$('#decision').hidden || !$('#screen-result')?.hidden || !$('#verval-result').hidden;
}

/** A screening or a verval round runs (the screening's start button stays disabled while the progress bar shows). */
const busy = () => (!($('#screen-progress')?.hidden ?? true) && Boolean($('#screen-start')?.disabled))
  || Boolean(state.pages.verval?.busy());

/** Once the app works offline, the service worker stores the results-workbook writer in the
 *  background (its second stage, www/sw.js); `data-workbook="ready"` once it is stored. */
function storeLater() {
  const sw = navigator.serviceWorker;
  sw.addEventListener('message', ({ data }) => {
    if (data?.type === 'later' && data.ready) reached('workbook', 'ready');
  });
  sw.ready.then((reg) => reg.active?.postMessage({ type: 'store-later' })).catch(() => {});
}

async function main() {
  // The labels of both languages are in the page itself (scripts/fill-labels.mjs).
  const labels = JSON.parse($('#labels').textContent);
  await init();
  // This build of the forms module leaves the regency and kecamatan names to the page
  // (index.html carries them, for the same reason as the labels); the module checks that they
  // are the names it was built with.
  layak.setRegionNames($('#region-names').textContent);
  state.allLabels = labels;
  setLang('id', { relabel: false });
  state.pages.daftar = registrationPage();
  for (const b of $$('.lang-btn')) b.addEventListener('click', () => setLang(b.dataset.lang));
  $('#clear-all').addEventListener('click', () => clearAll());
  window.addEventListener('hashchange', route);
  route();
  const info = layak.regionInfo();
  $('#data-source').textContent = `${layak.version()} · ${info.counts.districts} kecamatan, ${info.counts.bojonegoro_villages} desa/kelurahan Bojonegoro`;
  // The registration form answers: what a first visit on a phone waits for
  // (e2e/bench-first-visit.mjs measures up to here).
  reached('form', '1');
  const pages = await Promise.all(LATER_PAGES.map(([name, load]) => load().then((page) => [name, page])));
  // Made in the language chosen by then (a switch before this moment relabelled the rest).
  for (const [name, page] of pages) state.pages[name] = page();
  // Every page works.
  reached('ready', '1');
  // The kiosk timer and the update watch are not needed to fill in the first form: loaded
  // after it works, so that a phone on a slow line gets the form sooner.
  const [{ watchIdle }, { watchUpdates }] = await Promise.all([import('./idle.js'), import('./update.js')]);
  watchIdle({ hasData, busy, clear: () => clearAll('idle.cleared') });
  if ('serviceWorker' in navigator) {
    setStatus('app.offline_saving');
    watchUpdates({
      busy,
      dirty: hasData,
      setStatus,
      onInstallFailed: () => { if (statusKey === 'app.offline_saving') setStatus('app.ready'); },
      onOfflineReady: () => {
        if (statusKey === 'app.offline_saving') setStatus('app.ready');
        $('#offline-badge').hidden = false;
        reached('offline', 'ready');
        storeLater();
      },
    }).catch(() => setStatus('app.ready'));
  } else {
    setStatus('app.ready');
  }
}

main().catch((e) => {
  statusKey = null;
  $('#status').textContent = `Gagal memuat / failed to load: ${e.message}`;
  $('#status').classList.add('error');
  throw e;
});
