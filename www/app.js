// The operators' web app. It holds no rule and no text of its own: every check runs in the
// layak WebAssembly core, and every label comes from the core's catalogue (id or en).
// Nothing leaves the device and nothing is stored: entered data lives only in this page.
import init, * as layak from './pkg/layak.js';
import { bindNikField, bindKkField } from './pkg/form.js';

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
};

const state = { lang: 'id', catalogue: null, pages: {} };
export const t = (key) => state.catalogue?.labels[key] ?? key;
const opts = (extra = {}) => ({ lang: state.lang, ...extra });

function dateText(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(state.lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

// ---------------------------------------------------------------- language and labels
function applyLabels(root = document) {
  for (const e of $$('[data-t]', root)) e.textContent = t(e.dataset.t);
  for (const e of $$('[data-t-placeholder]', root)) e.placeholder = t(e.dataset.tPlaceholder);
  document.documentElement.lang = state.lang;
  document.title = t('app.title');
}

function setLang(lang) {
  state.lang = lang;
  state.catalogue = layak.catalogue(lang);
  for (const b of $$('.lang-btn')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  applyLabels();
  for (const page of Object.values(state.pages)) page.relabel?.();
}

// ---------------------------------------------------------------- pages
function route() {
  const name = (location.hash || '#daftar').slice(1);
  const known = $$('.page').map((p) => p.dataset.page);
  const page = known.includes(name) ? name : 'daftar';
  for (const p of $$('.page')) p.hidden = p.dataset.page !== page;
  for (const a of $$('nav.tabs a')) a.setAttribute('aria-current', a.dataset.page === page ? 'page' : 'false');
}

// ---------------------------------------------------------------- shared renderers
export function issueList(issues) {
  if (!issues.length) return null;
  return el('ul', { class: 'issues' }, issues.map((i) =>
    el('li', { class: `issue ${i.severity}`, dataset: { code: i.code, field: i.field } },
      el('span', { class: 'sev', text: t(`severity.${i.severity}`) }), ' ', i.message)));
}

function regionLine(r) {
  const parts = [r.province, r.regency, r.district].filter(Boolean)
    .map((p) => (p.retired ? `${p.name} (${t('region.old_code')})` : p.name));
  return parts.length ? el('p', { class: 'region', text: parts.join(' › ') }) : null;
}

function showNumber(box, r) {
  const facts = [];
  if (r.sex) facts.push(t(r.sex === 'F' ? 'reg.sex_f' : 'reg.sex_m'));
  if (r.birth_date) facts.push(`${t('nik.born')} ${dateText(r.birth_date)}`);
  if (r.recorded_date) facts.push(`${t('kk.recorded')} ${dateText(r.recorded_date)}`);
  box.replaceChildren(
    ...[regionLine(r), facts.length ? el('p', { class: 'facts', text: facts.join(' · ') }) : null, issueList(r.issues)]
      .filter(Boolean));
}

// ---------------------------------------------------------------- Pendaftaran
function registrationPage() {
  const form = $('#form-daftar');
  const nik = $('#nik');
  const kk = $('#kk');
  const kec = $('#kecamatan');
  const desa = $('#village_code');

  const crossCheck = () => opts({
    birth_date: $('#birth_date').value || undefined,
    sex: form.elements.sex.value || undefined,
  });
  bindNikField(nik, crossCheck, (r) => showNumber($('#nik-info'), r));
  bindKkField(kk, () => opts(), (r) => showNumber($('#kk-info'), r));
  const recheckNik = () => { if (nik.value) nik.dispatchEvent(new Event('change')); };
  $('#birth_date').addEventListener('change', recheckNik);
  for (const r of form.elements.sex) r.addEventListener('change', recheckNik);

  for (const k of layak.bojonegoroKecamatan()) kec.append(el('option', { value: k.code, text: `${k.name}` }));
  kec.addEventListener('change', () => {
    desa.replaceChildren(el('option', { value: '', dataset: { t: 'reg.choose' }, text: t('reg.choose') }));
    for (const v of kec.value ? layak.bojonegoroDesa(kec.value) : []) {
      desa.append(el('option', { value: v.code, text: v.kind === 'kelurahan' ? `${v.name} (${t('region.kelurahan')})` : v.name }));
    }
    desa.disabled = !kec.value;
  });

  form.addEventListener('reset', () => {
    setTimeout(() => {
      for (const box of ['#nik-info', '#kk-info']) $(box).replaceChildren();
      nik.setCustomValidity('');
      kk.setCustomValidity('');
      desa.disabled = true;
      const result = $('#decision');
      result.hidden = true;
      result.replaceChildren();
    });
  });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    nik.dispatchEvent(new Event('change'));
    kk.dispatchEvent(new Event('change'));
    const result = $('#decision');
    result.hidden = false;
    result.replaceChildren(el('p', { text: t('reg.not_ready') }));
  });

  return {
    relabel() {
      for (const input of [nik, kk]) if (input.value) input.dispatchEvent(new Event('change'));
    },
  };
}

// ---------------------------------------------------------------- start
async function main() {
  await init();
  setLang('id');
  for (const b of $$('.lang-btn')) b.addEventListener('click', () => setLang(b.dataset.lang));
  state.pages.daftar = registrationPage();
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

/** "Hapus data": clears every form and result on a shared kiosk. The app itself stays cached. */
function clearAll() {
  for (const f of $$('form')) f.reset();
  for (const r of $$('.result')) { r.hidden = true; r.replaceChildren(); }
  for (const page of Object.values(state.pages)) page.clear?.();
  $('#status').textContent = t('app.cleared');
}

main().catch((e) => {
  $('#status').textContent = `Gagal memuat / failed to load: ${e.message}`;
  $('#status').classList.add('error');
  throw e;
});
