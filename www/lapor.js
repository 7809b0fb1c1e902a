// Lapor kematian: a desa operator records a death on the phone the day it is known, with no
// signal. The page shows at once what the heirs must bring, who is entitled, the period to
// report a death (30 days: UU 23/2006 Pasal 44 as amended by UU 24/2013), its last day and
// the benefit (all from the claims rules of the core, as on the Klaim page, the period from
// the parameter death_report.days), and makes a small death-report file in the `layak verval --deaths`
// layout that the operator shares with the kecamatan (the phone's share sheet where it has
// one, else a download). Nothing is stored on the phone: the file exists only in the share.
import * as layak from './pkg/layak.js';
import { $, el, t, tv, state, opts, dateText, rupiah, issueList, fillSelect, desaCascade, basisText } from './ui.js';

/** The columns of the report: `--deaths` reads nik, tanggal_meninggal, tanggal_lapor; the
 *  rest is copied for the kecamatan (deaths-unmatched.csv keeps them). */
export const REPORT_COLUMNS = ['nik', 'tanggal_meninggal', 'tanggal_lapor', 'nama', 'kode_desa', 'nama_pelapor', 'hubungan_pelapor'];

/** A CSV field, quoted when it holds a comma, a quote or a line break (as the core writes). */
const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The report file's text: a header and one row, CRLF line ends, UTF-8. */
export function reportCsv(row) {
  return `${REPORT_COLUMNS.join(',')}\r\n${REPORT_COLUMNS.map((k) => csvField(row[k] ?? '')).join(',')}\r\n`;
}

