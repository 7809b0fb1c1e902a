// Form helpers for the layak WebAssembly package: drop-in validation for a NIK or KK field and
// for a whole applicant form.
//
//   import { bindNikField, nikSchema, applicantSchema } from 'layak/form';
//   bindNikField(document.querySelector('#nik'));            // plain HTML forms
//   nikSchema()['~standard'].validate('3522 0612 0580 0001'); // any Standard Schema v1 consumer
//
// Nothing here needs `init()` first: every helper starts the package itself (once) and waits
// for it. A page that loaded layak.js twice (`layak.js?v=3` and `layak.js` are two copies to
// the browser) still gets answers: each copy starts itself. Errors block the form
// (setCustomValidity); warnings and info are left for the page to show. A NIK field must be
// text (never type="number": a number loses digits above 2^53 and leading zeros). Nothing
// here leaves the device.
import init, { validateNik, validateKk, checkEligibility } from './layak.js';

let starting = null;
let started = false;

/** True once this copy of the package can answer. */
export function isReady() {
  if (started) return true;
  try {
    // Answers (with kk.empty) once started; throws before, when the module is not there.
    validateKk('');
    started = true;
  } catch {
    started = false;
  }
  return started;
}

/**
 * Starts the package once: fetches layak_bg.wasm next to layak.js (or uses `moduleOrPath`,
 * as `init` takes it). Every later call returns the same promise, so it is safe to call from
 * every helper and from the page; a page that already called `init()` is not started again.
 */
export function ready(moduleOrPath) {
  if (!starting) {
    starting = isReady()
      ? Promise.resolve()
      : start(moduleOrPath).then(() => {
        started = true;
      });
    // A failed start (offline, wrong path) may be retried by the next call.
    starting.catch(() => { starting = null; });
  }
  return starting;
}

// In Node there is no fetch for a file: the module's bytes are read from beside layak.js.
const inNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';

async function start(moduleOrPath) {
  if (moduleOrPath === undefined && inNode) {
    // A name bundlers leave alone: this branch never runs in a browser.
    const fs = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fs);
    moduleOrPath = await readFile(new URL('./layak_bg.wasm', import.meta.url));
  }
  return init(moduleOrPath === undefined ? undefined : { module_or_path: moduleOrPath });
}

const CHECKS = { nik: validateNik, kk: validateKk };

function check(kind, value, options) {
  const fn = CHECKS[kind];
  if (!fn) throw new TypeError(`unknown kind ${kind}: use "nik" or "kk"`);
  return fn(value, options);
}

/** Runs `fn` now when the package is ready, else once it is (then the answer is a Promise). */
function whenReady(fn) {
  return isReady() ? fn() : ready().then(fn);
}

/** The first error message of a check, or '' when the value has no error. */
export function validityMessage(kind, value, options = {}) {
  const r = check(kind, String(value ?? ''), options);
  const e = r.issues.find((i) => i.severity === 'error');
  return e ? e.message : '';
}

/** A thrown layak error (wrong type, unusable option) as a Standard Schema issue. */
function thrownIssue(e, path) {
  const issue = { message: e?.message ?? String(e), code: e?.code ?? 'internal' };
  return path ? { ...issue, path } : issue;
}

function standard(validate) {
  return {
    '~standard': {
      version: 1,
      vendor: 'layak',
      validate: (value) => whenReady(() => validate(value)),
    },
  };
}

/**
 * A Standard Schema v1 validator for a NIK or KK value (https://standardschema.dev). Its
 * output is the normalised 16 digits; its issues carry layak's code and the message in
 * `options.lang`. Synchronous once the package has started, a Promise before.
 */
export function schema(kind, options = {}) {
  return standard((value) => {
    let r;
    try {
      r = check(kind, value, options);
    } catch (e) {
      return { issues: [thrownIssue(e)] };
    }
    const errors = r.issues.filter((i) => i.severity === 'error');
    if (errors.length) return { issues: errors.map((i) => ({ message: i.message, code: i.code })) };
    return { value: kind === 'kk' ? r.kk : r.nik };
  });
}

/** Standard Schema v1 validator for a NIK; its output value is the normalised 16 digits. */
export const nikSchema = (options) => schema('nik', options);
/** Standard Schema v1 validator for a KK number; its output value is the 16 digits. */
export const kkSchema = (options) => schema('kk', options);

/** The applicant field each eligibility rule is about (the rule's issue goes on it). */
export const RULE_FIELDS = Object.freeze({
  'identity.nik': 'nik',
  'identity.citizenship': 'citizenship',
  'domicile.regency': 'village_code',
  'age.min': 'birth_date',
  'age.max': 'birth_date',
  'category.listed': 'category',
  'occupation.not_excluded': 'occupation',
  'poverty.listed': 'in_poverty_data',
  'enrolment.not_enrolled': 'already_enrolled',
  'enrolment.not_duplicate': 'nik',
});

/**
 * A Standard Schema v1 validator for a whole registration form (the applicant of
 * `checkEligibility`). Issues carry a `path` naming the field they concern, so a form
 * library puts each message under its field: input errors (`nik.serial_zero` on `nik`,
 * `applicant.birth_date_invalid` on `birth_date`) and the outcome of every rule whose
 * outcome is in `options.block` (default `['fail', 'review']`: an ineligible applicant, or
 * one a person must look at, e.g. a missing NIK) on the field of the rule ([`RULE_FIELDS`]).
 * The output value is the applicant with `nik` and `kk` normalised to their 16 digits.
 * Other options as for `checkEligibility` (`lang`, `as_of`, `params`).
 */
