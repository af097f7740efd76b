import type { Company } from '../icp/company';
import type { ExtractResult, PageKind, Provenance, RawPerson } from '../extract/types';
import { personRole } from '../extract/linkedin/title';
import { normalizeCompany } from '../normalize/company';

/** A person as the popup and persona scoring read it. */
export interface NormalizedPerson extends RawPerson {
  seniority?: string;
  department?: string;
}

export interface NormalizedPage {
  kind: PageKind;
  company?: Company;
  person?: NormalizedPerson;
  items?: { kind: 'company' | 'person'; company?: Company; person?: NormalizedPerson }[];
  missing: string[];
  provenance: Record<string, Provenance>;
}

/** Seniority and department are inferred here, in the background, to keep title tables out of content scripts. */
const enrichPerson = (person: RawPerson): NormalizedPerson => ({ ...person, ...personRole(person) });

const clean = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

/** Raw page strings to the normalized company/person of the spec: what `icp-lens extract` prints. */
export function normalizeResult(result: ExtractResult): NormalizedPage {
  const page: NormalizedPage = { kind: result.kind, missing: result.missing, provenance: result.provenance };
  if (result.company) page.company = normalizeCompany(result.company);
  if (result.person) page.person = clean(enrichPerson(result.person));
  if (result.items) {
    page.items = result.items.map((item) => ({
      kind: item.kind,
      ...(item.company ? { company: normalizeCompany(item.company) } : {}),
      ...(item.person ? { person: clean(enrichPerson(item.person)) } : {}),
    }));
  }
  return page;
}
