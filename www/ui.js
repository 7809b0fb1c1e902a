// Shared helpers of the web app's pages: DOM building, the current language and its
// catalogue (every label comes from the layak core), and renderers used on several pages.
export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'text') e.textContent = v;
    else if (k === 'checked') e.checked = Boolean(v);
    // Styles through the CSSOM: the page's CSP (style-src 'self') refuses style attributes.
    else if (k === 'style') Object.assign(e.style, v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** The language, its catalogue (from layak.catalogue) and the page's labels (the data block in index.html,
 *  written from the core's messages by scripts/build-web.sh). */
export const state = { lang: 'id', catalogue: null, labels: {}, allLabels: null, pages: {} };

/** The label of `key` in the current language. */
export const t = (key) => state.labels[key] ?? key;
/** The label of `key` with each `{name}` replaced by `values[name]`: a number in a label (the
 *  30 days to report a death) is the parameter in force, given by the core, never written in. */
export const tv = (key, values) => t(key).replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));

/** Where a parameter's value rests, for the "Rincian" of a result: the citation of a confirmed
 *  value; a plain sentence otherwise, so research notes in the parameter files never reach
 *  the screen. */
export const basisText = (confidence, reference) => (confidence === 'confirmed' ? reference
  : t(confidence === 'likely' ? 'decision.basis_likely' : 'decision.basis_unconfirmed'));

/** Options every call passes: the language. The as-of date is the core's default (today, WIB). */
export const opts = (extra = {}) => ({ lang: state.lang, ...extra });

/** An ISO date as people read it, in the current language. */
export function dateText(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(state.lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** Rupiah as people read them. */
export function rupiah(n) {
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(n);
}

/** A list of issues (error / warning / info), each with its message. */
export function issueList(issues) {
  if (!issues || !issues.length) return null;
  return el('ul', { class: 'issues' }, issues.map((i) =>
    el('li', { class: `issue ${i.severity}`, dataset: { code: i.code, field: i.field } },
      el('span', { class: 'sev', text: t(`severity.${i.severity}`) }), ' ', i.message)));
}

/** Replaces a select's options, keeping a "choose" placeholder first. */
export function fillSelect(select, items, { placeholder = true } = {}) {
  const keep = select.value;
  select.replaceChildren(...(placeholder ? [el('option', { value: '', text: t('reg.choose') })] : []),
    ...items.map(([value, label]) => el('option', { value, text: label })));
  if ([...select.options].some((o) => o.value === keep)) select.value = keep;
}

/** The kecamatan → desa cascade of Bojonegoro (registration and Lapor kematian): fills `kec`
 *  with `kecamatan` once, and `desa` with the villages of the chosen kecamatan, keeping the
 *  chosen desa where it still exists. Returns the refill, for a language switch or a reset. */
export function desaCascade(kec, desa, kecamatan, villagesOf) {
  for (const k of kecamatan) kec.append(el('option', { value: k.code, text: k.name }));
  const fill = () => {
    const keep = desa.value;
    desa.replaceChildren(el('option', { value: '', text: t('reg.choose') }));
    for (const v of kec.value ? villagesOf(kec.value) : []) {
      desa.append(el('option', { value: v.code, text: v.kind === 'kelurahan' ? `${v.name} (${t('region.kelurahan')})` : v.name }));
    }
    desa.value = keep;
    desa.disabled = !kec.value;
  };
  kec.addEventListener('change', () => { desa.value = ''; fill(); });
  return fill;
}
