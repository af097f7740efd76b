/**
 * How the engine reads one field of a record and how evidence talks about it. The engine is
 * generic over the record, so companies and people share every matcher. Each record type has
 * one reader that takes a field number (company-fields.ts, person-fields.ts): criteria share
 * their code, and one switch keeps their field reads direct where per-field getters would make
 * every read a call to one of many functions.
 */
export type FieldReader<R> = (record: R, field: number) => unknown;

export interface FieldSpec<R> {
  /** The field's number, for `read`. */
  field: number;
  read: FieldReader<R>;
  /** Key into the caller's source labels; nested fields fall back to their parent ("hq"). */
  sourceKeys: readonly string[];
  /** Evidence when the value is absent. */
  unknown: string;
  /** Lower-case name for "found in description". */
  noun: string;
  /** List fields: how having items reads ("Uses HubSpot"). */
  verb?: string;
  /** Numeric fields: how one number reads, and the value phrase around it. */
  number?: (n: number) => string;
  phrase?: (formatted: string) => string;
  /** Years read "2005 or later" rather than "2,005+". */
  year?: boolean;
}

export type FieldTable<R> = Readonly<Record<string, FieldSpec<R>>>;

/** The field's value in the record. */
export function fieldValue<R>(spec: FieldSpec<R>, record: R): unknown {
  return spec.read(record, spec.field);
}

/** A field named by `key` for source labels; evidence calls it `noun`, or `label` when unknown. */
export function describeField<R>(
  read: FieldReader<R>,
  field: number,
  key: string,
  noun: string,
  label = noun,
): FieldSpec<R> {
  return { field, read, sourceKeys: [key], unknown: `${label} unknown`, noun };
}

/** " (LinkedIn)" when the caller said where this field came from, else "". */
export function sourceSuffix(sources: Partial<Record<string, string>> | undefined, keys: readonly string[]): string {
  if (!sources) return '';
  for (const key of keys) {
    const label = sources[key];
    if (label) return ` (${label})`;
  }
  return '';
}
