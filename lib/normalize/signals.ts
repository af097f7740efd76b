import type { Signal } from '../icp/company';

// YYYY-MM-DD, optionally followed by an ISO time and zone.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO date or timestamp that names a real calendar day (no 2026-02-30). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO_DATE.exec(text.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

function optionalText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : undefined;
}

/** Signals with a type; an invalid observedAt is dropped (unknown date), not the signal. */
export function cleanSignals(raw: readonly unknown[]): Signal[] {
  const out: Signal[] = [];
  for (const item of raw) {
    if (item === null || typeof item !== 'object') continue;
    const s = item as Record<string, unknown>;
    const type = optionalText(s.type, 50);
    if (!type) continue;
    const signal: Signal = { type };
    if (isIsoDate(s.observedAt)) signal.observedAt = s.observedAt.trim();
    const detail = optionalText(s.detail, 500);
    const source = optionalText(s.source, 200);
    if (detail) signal.detail = detail;
    if (source) signal.source = source;
    out.push(signal);
  }
  return out;
}
