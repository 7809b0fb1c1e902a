import type { NikResult, KkResult } from './layak.js';

/** A form-associated field for a NIK or KK number; the form posts the normalised 16 digits. */
declare class LayakNumberField extends HTMLElement {
  static readonly formAssociated: true;
  readonly kind: 'nik' | 'kk';
  /** What the operator typed. */
  value: string;
  /** The 16 digits the form posts, or null. */
  readonly normalised: string | null;
  readonly name: string | null;
  readonly form: HTMLFormElement | null;
  readonly type: string;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  readonly labels: NodeList;
  checkValidity(): boolean;
  reportValidity(): boolean;
}
/** <layak-nik> */
export class LayakNik extends LayakNumberField { readonly kind: 'nik'; readonly result: NikResult | null; }
/** <layak-kk> */
export class LayakKk extends LayakNumberField { readonly kind: 'kk'; readonly result: KkResult | null; }

declare global {
  interface HTMLElementTagNameMap { 'layak-nik': LayakNik; 'layak-kk': LayakKk; }
  interface HTMLElementEventMap { 'layak-result': CustomEvent<NikResult | KkResult | null>; }
}
