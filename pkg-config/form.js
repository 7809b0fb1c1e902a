// Form helpers for the layak WebAssembly package: drop-in validation for a NIK or KK field.
//
//   import init from 'layak';
//   import { bindNikField, nikSchema } from 'layak/form';
//   await init();
//   bindNikField(document.querySelector('#nik'));          // plain HTML forms
//   const result = nikSchema().['~standard'].validate(s);  // any Standard Schema v1 consumer
//
// Errors block the form (setCustomValidity); warnings and info are left for the page to show.
// A NIK field must be text (never type="number": a number loses digits above 2^53 and
// leading zeros). Nothing here leaves the device.
import { validateNik, validateKk } from './layak.js';

const CHECKS = { nik: validateNik, kk: validateKk };

function check(kind, value, options) {
  const fn = CHECKS[kind];
  if (!fn) throw new TypeError(`unknown kind ${kind}: use "nik" or "kk"`);
  return fn(value, options);
}

/** The first error message of a check, or '' when the value has no error. */
export function validityMessage(kind, value, options = {}) {
  const r = check(kind, String(value ?? ''), options);
  const e = r.issues.find((i) => i.severity === 'error');
  return e ? e.message : '';
}

/** A Standard Schema v1 validator for a NIK or KK value (https://standardschema.dev). */
export function schema(kind, options = {}) {
  return {
    '~standard': {
      version: 1,
      vendor: 'layak',
      validate(value) {
        if (typeof value !== 'string') {
          return { issues: [{ message: kind === 'kk' ? 'Nomor KK harus berupa teks.' : 'NIK harus berupa teks.', code: 'input.type' }] };
        }
        const r = check(kind, value, options);
        const errors = r.issues.filter((i) => i.severity === 'error');
        if (errors.length) {
          return { issues: errors.map((i) => ({ message: i.message, code: i.code })) };
        }
        return { value: kind === 'kk' ? r.kk : r.nik };
      },
    },
  };
}

/** Standard Schema v1 validator for a NIK; its output value is the normalised 16 digits. */
export const nikSchema = (options) => schema('nik', options);
/** Standard Schema v1 validator for a KK number. */
export const kkSchema = (options) => schema('kk', options);

/**
 * Keeps an <input>'s validity in step with layak: while typing, a short prefix is fine
 * (partial mode) but an impossible one is not; on change the full check applies. `onResult`
 * receives every result, e.g. to show the decoded region. An empty field that is not
 * `required` is left alone (onResult receives null). Returns a function that unbinds.
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
  const typing = () => run(true);
  const done = () => run(false);
  input.addEventListener('input', typing);
  input.addEventListener('change', done);
  return () => {
    input.removeEventListener('input', typing);
    input.removeEventListener('change', done);
  };
}

/** bindField for a NIK input. */
export const bindNikField = (input, options, onResult) => bindField(input, 'nik', options, onResult);
/** bindField for a KK input. */
export const bindKkField = (input, options, onResult) => bindField(input, 'kk', options, onResult);
