import type { Options, NikResult, KkResult } from './layak.js';

export type Kind = 'nik' | 'kk';

/** A Standard Schema v1 issue, with layak's stable code. */
export interface SchemaIssue { readonly message: string; readonly code: string; readonly path?: ReadonlyArray<PropertyKey>; }
export type SchemaResult = { readonly value: string; readonly issues?: undefined } | { readonly issues: ReadonlyArray<SchemaIssue> };
/** A Standard Schema v1 validator (https://standardschema.dev). */
export interface LayakSchema {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'layak';
    readonly validate: (value: unknown) => SchemaResult;
    readonly types?: { readonly input: string; readonly output: string };
  };
}

export function validityMessage(kind: Kind, value: string, options?: Options): string;
export function schema(kind: Kind, options?: Options): LayakSchema;
export function nikSchema(options?: Options): LayakSchema;
export function kkSchema(options?: Options): LayakSchema;
export function bindField(
  input: HTMLInputElement, kind: Kind, options?: Options | (() => Options),
  onResult?: (result: NikResult | KkResult | null, partial: boolean) => void): () => void;
export function bindNikField(
  input: HTMLInputElement, options?: Options | (() => Options),
  onResult?: (result: NikResult | null, partial: boolean) => void): () => void;
export function bindKkField(
  input: HTMLInputElement, options?: Options | (() => Options),
  onResult?: (result: KkResult | null, partial: boolean) => void): () => void;
