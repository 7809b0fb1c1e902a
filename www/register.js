// Pendaftaran: a registration form that checks NIK and KK as the operator types, cascades
// kecamatan → desa, and on submit shows the eligibility decision with every reason.
import * as layak from './pkg/layak.js';
import { bindNikField, bindKkField } from './pkg/form.js';
import { $, el, t, opts, dateText, issueList, fillSelect, desaCascade, basisText } from './ui.js';

function regionLine(r) {
  const parts = [r.province, r.regency, r.district].filter(Boolean)
    .map((p) => (p.retired ? `${p.name} (${t('region.old_code')})` : p.name));
  return parts.length ? el('p', { class: 'region', text: parts.join(' › ') }) : null;
}

function showNumber(box, r) {
  if (!r) { box.replaceChildren(); return; }
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

  const fillDesa = desaCascade(kec, desa, layak.bojonegoroKecamatan(), layak.bojonegoroDesa);

  // Categories and employment statuses come from the parameter set in force, so the lists
  // follow a parameter change without touching the page.
  let choices = layak.formChoices(opts());
  const fillChoices = () => {
    choices = layak.formChoices(opts());
    const program = form.elements.program.value;
    const cats = program ? choices[program] : [...choices.rentan, ...choices.insentif];
    fillSelect($('#category'), cats.map((c) => [c.code, c.label]));
    fillSelect($('#occupation'), choices.occupations.map((o) => [o.code, o.label]));
  };
  for (const r of form.elements.program) r.addEventListener('change', fillChoices);
  fillChoices();

  const result = $('#decision');
  const clear = () => {
    for (const box of ['#nik-info', '#kk-info']) $(box).replaceChildren();
    nik.setCustomValidity('');
    kk.setCustomValidity('');
    // The desa list of the last applicant's kecamatan would tell the next person where
    // they live: back to the empty, disabled list.
    fillDesa();
    result.hidden = true;
    result.replaceChildren();
  };
  form.addEventListener('reset', () => setTimeout(clear));

  const applicant = () => {
    const f = form.elements;
    const a = {};
    for (const k of ['nik', 'kk', 'name', 'birth_date', 'citizenship', 'village_code', 'program', 'category', 'occupation']) {
      const v = f[k].value.trim();
      if (v) a[k] = v;
    }
    if (f.sex.value) a.sex = f.sex.value;
    a.in_poverty_data = f.in_poverty_data.checked;
    a.already_enrolled = f.already_enrolled.checked;
    return a;
  };

  // The fields without which no decision means anything: asked for first, by name, instead
  // of a verdict on an empty form (or a ✓ for WNI the operator never chose).
  const REQUIRED = [
    ['nik', 'reg.nik'], ['citizenship', 'reg.citizenship'], ['village_code', 'reg.desa'],
    ['program', 'reg.program'], ['category', 'reg.category'], ['occupation', 'reg.occupation'],
  ];
  const missingBox = $('#missing-fields');
  const missing = () => REQUIRED.filter(([k]) => !String(form.elements[k].value ?? '').trim());
  const showMissing = (list) => {
    for (const [k] of REQUIRED) {
      const e = form.elements[k];
      const input = e instanceof RadioNodeList ? e[0]?.closest('[role=radiogroup]') : e;
      if (list.some(([m]) => m === k)) input?.setAttribute('aria-invalid', 'true');
      else if (k !== 'nik') input?.removeAttribute('aria-invalid');
    }
    missingBox.hidden = !list.length;
    missingBox.replaceChildren(...(list.length ? [
      el('p', { text: t('reg.missing') }),
      el('ul', {}, list.map(([k, label]) => {
        const b = el('button', { type: 'button', class: 'link', dataset: { field: k }, text: t(label) });
        b.addEventListener('click', () => {
          const e = form.elements[k];
          (e instanceof RadioNodeList ? e[0] : e)?.focus();
        });
        return el('li', {}, b);
      })),
    ] : []));
  };

  const MARK = { pass: '✓', fail: '✗', review: '?', skip: '–' };
  // Failed rules first: the reason an applicant is turned away is the first thing read.
  const ORDER = { fail: 0, review: 1, pass: 2, skip: 3 };
  const bar = $('#decision-bar');
  bar.addEventListener('click', () => { result.scrollIntoView({ block: 'start' }); result.focus({ preventScroll: true }); });
  const basis = (rule) => basisText(rule.confidence, rule.legal_basis);
  let shown = false;
  const showDecision = (r, { scroll = false } = {}) => {
    shown = true;
    const rules = [...r.rules].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
    const fails = rules.filter((x) => x.outcome === 'fail').length;
    const word = t(`decision.${r.decision ?? 'none'}`);
    result.hidden = false;
    result.replaceChildren(...[
      el('p', {}, el('span', { class: `badge ${r.decision ?? 'none'}`, id: 'decision-badge', dataset: { decision: r.decision ?? '' }, text: word })),
      el('h3', { text: t('decision.reasons') }),
      el('ul', { class: 'rules' }, rules.map((rule) => el('li', { dataset: { rule: rule.id, outcome: rule.outcome } },
        el('span', { class: `mark ${rule.outcome}`, title: t(`outcome.${rule.outcome}`), text: MARK[rule.outcome] }),
        el('div', {},
          el('p', { class: 'msg', text: rule.message }),
          el('details', { class: 'why' },
            el('summary', { text: t('decision.details') }),
            el('dl', {},
              el('dt', { text: t('decision.rule') }), el('dd', {}, el('code', { text: rule.id }), ` · ${t(`outcome.${rule.outcome}`)}`),
              el('dt', { text: t('decision.basis') }), el('dd', { class: 'basis', text: basis(rule) }))))))),
      issueList(r.issues),
      el('p', { class: 'fine', text: `${t('decision.as_of')} ${dateText(r.as_of)} · ${t('decision.parameters')} ${r.parameters}` }),
    ].filter(Boolean));
    bar.hidden = false;
    bar.replaceChildren(el('span', { class: `badge ${r.decision ?? 'none'}`, text: word }),
      fails ? el('span', { text: `${fails} ${t('decision.fails')}` }) : '', el('span', { class: 'go', 'aria-hidden': 'true', text: '↓' }));
    if (scroll) result.scrollIntoView({ block: 'start' });
  };
  const hideDecision = () => {
    shown = false;
    result.hidden = true;
    result.replaceChildren();
    bar.hidden = true;
  };

  const decide = ({ scroll = false } = {}) => {
    const gaps = missing();
    showMissing(gaps);
    if (gaps.length) { hideDecision(); return false; }
    showDecision(layak.checkEligibility(applicant(), opts()), { scroll });
    return true;
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    nik.dispatchEvent(new Event('change'));
    kk.dispatchEvent(new Event('change'));
    if (!decide({ scroll: true })) {
      const [k] = missing()[0];
      const e = form.elements[k];
      (e instanceof RadioNodeList ? e[0] : e)?.focus();
    }
  });
  // Once a decision is on screen it follows the form: each change redraws it (or, if a
  // required field was emptied, asks for it again), and it stays in view beside the form on
  // a kiosk and as a bar at the foot of a phone's screen.
  form.addEventListener('change', () => { if (shown || !missingBox.hidden) decide(); });
  form.addEventListener('reset', () => setTimeout(() => { showMissing([]); hideDecision(); }));

  return {
    relabel() {
      fillDesa();
      fillChoices();
      for (const input of [nik, kk]) if (input.value) input.dispatchEvent(new Event('change'));
      if (shown || !missingBox.hidden) decide();
    },
    clear,
  };
}
