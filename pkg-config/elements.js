// <layak-nik> and <layak-kk>: form fields for a NIK or a KK number that any HTML form takes
// as its own (form-associated custom elements, ElementInternals), with no build step.
//
//   <script type="module" src="/layak/elements.js"></script>
//   <form method="post" action="daftar.php">
//     <label for="nik">NIK</label>
//     <layak-nik name="nik" required><input id="nik" class="form-control"></layak-nik>
//   </form>
//
// The form posts `nik` as the normalised 16 digits (the operator still sees what they typed,
// spaces and all); an invalid number blocks submission with layak's message, in the
// language of the element's `lang` (or the nearest ancestor's, else Indonesian). The element
// uses the <input> inside it when there is one (so the page's own styles and <label for>
// apply), else makes one. Attributes: name, required, disabled, value, as-of (YYYY-MM-DD).
// Each check dispatches a `layak-result` event whose `detail` is the result of validateNik /
// validateKk (the decoded region, sex, birth date and issues), or null for an empty field.
import { validateNik, validateKk } from './layak.js';
import { ready, isReady } from './form.js';

const CHECKS = { nik: validateNik, kk: validateKk };

function langOf(el) {
  const l = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
  return l.startsWith('en') ? 'en' : 'id';
}

class LayakNumberField extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ['value', 'required', 'disabled', 'lang', 'as-of'];

  #internals;
  #input = null;
  #result = null;
  #initial = '';

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /** `nik` or `kk`. */
  get kind() { return 'nik'; }

  connectedCallback() {
    if (!this.#input) {
      this.#input = this.querySelector('input');
      if (!this.#input) {
        this.#input = document.createElement('input');
        this.#input.id = this.id ? `${this.id}-input` : '';
        this.append(this.#input);
      }
      const i = this.#input;
      // The element posts the value: an inner name would post the raw text a second time.
      if (i.name && !this.getAttribute('name')) this.setAttribute('name', i.name);
      i.removeAttribute('name');
      i.type = 'text';
      i.inputMode = 'numeric';
      i.autocomplete = 'off';
      i.spellcheck = false;
      // 16 digits and the separators operators type (3522 0612 0580 0001, 35.22.06...).
      if (!i.maxLength || i.maxLength < 0) i.maxLength = 24;
      if (this.hasAttribute('value') && !i.value) i.value = this.getAttribute('value');
      this.#initial = i.value;
      i.addEventListener('input', () => this.#check(true));
      i.addEventListener('change', () => this.#check(false));
      i.addEventListener('blur', () => this.#check(false));
    }
    this.#syncAttributes();
    this.#check(false);
  }

  attributeChangedCallback(name, _old, value) {
    if (!this.#input) return;
    if (name === 'value' && value !== null && value !== this.#input.value) this.#input.value = value;
    this.#syncAttributes();
    this.#check(false);
  }

  #syncAttributes() {
    this.#input.required = this.hasAttribute('required');
    this.#input.disabled = this.hasAttribute('disabled');
    this.#input.setAttribute('aria-required', String(this.hasAttribute('required')));
  }

  #options(partial) {
    const o = { lang: langOf(this), partial };
    const asOf = this.getAttribute('as-of');
    if (asOf) o.as_of = asOf;
    return o;
  }

  async #check(partial) {
    if (!isReady()) {
      // Until the package has started, a required field is simply not yet valid.
      this.#internals.setFormValue(null);
      if (this.hasAttribute('required')) {
        this.#internals.setValidity({ valueMissing: true }, langOf(this) === 'en' ? 'Please fill in this field.' : 'Mohon isi bagian ini.', this.#input);
      }
      await ready();
    }
    const raw = this.#input.value;
    if (raw.trim() === '') {
      this.#result = null;
      this.#internals.setFormValue(null);
      if (this.hasAttribute('required')) {
        const r = CHECKS[this.kind]('', this.#options(false));
        const msg = r.issues.find((i) => i.severity === 'error')?.message ?? '';
        this.#internals.setValidity({ valueMissing: true }, msg, this.#input);
      } else {
        this.#internals.setValidity({});
      }
      this.#input.removeAttribute('aria-invalid');
      this.dispatchEvent(new CustomEvent('layak-result', { detail: null, bubbles: true }));
      return;
    }
    let r;
    try {
      r = CHECKS[this.kind](raw, this.#options(partial));
    } catch (e) {
      // An unusable attribute (as-of="kemarin"): said on the field, never thrown away.
      this.#internals.setValidity({ customError: true }, e.message, this.#input);
      return;
    }
    this.#result = r;
    const error = r.issues.find((i) => i.severity === 'error');
    const digits = this.kind === 'kk' ? r.kk : r.nik;
    this.#internals.setFormValue(digits ?? raw, raw);
    if (error) this.#internals.setValidity({ customError: true }, error.message, this.#input);
    else this.#internals.setValidity({});
    this.#input.setAttribute('aria-invalid', error ? 'true' : 'false');
    this.dispatchEvent(new CustomEvent('layak-result', { detail: r, bubbles: true }));
  }

  /** What the operator typed. Setting it checks the new value. */
  get value() { return this.#input?.value ?? this.getAttribute('value') ?? ''; }
  set value(v) {
    if (this.#input) {
      this.#input.value = String(v ?? '');
      this.#check(false);
    } else {
      this.setAttribute('value', String(v ?? ''));
    }
  }
  /** The 16 digits the form posts, or null while the value is not a number of 16 digits. */
  get normalised() { return this.#result ? (this.kind === 'kk' ? this.#result.kk : this.#result.nik) : null; }
  /** The last result of validateNik / validateKk, or null. */
  get result() { return this.#result; }
  get name() { return this.getAttribute('name'); }
  get form() { return this.#internals.form; }
  get type() { return `layak-${this.kind}`; }
  get validity() { return this.#internals.validity; }
  get validationMessage() { return this.#internals.validationMessage; }
  get willValidate() { return this.#internals.willValidate; }
  get labels() { return this.#internals.labels; }
  checkValidity() { return this.#internals.checkValidity(); }
  reportValidity() { return this.#internals.reportValidity(); }
  focus(options) { this.#input?.focus(options); }

  formResetCallback() {
    if (this.#input) this.#input.value = this.#initial;
    this.#check(false);
  }
  formDisabledCallback(disabled) {
    if (this.#input) this.#input.disabled = disabled;
  }
  formStateRestoreCallback(state) {
    if (this.#input && typeof state === 'string') {
      this.#input.value = state;
      this.#check(false);
    }
  }
}

/** <layak-nik>: a NIK field. */
export class LayakNik extends LayakNumberField {
  get kind() { return 'nik'; }
}

/** <layak-kk>: a KK number field. */
export class LayakKk extends LayakNumberField {
  get kind() { return 'kk'; }
}

// Defined once, even when this file is loaded twice (`elements.js?v=2` beside `elements.js`).
if (!customElements.get('layak-nik')) customElements.define('layak-nik', LayakNik);
if (!customElements.get('layak-kk')) customElements.define('layak-kk', LayakKk);
