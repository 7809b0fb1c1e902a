// Klaim: what an heir still needs for a JKM, JKK or beasiswa claim. Ticking the documents
// held shrinks the list of what is missing; the page also shows who is entitled, by when
// BPJS must pay, and how much. Prints as a checklist the heir can take along.
import * as layak from './pkg/layak.js';
import { $, $$, el, t, state, opts, dateText, rupiah, issueList, fillSelect } from './ui.js';

const LEVELS = ['sd', 'smp', 'sma', 'pt', 'belum_sekolah'];
const FAMILY = ['spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'parent_in_law', 'will_appointee'];

// The legal basis behind a "details" disclosure: the operator reads the answer first.
const basisNote = (text) => (text ? el('details', { class: 'why' }, el('summary', { text: t('decision.details') }),
  el('p', { class: 'fine' }, `${t('decision.basis')}: ${text}`)) : null);

export function claimPage() {
  const form = $('#form-klaim');
  const docsBox = $('#documents');
  const result = $('#claim-result');
  const held = new Set();
  const bar = $('#claim-bar');
  bar.addEventListener('click', () => { result.scrollIntoView({ block: 'start' }); result.focus({ preventScroll: true }); });

  function vocabulary() {
    const rel = state.catalogue.relations;
    fillSelect($('#relation'), Object.keys(rel).map((k) => [k, rel[k]]));
    const fam = $('#family');
    const ticked = new Set($$('input', fam).filter((i) => i.checked).map((i) => i.value));
    fam.replaceChildren(...FAMILY.map((code) => el('label', { class: 'choice' },
      el('input', { type: 'checkbox', value: code, checked: ticked.has(code) }), ' ', rel[code] || code)));
    for (const s of $$('select.level')) fillSelect(s, LEVELS.map((l) => [l, t(`claim.level_${l}`)]));
  }

  function claimInput() {
    const f = form.elements;
    const c = { type: f.type.value, documents: [...held] };
    for (const k of ['death_date', 'accident_date', 'reported_date', 'membership_start', 'complete_date', 'relation', 'outcome']) {
      if (f[k].value) c[k] = f[k].value;
    }
    if (f.monthly_income.value) c.monthly_income = Number(f.monthly_income.value);
    for (const k of ['minor', 'represented', 'traffic_accident']) if (f[k].checked) c[k] = true;
    if (f.signature.value) c.signature = f.signature.value;
    const family = $$('#family input').filter((i) => i.checked).map((i) => i.value);
    if (family.length) c.family = family;
    const children = $$('select.level').map((s) => s.value).filter(Boolean);
    if (c.type === 'beasiswa' && children.length) c.children = children;
    return c;
  }

  function showFor(type) {
    for (const e of $$('[data-for]', form)) e.hidden = !e.dataset.for.split(' ').includes(type);
  }

  function docItem(item) {
    const box = el('input', { type: 'checkbox', value: item.code, checked: held.has(item.code), id: `doc-${item.code}` });
    box.addEventListener('change', () => { if (box.checked) held.add(item.code); else held.delete(item.code); run(); });
    const alts = item.alternatives.map((a) => {
      const alt = el('input', { type: 'checkbox', value: a, checked: held.has(a), id: `doc-${a}` });
      alt.addEventListener('change', () => { if (alt.checked) held.add(a); else held.delete(a); run(); });
      return el('label', { class: 'check alt' }, alt, ' ', `${t('claim.or')} ${state.catalogue.documents[a] || a}`);
    });
    return el('li', { class: item.satisfied ? 'held' : (item.required ? 'needed' : 'optional'), dataset: { code: item.code } },
      el('span', { class: `mark ${item.satisfied ? 'yes' : 'no'}`, text: item.satisfied ? '✓' : (item.required ? '✗' : '–') }),
      el('div', {},
        el('label', { class: 'check', for: `doc-${item.code}` }, box, ' ',
          el('strong', { text: item.label }), item.required ? null : ` (${t('claim.optional')})`),
        ...alts,
        el('p', { class: 'fine', text: item.reason })));
  }

  function render(r) {
    docsBox.replaceChildren(...r.checklist.map(docItem));
    const missingLabels = r.checklist.filter((i) => r.missing.includes(i.code)).map((i) => i.label);
    const d = r.deadlines;
    const rows = [];
    if (d.payment_due) rows.push([t('claim.payment_due'), `${dateText(d.payment_due)} (${d.payment_working_days} ${t('claim.working_days')})`]);
    if (d.late_working_days) rows.push([t('claim.late'), `${d.late_working_days} ${t('claim.working_days')}: ${rupiah(d.late_compensation)}`]);
    if (r.type === 'jkk' || d.claim_expires) rows.push([t('claim.expires'), d.claim_expires ? dateText(d.claim_expires) : t('claim.no_expiry')]);
    else rows.push([t('claim.expires'), t('claim.no_expiry')]);
    if (d.death_report_days !== null) rows.push([t('claim.report'), `${d.death_report_days} ${t('claim.days')} (${t('claim.limit')} ${d.death_report_limit_days})${d.death_report_late ? ` · ${t('claim.late_report')}` : ''}`]);
    const heirs = r.heirs ? el('section', { class: 'heirs' },
      el('h3', { text: t('claim.heirs') }),
      el('ol', {}, r.heirs.order.map((g) => el('li', { class: g.code === r.heirs.entitled ? 'entitled' : '' },
        g.label, g.present === true ? ` · ${t('claim.present')}` : '', g.code === r.heirs.entitled ? ` ← ${t('claim.entitled')}` : ''))),
      basisNote(r.heirs.legal_basis)) : null;
    result.hidden = false;
    result.replaceChildren(...[
      el('h2', { text: `${t(`claim.type_${r.type}`)} · ${t('claim.as_of')} ${dateText(r.as_of)}` }),
      el('p', {}, el('span', { class: `badge ${r.complete ? 'complete' : 'incomplete'}`,
        text: r.complete ? t('claim.complete') : `${t('claim.incomplete')}: ${r.missing.length}` })),
      missingLabels.length ? el('div', { class: 'missing' }, el('h3', { text: t('claim.missing') }),
        el('ul', { id: 'missing-list' }, missingLabels.map((m) => el('li', { text: m })))) : null,
      el('h3', { class: 'print-only', text: t('claim.documents') }),
      el('ul', { class: 'checklist print-only' }, r.checklist.map((i) => el('li', {},
        el('span', { class: `mark ${i.satisfied ? 'yes' : 'no'}`, text: i.satisfied ? '☑' : '☐' }),
        el('div', {}, el('strong', { text: i.label }), el('p', { class: 'fine', text: i.reason }))))),
      heirs,
      rows.length ? el('section', {}, el('h3', { text: t('claim.deadlines') }),
        el('table', {}, el('tbody', {}, rows.map(([k, v]) => el('tr', {}, el('th', { text: k }), el('td', { text: v })))))) : null,
      el('section', { class: 'benefit' }, el('h3', { text: t('claim.benefit') }),
        el('table', {}, el('tbody', {},
          r.benefit.parts.map((p) => el('tr', {}, el('td', { text: p.label }), el('td', { class: 'num', text: rupiah(p.amount) }))),
          el('tr', { class: 'total' }, el('th', { text: t('claim.total') }),
            el('th', { class: 'num', text: r.benefit.total === null ? '–' : rupiah(r.benefit.total) })))),
        basisNote(r.benefit.legal_basis)),
      issueList(r.issues)].filter(Boolean));
    // On a phone the result sits below a long checklist: a bar at the foot of the screen
    // keeps the count of missing documents in view while boxes are ticked.
    bar.hidden = false;
    bar.replaceChildren(el('span', { class: `badge ${r.complete ? 'complete' : 'incomplete'}`,
      text: r.complete ? t('claim.complete') : `${r.missing.length} ${t('claim.see_missing')}` }),
    el('span', { class: 'go', 'aria-hidden': 'true', text: '↓' }));
  }

  function run() {
    showFor(form.elements.type.value);
    render(layak.checkClaim(claimInput(), opts()));
  }

  form.addEventListener('change', (ev) => { if (!ev.target.closest('#documents')) run(); });
  form.addEventListener('reset', () => setTimeout(() => { held.clear(); run(); }));
  $('#print-claim').addEventListener('click', () => window.print());
  vocabulary();
  run();
  return {
    relabel() { vocabulary(); run(); },
    clear() { held.clear(); form.reset(); run(); },
  };
}
