// Verval: the kecamatan's twice-yearly round on the device. The operator picks the enrolled
// list, optionally the candidates and any number of death reports (CSV or XLSX); the round
// runs in the screening worker (verval-run.js, the same `verval` as `layak verval`) and the
// page shows the counts, the places per programme, the budget, the reasons in plain words,
// the per-desa list the verval meeting reads (printable), and every output file to download,
// byte for byte what the CLI writes. Nothing leaves the device and nothing is stored.
import { $, el, t, opts, dateText, rupiah } from './ui.js';

// The files of a round (the CLI's names) and the label keys of their buttons and names.
const FILES = [
  ['stay.csv', 'stay'], ['leave.csv', 'leave'], ['review.csv', 'review'], ['errors.csv', 'errors'],
  ['claims.csv', 'claims'], ['deaths-unmatched.csv', 'unmatched'], ['admit.csv', 'admit'],
  ['waitlist.csv', 'waitlist'], ['not-admitted.csv', 'not_admitted'], ['summary.json', 'summary'],
];

/** A reason id in plain words (the rule's label); the id itself only in the details. */
const reasonText = (id) => (t(`rule.${id}`) === `rule.${id}` ? id : t(`rule.${id}`));
const reasonsText = (ids) => ids.split(';').filter(Boolean).map(reasonText).join('; ');

/** The desa code of a row as the summary keys it (35.22.06.2001), or 'unknown'. */
function villageKey(code) {
  const d = String(code ?? '').replace(/\D/g, '');
  return d.length === 10 ? `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}.${d.slice(6)}` : 'unknown';
}

