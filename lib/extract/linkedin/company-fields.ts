import type { RawCompany } from '../types';
import { CAP, clean, put, splitList, textOf, webUrl, type Found } from './dom';

export type F = Found<RawCompany>;

/** What a company page should yield; the rest of RawCompany is a bonus. */
export const COMPANY_FIELDS = [
  'name',
  'linkedinId',
  'website',
  'industry',
  'size',
  'employeeCount',
  'headquarters',
  'founded',
  'companyType',
  'specialties',
  'followers',
  'jobOpenings',
  'description',
] as const satisfies readonly (keyof RawCompany)[];

const MAX: Partial<Record<keyof RawCompany, number>> = {
  name: CAP.name,
  website: CAP.url,
  description: CAP.description,
};

/** True when any of the keys is still unread: lets a reader skip its queries. */
export const need = (f: F, ...keys: (keyof RawCompany)[]): boolean => keys.some((k) => f.rec[k] === undefined);

/** Sets a text field from an element or a string, cleaned to that field's cap. */
export function putText(
  f: F,
  key: keyof RawCompany,
  v: Element | string | null | undefined,
  source: 'markup' | 'meta' | 'text',
  detail: string,
): void {
  if (f.rec[key] !== undefined || key === 'address' || key === 'technologies' || key === 'signals') return;
  if (key === 'specialties') {
    put(f, key, splitList(typeof v === 'string' ? v : textOf(v, CAP.description)), source, detail);
    return;
  }
  const max = MAX[key] ?? CAP.short;
  const t = typeof v === 'string' ? clean(v, max) : textOf(v, max);
  put(f, key, key === 'website' ? webUrl(t) : t, source, detail);
}