/** Today on the phone's calendar, as an ISO date. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function laporPage() {
  const form = $('#form-lapor');
  const nik = $('#lapor-nik');
  const nikInfo = $('#lapor-nik-info');
  const deathDate = $('#lapor-death-date');
  const reported = $('#lapor-date');
  const relation = $('#lapor-relation');
  const kec = $('#lapor-kecamatan');
  const desa = $('#lapor-desa');
  const missing = $('#lapor-missing');
  const result = $('#lapor-result');
  const bar = $('#lapor-bar');
  const note = $('#lapor-note');
  bar.addEventListener('click', () => { result.scrollIntoView({ block: 'start' }); result.focus({ preventScroll: true }); });
  let checked = null;

  // The report date is today unless the operator changes it; a reset brings today back.
  const setToday = () => { reported.defaultValue = today(); reported.value = reported.defaultValue; };
  setToday();

  const fillDesa = desaCascade(kec, desa, layak.bojonegoroKecamatan(), layak.bojonegoroDesa);

  const vocabulary = () => {
    const rel = state.catalogue.relations;
    fillSelect(relation, Object.keys(rel).map((k) => [k, rel[k]]));
  };

  /** The NIK as the core reads it, shown under the field as it is typed. */
  function readNik() {
    if (!nik.value.trim()) { checked = null; nikInfo.replaceChildren(); nik.removeAttribute('aria-invalid'); return; }
    checked = layak.validateNik(nik.value, opts());
    const where = [checked.regency?.name, checked.district?.name].filter(Boolean).join(' › ');
    nikInfo.replaceChildren(...[where ? el('p', { class: 'region', text: where }) : null,
      checked.valid ? null : issueList(checked.issues.filter((i) => i.severity === 'error'))].filter(Boolean));
    if (checked.valid) nik.removeAttribute('aria-invalid');
    else nik.setAttribute('aria-invalid', 'true');
  }

  /** What must be filled before anything is shown, in the form's order. */
  function unfilled() {
    const out = [];
    if (!checked?.valid) out.push(['lapor-nik', 'lapor.nik']);
    if (!deathDate.value) out.push(['lapor-death-date', 'claim.death_date']);
    if (!$('#lapor-reporter').value.trim()) out.push(['lapor-reporter', 'lapor.reporter_name']);
    if (!relation.value) out.push(['lapor-relation', 'claim.relation']);
    if (!desa.value) out.push([kec.value ? 'lapor-desa' : 'lapor-kecamatan', 'reg.desa']);
    if (!reported.value) out.push(['lapor-date', 'lapor.reported_date']);
    return out;
  }

  function showMissing(list) {
    missing.hidden = false;
    missing.replaceChildren(el('p', { text: t('lapor.missing') }), el('ul', {}, list.map(([id, key]) => {
      const b = el('button', { type: 'button', class: 'link', dataset: { field: id } }, t(key));
      b.addEventListener('click', () => $(`#${id}`).focus());
      return el('li', {}, b);
    })));
  }

  /** The claim the death starts, for the reporter as heir: the Klaim page's rules. */
  function claim() {
    const c = { type: 'jkm', death_date: deathDate.value, reported_date: reported.value, relation: relation.value, documents: [] };
    const start = $('#lapor-membership').value;
    if (start) c.membership_start = start;
    return layak.checkClaim(c, opts({ as_of: reported.value }));
  }

  function render() {
    const list = unfilled();
    if (list.length) {
      result.hidden = true;
      result.replaceChildren();
      bar.hidden = true;
      // Asked for once the operator has started (or pressed the button): an empty form
      // simply waits.
      if (form.dataset.touched) showMissing(list);
      return null;
    }
    missing.hidden = true;
    missing.replaceChildren();
    const r = claim();
    const d = r.deadlines;
    // The period, its last day and the law it rests on are the core's (the claim's
    // deadlines, parameter death_report.days), like whether the report is late.
    const limit = d.death_report_limit_days;
    const lastDay = d.death_report_last_day;
    const late = d.death_report_late === true;
    const verdict = tv(late ? 'lapor.late' : 'lapor.in_time', { days: limit ?? '–' });
    const rel = state.catalogue.relations;
    const heirs = r.heirs ? el('section', { class: 'heirs' },
      el('h3', { text: t('claim.heirs') }),
      el('ol', {}, r.heirs.order.map((g) => el('li', { class: g.relations.includes(relation.value) ? 'entitled' : '' },
        g.label, g.relations.includes(relation.value) ? ` ← ${t('lapor.reporter_is')} (${rel[relation.value] ?? relation.value})` : '')))) : null;
    result.hidden = false;
    result.replaceChildren(...[
      el('h2', { id: 'lapor-deadline-title', text: t('lapor.deadline') }),
      el('p', {}, el('span', { class: `badge ${late ? 'incomplete' : 'complete'}`, id: 'lapor-deadline', dataset: { late: String(late), last: lastDay ?? '' } },
        verdict)),
      lastDay ? el('p', { text: `${t('lapor.last_day')} ${dateText(lastDay)} (${limit} ${t('claim.days')} ${t('lapor.after_death')}; ${basisText(d.death_report_confidence, d.death_report_legal_basis)}). ${t('lapor.reported_after')} ${d.death_report_days} ${t('claim.days')}.` }) : null,
      el('section', { class: 'benefit' }, el('h3', { text: t('claim.benefit') }),
        el('table', {}, el('tbody', {},
          r.benefit.parts.map((p) => el('tr', {}, el('td', { text: p.label }), el('td', { class: 'num', text: rupiah(p.amount) }))),
          el('tr', { class: 'total' }, el('th', { text: t('claim.total') }),
            el('th', { class: 'num', id: 'lapor-benefit', dataset: { total: String(r.benefit.total ?? '') }, text: r.benefit.total === null ? '–' : rupiah(r.benefit.total) })))),
        $('#lapor-membership').value ? null : el('p', { class: 'fine', text: t('lapor.membership_unknown') })),
      heirs,
      el('section', {}, el('h3', { text: t('lapor.bring') }),
        el('ul', { class: 'checklist', id: 'lapor-checklist' }, r.checklist.filter((i) => i.required).map((i) => el('li', { dataset: { code: i.code } },
          el('span', { class: 'mark no', 'aria-hidden': 'true', text: '☐' }),
          el('div', {}, el('strong', { text: i.label }), el('p', { class: 'fine', text: i.reason })))))),
      issueList(r.issues.filter((i) => i.severity !== 'info'))].filter(Boolean));
    bar.hidden = false;
    bar.replaceChildren(el('span', { class: `badge ${late ? 'incomplete' : 'complete'}`, text: verdict }),
      el('span', { class: 'amount', text: r.benefit.total === null ? '' : rupiah(r.benefit.total) }),
      el('span', { class: 'go', 'aria-hidden': 'true', text: '↓' }));
    return r;
  }

  /** The report file, named by desa and date (never by NIK: a share sheet shows the name). */
  function reportFile() {
    const text = reportCsv({
      nik: checked.nik,
      tanggal_meninggal: deathDate.value,
      tanggal_lapor: reported.value,
      nama: $('#lapor-name').value.trim(),
      kode_desa: desa.value,
      nama_pelapor: $('#lapor-reporter').value.trim(),
      hubungan_pelapor: relation.value,
    });
    const name = `${t('lapor.file_prefix')}-${desa.value.replace(/\D/g, '')}-${deathDate.value}-${checked.nik.slice(-4)}.csv`;
    return new File([text], name, { type: 'text/csv' });
  }

  async function send() {
    const file = reportFile();
    note.textContent = '';
    // The phone's share sheet (WhatsApp, Bluetooth, e-mail...) where it can share files.
    if (navigator.canShare?.({ files: [file] }) && navigator.share) {
      try {
        await navigator.share({ files: [file], title: t('lapor.share_title') });
        note.textContent = t('lapor.shared');
        document.body.dataset.lapor = 'shared';
        return;
      } catch (e) {
        // The operator closed the sheet: nothing sent, nothing kept; try again when ready.
        if (e?.name === 'AbortError') { note.textContent = t('lapor.not_shared'); return; }
      }
    }
    const url = URL.createObjectURL(file);
    el('a', { href: url, download: file.name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    note.textContent = `${t('lapor.downloaded')} ${file.name}`;
    document.body.dataset.lapor = 'downloaded';
  }

  nik.addEventListener('input', () => { readNik(); render(); });
  form.addEventListener('input', () => { form.dataset.touched = '1'; });
  form.addEventListener('change', () => { form.dataset.touched = '1'; render(); });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    form.dataset.touched = '1';
    readNik();
    const list = unfilled();
    if (list.length) { render(); $(`#${list[0][0]}`).focus(); return; }
    if (render()) send();
  });
  form.addEventListener('reset', () => setTimeout(() => {
    delete form.dataset.touched;
    checked = null;
    nikInfo.replaceChildren();
    nik.removeAttribute('aria-invalid');
    fillDesa();
    setToday();
    note.textContent = '';
    render();
    missing.hidden = true;
  }));
  vocabulary();
  fillDesa();
  return {
    relabel() { vocabulary(); readNik(); render(); },
    clear() { form.reset(); },
  };
}