export function vervalPage() {
  const form = $('#form-verval');
  const enrolled = $('#verval-enrolled');
  const candidates = $('#verval-candidates');
  const deaths = $('#verval-deaths');
  const asOf = $('#verval-as-of');
  const next = $('#verval-next');
  const mask = $('#verval-mask');
  const start = $('#verval-start');
  const bar = $('#verval-progress');
  const status = $('#verval-status');
  const missing = $('#verval-missing');
  const result = $('#verval-result');
  let worker = null;
  let urls = [];
  let run = 0;
  let running = false;
  let last = null;
  let desaShown = '';

  // The screening worker (and its WebAssembly) starts when this page is first shown, named
  // 'verval' so that it skips what only screening needs (warm-up, helper workers).
  const startWorker = () => {
    if (!worker) worker = new Worker('screen-worker.js', { type: 'module', name: 'verval' });
    return worker;
  };
  const onShow = () => { if (location.hash === '#verval') startWorker(); };
  window.addEventListener('hashchange', onShow);
  onShow();

  const forget = () => { for (const u of urls) URL.revokeObjectURL(u); urls = []; };

  /** The required field is asked for before anything runs: the enrolled list. */
  function askMissing() {
    if (enrolled.files.length) { missing.hidden = true; missing.replaceChildren(); return false; }
    const go = el('button', { type: 'button', class: 'link', dataset: { field: 'verval-enrolled' } }, t('verval.enrolled'));
    go.addEventListener('click', () => enrolled.focus());
    missing.hidden = false;
    missing.replaceChildren(el('p', { text: t('reg.missing') }), el('ul', {}, el('li', {}, go)));
    enrolled.focus();
    return true;
  }
  enrolled.addEventListener('change', () => { if (!missing.hidden) askMissing(); });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (running || askMissing()) return;
    forget();
    last = null;
    result.hidden = true;
    result.replaceChildren();
    bar.hidden = false;
    bar.removeAttribute('value');
    start.disabled = true;
    status.textContent = t('verval.running');
    status.classList.remove('error');
    const w = startWorker();
    const thisRun = ++run;
    running = true;
    document.body.dataset.verval = 'running';
    w.onmessage = ({ data }) => {
      if (data.run !== thisRun) return;
      if (data.vervalProgress !== undefined) {
        if (data.total) bar.value = Math.min(1, data.vervalProgress / data.total);
        status.textContent = `${t('verval.running')} ${data.vervalProgress.toLocaleString(t('screen.locale'))} ${t('screen.rows')}`;
      } else if (data.vervalError) {
        running = false;
        delete document.body.dataset.verval;
        status.textContent = `${data.vervalError.message} ${t('verval.no_results')}`;
        status.classList.add('error');
        bar.hidden = true;
        start.disabled = false;
      } else if (data.vervalDone) {
        running = false;
        document.body.dataset.verval = 'done';
        bar.value = 1;
        bar.hidden = true;
        start.disabled = false;
        status.textContent = `${t('verval.done')} (${(data.ms / 1000).toFixed(1)} s)`;
        last = { ...data, lang: options.lang };
        desaShown = '';
        show();
        result.focus({ preventScroll: true });
      }
    };
    const options = opts({ mask: mask.checked });
    if (asOf.value) options.as_of = asOf.value;
    if (next.value) options.next = next.value;
    w.postMessage({
      run: thisRun,
      verval: { enrolled: enrolled.files[0], candidates: candidates.files[0] ?? null, deaths: [...deaths.files], options },
    });
  });

  const n = (x) => (x === null || x === undefined ? '–' : Number(x).toLocaleString(t('screen.locale')));
  const table = (rows, cls = '') => el('table', { class: cls }, el('tbody', {}, rows.map(([k, v, data]) =>
    el('tr', { dataset: data ? { row: data } : undefined }, el('th', { text: k }), el('td', { class: 'num', text: v })))));

  function counts(s) {
    const e = s.enrolled;
    return el('div', { class: 'counts' }, [
      ['stay', e.stay, 'eligible'], ['leave', e.leave, 'ineligible'], ['review', e.review, 'review'], ['errors', e.errors, 'errors'],
    ].map(([k, v, look]) => el('div', { class: `count ${look}`, dataset: { count: k, value: String(v) } },
      el('strong', { text: n(v) }), el('span', { text: t(`verval.count_${k}`) }))));
  }

  function reasonsBlock(title, map) {
    const entries = Object.entries(map ?? {}).sort((a, b) => b[1] - a[1]);
    if (!entries.length) return null;
    return el('div', { class: 'reason-block' },
      el('h4', { text: title }),
      el('ul', { class: 'reasons' }, entries.map(([id, c]) => el('li', { dataset: { rule: id } }, el('strong', { text: n(c) }), ' ', reasonText(id)))),
      el('details', { class: 'why' }, el('summary', { text: t('decision.details') }),
        el('ul', { class: 'fine' }, entries.map(([id]) => el('li', {}, el('code', { text: id }), ` · ${reasonText(id)}`)))));
  }

  function programmes(s) {
    const names = Object.keys(s.programs);
    return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('verval.places') },
      el('table', { class: 'places' },
        el('thead', {}, el('tr', {}, el('th', { text: t('reg.program') }),
          ['quota', 'continuing', 'free', 'admitted', 'waiting'].map((k) => el('th', { class: 'num', text: t(`verval.${k}`) })))),
        el('tbody', {}, names.map((p) => el('tr', { dataset: { program: p } },
          el('th', { text: t(`reg.program_${p}`) }),
          ['quota', 'continuing', 'free', 'admitted', 'waiting'].map((k) =>
            el('td', { class: 'num', dataset: { k }, text: n(s.programs[p][k]) })))))));
  }

  function budget(b) {
    const money = (x) => (x === null || x === undefined ? '–' : rupiah(x));
    const rows = [
      [t('verval.budget_participants'), n(b.participants), 'participants'],
      [t('verval.budget_monthly'), money(b.monthly_contribution), 'monthly'],
      [`${t('verval.budget_rest')} (${n(b.months_left)} ${t('verval.months')})`, money(b.cost_rest_of_year), 'rest'],
      [t('verval.budget_full'), money(b.cost_full_year), 'full'],
      [t('verval.budget_annual'), money(b.annual), 'annual'],
    ];
    if (b.full_year_margin !== null && b.full_year_margin !== undefined) {
      rows.push([t(b.full_year_margin < 0 ? 'verval.budget_short' : 'verval.budget_left'), money(Math.abs(b.full_year_margin)), 'margin']);
    }
    if (b.months_covered !== null && b.months_covered !== undefined) rows.push([t('verval.budget_months_covered'), `${n(b.months_covered)} ${t('verval.months')}`, 'months']);
    return table(rows, 'budget');
  }

  function deathsBlock(s) {
    return table([
      [t('verval.deaths_matched'), n(s.deaths_matched), 'matched'],
      [t('verval.deaths_unmatched'), n(s.deaths_unmatched), 'unmatched'],
      [t('verval.late_reports'), n(s.late_reports), 'late'],
      [t('verval.repeated_reports'), n(s.deaths.repeated_reports), 'repeated'],
      [t('verval.dates_differ'), n(s.deaths.dates_differ), 'differ'],
      [t('verval.deaths_unreadable'), n(s.deaths.unreadable), 'unreadable'],
    ], 'deaths');
  }

  function downloads(files) {
    const box = el('div', { class: 'downloads' }, FILES.map(([name, key]) => {
      const url = URL.createObjectURL(files[name]);
      urls.push(url);
      return el('a', { href: url, download: t(`verval.file_${key}`), class: 'button', dataset: { file: name } }, t(`verval.download_${key}`));
    }));
    // results.xlsx of the round (every value a text cell, so Excel keeps the NIK's digits;
    // the reasons in words), made on request by the workbook module (www/workbook.js) in a
    // worker of its own. Offered once the device holds the module or the network can bring
    // it. Imported here, not at the top: the forms need it never.
    const xlsx = el('button', { type: 'button', class: 'button', id: 'verval-xlsx', dataset: { file: 'results.xlsx' }, hidden: true }, t('screen.download_xlsx'));
    const made = last;
    xlsx.addEventListener('click', async () => {
      status.classList.remove('error');
      status.textContent = t('screen.xlsx_making');
      try {
        const { resultsWorkbook } = await import('./workbook.js');
        const blob = await resultsWorkbook({ kind: 'verval', summary: made.summary, files: made.files, lang: made.lang });
        if (last !== made) return;
        const url = URL.createObjectURL(blob);
        urls.push(url);
        el('a', { href: url, download: t('verval.file_xlsx') }).click();
        status.textContent = '';
      } catch (e) {
        status.textContent = e.code === 'workbook.offline' ? t('screen.xlsx_offline') : (e.message ?? String(e));
        status.classList.add('error');
      }
    });
    import('./workbook.js').then((m) => m.workbookAvailable()).then((ok) => { xlsx.hidden = !ok; }, () => {});
    box.prepend(xlsx);
    return box;
  }

  // --- The per-desa list the verval meeting reads --------------------------------------------

  function peopleTable(kind, rows, columns) {
    if (!rows.length) return null;
    return el('section', { class: `people ${kind}`, dataset: { list: kind } },
      el('h4', { text: `${t(`verval.list_${kind}`)} (${n(rows.length)})` }),
      el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t(`verval.list_${kind}`) },
        el('table', {}, el('thead', {}, el('tr', {}, columns.map(([k]) => el('th', { text: t(k) })))),
          el('tbody', {}, rows.map((r) => el('tr', { dataset: { nik: r.nik } }, columns.map(([, f]) => el('td', { text: f(r) }))))))));
  }

  const who = [['verval.col_name', (r) => r.name || '–'], ['verval.col_nik', (r) => r.nik]];
  const yes = (v) => (v === 'true' ? t('verval.yes') : v === 'false' ? t('verval.no') : '–');

  function desaLists(lists, s) {
    // Thousands of rows share a few hundred dates and amounts: each is formatted once
    // (an Intl formatter per cell made the list of a large round take seconds to draw).
    const memo = (f) => { const m = new Map(); return (x) => { if (!m.has(x)) m.set(x, f(x)); return m.get(x); }; };
    const day = memo(dateText);
    const money = memo((x) => rupiah(Number(x)));
    const because = memo(reasonsText);
    const programOf = memo((p) => (p ? t(`reg.program_${p.toLowerCase()}`) : '–'));
    // Every desa with a row in a list, in code order; 'unknown' last.
    const by = new Map();
    for (const [kind, l] of Object.entries(lists)) {
      // Deaths matching no participant have no desa: listed after the desa.
      if (kind === 'unmatched') continue;
      for (const r of l.rows) {
        const k = villageKey(r.village);
        if (!by.has(k)) by.set(k, {});
        (by.get(k)[kind] ??= []).push(r);
      }
    }
    const keys = [...by.keys()].sort((a, b) => (a === 'unknown') - (b === 'unknown') || a.localeCompare(b));
    const nameOf = (k) => {
      const d = s.by_desa[k];
      if (k === 'unknown') return t('verval.desa_unknown');
      return d?.name ? `${d.name}${d.kecamatan ? `, ${t('verval.kec')} ${d.kecamatan}` : ''} (${k})` : k;
    };
    const choose = el('select', { id: 'verval-desa' },
      el('option', { value: '', text: t('verval.desa_all') }),
      keys.map((k) => el('option', { value: k, text: nameOf(k), selected: k === desaShown })));
    const printBtn = el('button', { type: 'button', class: 'primary', id: 'verval-print' }, t('verval.print'));
    printBtn.addEventListener('click', () => window.print());
    const body = el('div', { id: 'verval-desa-lists' });
    const unmatchedList = () => {
      const list = peopleTable('unmatched', lists.unmatched.rows, [['verval.col_nik', (r) => r.nik || '–'],
        ['claim.death_date', (r) => (r.death_date ? day(r.death_date) : '–')],
        ['verval.col_reported', (r) => (r.reported_date ? day(r.reported_date) : '–')],
        ['decision.reasons', (r) => r.message]]);
      return list ? el('section', { class: 'desa' }, list) : '';
    };
    const draw = () => {
      desaShown = choose.value;
      body.replaceChildren(...keys.filter((k) => !desaShown || k === desaShown).map((k) => {
        const g = by.get(k);
        return el('section', { class: 'desa', dataset: { desa: k } },
          el('h3', { text: nameOf(k) }),
          peopleTable('leave', g.leave ?? [], [...who, ['reg.program', (r) => programOf(r.program)], ['decision.reasons', (r) => because(r.reasons)]]),
          peopleTable('review', g.review ?? [], [...who, ['reg.program', (r) => programOf(r.program)], ['decision.reasons', (r) => because(r.reasons)]]),
          peopleTable('claims', g.claims ?? [], [...who, ['claim.death_date', (r) => day(r.death_date)],
            ['verval.col_reported', (r) => (r.reported_date ? `${day(r.reported_date)} (${r.report_days} ${t('claim.days')})` : '–')],
            ['verval.col_late', (r) => yes(r.report_late)],
            ['claim.benefit', (r) => (r.benefit_total ? money(r.benefit_total) : '–')]]),
          peopleTable('ending', g.ending ?? [], [...who, ['verval.col_ends_on', (r) => day(r.ends_on)],
            ['decision.reasons', (r) => reasonText(r.ends_because)]]),
          peopleTable('admit', g.admit ?? [], [['verval.col_rank', (r) => r.rank], ...who, ['reg.program', (r) => programOf(r.program)], ['verval.col_desil', (r) => r.desil || '–']]),
          peopleTable('waitlist', g.waitlist ?? [], [['verval.col_rank', (r) => r.rank], ...who, ['reg.program', (r) => programOf(r.program)], ['verval.col_desil', (r) => r.desil || '–']]));
      }), ...[desaShown ? null : unmatchedList()].filter(Boolean));
    };
    choose.addEventListener('change', draw);
    draw();
    const cut = Object.entries(lists).filter(([, l]) => l.more).map(([k, l]) => `${t(`verval.list_${k}`)}: ${n(l.more)}`);
    return el('section', { class: 'printable desa-lists' },
      el('h2', { class: 'print-only', text: `${t('verval.print_title')} ${dateText(s.as_of)}` }),
      el('div', { class: 'noprint actions' },
        el('div', { class: 'field' }, el('label', { for: 'verval-desa', text: t('verval.desa') }), choose),
        printBtn),
      cut.length ? el('p', { class: 'fine', text: `${t('verval.list_cut')} ${cut.join(', ')}` }) : null,
      keys.length || lists.unmatched.rows.length ? body : el('p', { text: t('verval.no_changes') }));
  }

  function show() {
    forget();
    const { summary: s, files, lists } = last;
    const e = s.enrolled;
    const c = s.candidates;
    result.hidden = false;
    result.replaceChildren(
      el('div', { class: 'noprint' },
        el('h2', { text: `${t('verval.result_title')} ${dateText(s.as_of)}` }),
        el('p', { text: `${n(e.rows)} ${t('verval.enrolled_rows')} · ${t('verval.next_round')} ${dateText(s.next)}` }),
        counts(s),
        e.ending_before_next ? el('p', { dataset: { count: 'ending' }, text: `${n(e.ending_before_next)} ${t('verval.ending_note')}` }) : null,
        reasonsBlock(t('verval.leave_reasons'), e.leave_reasons),
        reasonsBlock(t('verval.review_reasons'), e.review_reasons),
        el('h3', { text: t('verval.deaths_title') }), deathsBlock(s),
        el('h3', { text: t('verval.places') }),
        c ? el('p', { dataset: { count: 'candidates' }, text: `${n(c.rows)} ${t('verval.candidate_rows')}: ${n(c.eligible)} ${t('verval.candidate_eligible')}, ${n(c.not_admitted)} ${t('verval.candidate_not_admitted')}` })
          : el('p', { text: t('verval.no_candidates') }),
        programmes(s),
        c ? reasonsBlock(t('verval.candidate_reasons'), { ...c.fail_reasons, ...c.review_reasons }) : null,
        el('h3', { text: t('verval.budget') }), budget(s.budget),
        el('h3', { text: t('screen.downloads') }), downloads(files),
        el('p', { class: 'fine', text: t('verval.files_note') })),
      el('h2', { class: 'noprint', text: t('verval.desa_title') }),
      desaLists(lists, s));
  }

  return {
    relabel() {
      // A result on screen is drawn again in the new language (its files are the same).
      if (last && !result.hidden) show();
      if (!missing.hidden) askMissing();
    },
    clear() {
      worker?.terminate();
      worker = null;
      run++;
      onShow();
      form.reset();
      start.disabled = false;
      bar.hidden = true;
      status.textContent = running ? t('verval.no_results') : '';
      running = false;
      delete document.body.dataset.verval;
      missing.hidden = true;
      missing.replaceChildren();
      result.hidden = true;
      result.replaceChildren();
      last = null;
      forget();
    },
    busy: () => running,
  };
}