export function applicantSchema(options = {}) {
  const { block = ['fail', 'review'], ...checkOptions } = options;
  return standard((value) => {
    let r;
    try {
      r = checkEligibility(value, checkOptions);
    } catch (e) {
      return { issues: [thrownIssue(e)] };
    }
    const issues = [];
    const taken = new Set();
    for (const i of r.issues) {
      if (i.severity !== 'error') continue;
      issues.push({ message: i.message, code: i.code, path: [i.field] });
      taken.add(i.field);
    }
    for (const rule of r.rules) {
      if (!block.includes(rule.outcome)) continue;
      const field = RULE_FIELDS[rule.id];
      // One message a field: an input error already says what the rule would.
      if (field && taken.has(field)) continue;
      const issue = { message: rule.message, code: rule.id, outcome: rule.outcome };
      issues.push(field ? { ...issue, path: [field] } : issue);
      if (field) taken.add(field);
    }
    if (issues.length) return { issues };
    const out = { ...value };
    for (const key of ['nik', 'kk']) {
      if (typeof value[key] === 'string' && value[key].trim() !== '') {
        const n = check(key, value[key], checkOptions);
        if (n.valid) out[key] = key === 'kk' ? n.kk : n.nik;
      }
    }
    return { value: out };
  });
}

/**
 * A layak Standard Schema as a zod 4 schema, for a field of `z.object` (zod takes only its
 * own schemas there): `z.object({ nik: toZod(z, nikSchema()) })`. The value becomes the
 * schema's output (the 16 digits); layak's issues become zod issues with `params.layak`
 * holding the code, under the field's path. Call `await ready()` first, or use
 * `parseAsync`.
 */
export function toZod(z, layakSchema) {
  return z.unknown().transform((value, ctx) => {
    const apply = (r) => {
      if (!r.issues) return r.value;
      for (const i of r.issues) {
        ctx.issues.push({
          code: 'custom', message: i.message, input: value,
          path: i.path ? [...i.path] : [], params: { layak: i.code },
        });
      }
      return z.NEVER;
    };
    const r = layakSchema['~standard'].validate(value);
    return r instanceof Promise ? r.then(apply) : apply(r);
  });
}

/**
 * A layak Standard Schema as a valibot schema, for an entry of `v.object` (valibot takes only
 * its own schemas there): `v.object({ nik: toValibot(v, nikSchema()) })`. The value becomes
 * the schema's output; layak's messages become valibot issues. Call `await ready()` first.
 * (ArkType takes a Standard Schema as it is: `type({ nik: nikSchema() })`.)
 */
export function toValibot(v, layakSchema) {
  return v.pipe(v.unknown(), v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const r = layakSchema['~standard'].validate(dataset.value);
    if (r instanceof Promise) {
      addIssue({ message: 'layak: call `await ready()` before validating with valibot' });
      return NEVER;
    }
    if (!r.issues) return r.value;
    for (const i of r.issues) addIssue({ message: i.message });
    return NEVER;
  }));
}

/**
 * Keeps an <input>'s validity in step with layak: while typing, a short prefix is fine
 * (partial mode) but an impossible one is not; on change the full check applies. `onResult`
 * receives every result, e.g. to show the decoded region. An empty field that is not
 * `required` is left alone (onResult receives null). The form posts the normalised 16 digits
 * (the operator still sees what they typed). Returns a function that unbinds.
 */
export function bindField(input, kind, options = {}, onResult = () => {}) {
  const run = (partial) => {
    if (!input.required && input.value.trim() === '') {
      input.setCustomValidity('');
      input.removeAttribute('aria-invalid');
      onResult(null, partial);
      return null;
    }
    const opts = typeof options === 'function' ? options() : options;
    const r = check(kind, input.value, { ...opts, partial });
    const e = r.issues.find((i) => i.severity === 'error');
    input.setCustomValidity(e ? e.message : '');
    input.setAttribute('aria-invalid', e ? 'true' : 'false');
    onResult(r, partial);
    return r;
  };
  const typing = () => whenReady(() => run(true));
  const done = () => whenReady(() => run(false));
  // The value posted: the 16 digits alone, whatever spaces or dots the operator typed (read
  // again here, so a value set by a script counts too).
  const posting = (event) => {
    if (!input.name || input.disabled || !isReady() || input.value.trim() === '') return;
    const opts = typeof options === 'function' ? options() : options;
    const r = check(kind, input.value, opts);
    const normalised = kind === 'kk' ? r.kk : r.nik;
    if (normalised) event.formData.set(input.name, normalised);
  };
  const form = input.form;
  input.addEventListener('input', typing);
  input.addEventListener('change', done);
  form?.addEventListener('formdata', posting);
  // A value already there (a form filled again after an error) is checked once ready.
  if (input.value) done();
  return () => {
    input.removeEventListener('input', typing);
    input.removeEventListener('change', done);
    form?.removeEventListener('formdata', posting);
  };
}

/** bindField for a NIK input. */
export const bindNikField = (input, options, onResult) => bindField(input, 'nik', options, onResult);
/** bindField for a KK input. */
export const bindKkField = (input, options, onResult) => bindField(input, 'kk', options, onResult);
