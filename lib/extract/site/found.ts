import type { Provenance, RawCompany, Source } from '../types';

/** A company being filled from several sources: the first source to give a field wins. */
export class Found {
  readonly company: RawCompany = {};
  readonly provenance: Record<string, Provenance> = {};

  put<K extends keyof RawCompany>(key: K, value: RawCompany[K] | undefined, source: Source, detail: string): void {
    if (value === undefined || this.company[key] !== undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    this.company[key] = value;
    this.provenance[key] = { source, detail: detail.slice(0, 300) };
  }

  /** Evidence that is no company field (careers page, pricing page, other social profiles). */
  note(key: string, source: Source, detail: string): void {
    this.provenance[key] ??= { source, detail: detail.slice(0, 300) };
  }
}
