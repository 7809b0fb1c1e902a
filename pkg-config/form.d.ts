import type { Options, NikResult, KkResult, Applicant, CheckOptions, Outcome } from './layak.js';

export type Kind = 'nik' | 'kk';

/** A Standard Schema v1 issue, with layak's stable code (an issue code or a rule id). */
export interface SchemaIssue {
  readonly message: string;
  readonly code: string;
  /** The field the issue concerns, e.g. ['nik'] (applicantSchema). */
  readonly path?: ReadonlyArray<PropertyKey>;
  /** For a rule's issue: its outcome. */
  readonly outcome?: Outcome;
}
export type SchemaResult<T> = { readonly value: T; readonly issues?: undefined } | { readonly issues: ReadonlyArray<SchemaIssue> };
/** A Standard Schema v1 validator (https://standardschema.dev): synchronous once the package has started, a Promise before. */
export interface LayakSchema<Input = unknown, Output = string> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'layak';
    readonly validate: (value: unknown) => SchemaResult<Output> | Promise<SchemaResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output };
  };
}
/** Options of applicantSchema: those of checkEligibility, and which rule outcomes are issues. */
export interface ApplicantSchemaOptions extends CheckOptions {
  /** Rule outcomes reported as issues; default ['fail', 'review']. */
  block?: Outcome[];
}

/** True once this copy of the package can answer. */
export function isReady(): boolean;
/** Starts the package once (idempotent); every helper calls it itself. */
export function ready(moduleOrPath?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
export function validityMessage(kind: Kind, value: string, options?: Options): string;
export function schema(kind: Kind, options?: Options): LayakSchema<string, string>;
export function nikSchema(options?: Options): LayakSchema<string, string>;
export function kkSchema(options?: Options): LayakSchema<string, string>;
/** The applicant field each eligibility rule's issue goes on. */
export const RULE_FIELDS: Readonly<Record<string, keyof Applicant & string>>;
export function applicantSchema(options?: ApplicantSchemaOptions): LayakSchema<Applicant, Applicant>;
/** A layak schema as a zod 4 schema, for a field of z.object. `z` is zod's namespace. */
export function toZod<Z extends { unknown(): any; NEVER: never }>(z: Z, schema: LayakSchema<any, any>): ReturnType<Z['unknown']>;
/** A layak schema as a valibot schema, for an entry of v.object. `v` is valibot's namespace. */
export function toValibot(v: { pipe: Function; unknown: Function; rawTransform: Function }, schema: LayakSchema<any, any>): any;
export function bindField(
  input: HTMLInputElement, kind: Kind, options?: Options | (() => Options),
  onResult?: (result: NikResult | KkResult | null, partial: boolean) => void): () => void;
export function bindNikField(
  input: HTMLInputElement, options?: Options | (() => Options),
  onResult?: (result: NikResult | null, partial: boolean) => void): () => void;
export function bindKkField(
  input: HTMLInputElement, options?: Options | (() => Options),
  onResult?: (result: KkResult | null, partial: boolean) => void): () => void;
