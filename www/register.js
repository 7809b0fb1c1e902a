// Pendaftaran: a registration form that checks NIK and KK as the operator types, cascades
// kecamatan → desa, and on submit shows the eligibility decision with every reason.
import * as layak from './pkg/layak.js';
import { bindNikField, bindKkField } from './pkg/form.js';
import { $, el, t, opts, dateText, issueList } from './ui.js';

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

export function registrationPage() {
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

  for (const k of layak.bojonegoroKecamatan()) kec.append(el('option', { value: k.code, text: k.name }));
  const fillDesa = () => {
    const keep = desa.value;
    desa.replaceChildren(el('option', { value: '', text: t('reg.choose') }));
    for (const v of kec.value ? layak.bojonegoroDesa(kec.value) : []) {
      desa.append(el('option', { value: v.code, text: v.kind === 'kelurahan' ? `${v.name} (${t('region.kelurahan')})` : v.name }));
    }
    desa.value = keep;
    desa.disabled = !kec.value;
  };
  kec.addEventListener('change', () => { desa.value = ''; fillDesa(); });

  const result = $('#decision');
  const clear = () => {
    for (const box of ['#nik-info', '#kk-info']) $(box).replaceChildren();
    nik.setCustomValidity('');
    kk.setCustomValidity('');
    desa.disabled = true;
    result.hidden = true;
    result.replaceChildren();
  };
  form.addEventListener('reset', () => setTimeout(clear));

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    nik.dispatchEvent(new Event('change'));
    kk.dispatchEvent(new Event('change'));
    result.hidden = false;
    result.replaceChildren(el('p', { text: t('reg.not_ready') }));
  });

  return {
    relabel() {
      fillDesa();
      for (const input of [nik, kk]) if (input.value) input.dispatchEvent(new Event('change'));
    },
    clear,
  };
}
