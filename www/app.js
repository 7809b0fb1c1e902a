// The operators' web app. It holds no rule and no text of its own: every check runs in the
// layak WebAssembly core, and every label comes from the core's catalogue (id or en).
// Nothing leaves the device and nothing is stored: entered data lives only in this page.
import init, * as layak from './pkg/layak.js';
import { $, $$, state, t } from './ui.js';
import { registrationPage } from './register.js';
import { claimPage } from './claim.js';
import { screenPage } from './screen.js';

function applyLabels(root = document) {
  for (const e of $$('[data-t]', root)) e.textContent = t(e.dataset.t);
  for (const e of $$('[data-t-placeholder]', root)) e.placeholder = t(e.dataset.tPlaceholder);
  document.documentElement.lang = state.lang;
  document.title = t('app.title');
}

function setLang(lang) {
  state.lang = lang;
  state.catalogue = layak.catalogue(lang);
  state.labels = state.allLabels[lang] ?? {};
  for (const b of $$('.lang-btn')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  applyLabels();
  for (const page of Object.values(state.pages)) page.relabel?.();
}

function route() {
  const name = (location.hash || '#daftar').slice(1);
  const known = $$('.page').map((p) => p.dataset.page);
  const page = known.includes(name) ? name : 'daftar';
  for (const p of $$('.page')) p.hidden = p.dataset.page !== page;
  for (const a of $$('nav.tabs a')) a.setAttribute('aria-current', a.dataset.page === page ? 'page' : 'false');
}

/** "Hapus data": clears every form and result on a shared kiosk. The app itself stays cached. */
function clearAll() {
  for (const f of $$('form')) f.reset();
  for (const r of $$('.result')) { r.hidden = true; r.replaceChildren(); }
  for (const page of Object.values(state.pages)) page.clear?.();
  $('#status').textContent = t('app.cleared');
}

async function main() {
  const [, labels] = await Promise.all([init(), fetch('labels.json').then((r) => r.json())]);
  state.allLabels = labels;
  state.labels = labels.id;
  state.catalogue = layak.catalogue('id');
  state.pages.daftar = registrationPage();
  state.pages.klaim = claimPage();
  state.pages.saring = screenPage();
  setLang('id');
  for (const b of $$('.lang-btn')) b.addEventListener('click', () => setLang(b.dataset.lang));
  $('#clear-all').addEventListener('click', clearAll);
  window.addEventListener('hashchange', route);
  route();
  const info = layak.regionInfo();
  $('#data-source').textContent = `${layak.version()} · ${info.counts.districts} kecamatan, ${info.counts.bojonegoro_villages} desa/kelurahan Bojonegoro`;
  $('#status').textContent = t('app.ready');
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').then(
      () => navigator.serviceWorker.ready.then(() => { $('#status').textContent = t('app.offline_ready'); }),
      () => {});
  }
  document.body.dataset.ready = '1';
}

main().catch((e) => {
  $('#status').textContent = `Gagal memuat / failed to load: ${e.message}`;
  $('#status').classList.add('error');
  throw e;
});
