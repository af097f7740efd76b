import type { Company } from '../icp/company';
import { personSchema } from '../icp/person';
import type { Icp } from '../icp/schema-icp';
import type { Persona } from '../icp/schema-persona';
import type { ExtractResult } from '../extract/types';
import type { EmployerFit, RowFit, TabFit } from '../messaging/protocol';
import { fitCompany, fitPerson, sourceLabels } from './fits';
import type { NormalizedPerson } from './normalize-result';
import { originLabels, sourceKind, sourcePages, type CompanyRecord } from '../merge/merge-company';

/** What every score of one page shares. */
export interface FitContext {
  tabId: number;
  url: string;
  icp: Icp;
  persona: Persona;
  asOf: string;
  now: string;
}

function base(ctx: FitContext, result: Pick<ExtractResult, 'kind' | 'provenance' | 'missing'>): TabFit {
  return {
    tabId: ctx.tabId,
    url: ctx.url,
    kind: result.kind,
    provenance: result.provenance,
    missing: result.missing,
    icp: { id: ctx.icp.id, name: ctx.icp.name },
    scoredAt: ctx.now,
  };
}

/** A page with nothing to score: what was read and what was missing, so the popup can say so. */
export const unscoredTabFit = (ctx: FitContext, result: ExtractResult): TabFit => base(ctx, result);

/** Persona scoring reads only the person fields its schema knows (seniority must be one of its values). */
const asPerson = (p: NormalizedPerson) =>
  personSchema.safeParse(p).data ?? { name: p.name, title: p.title, headline: p.headline };

/** Where "Enrich from website" reads: the record's website, or its domain's home page. */
function enrichUrl(ctx: FitContext, record: CompanyRecord): string | undefined {
  if (sourceKind(ctx.url) !== 'linkedin') return undefined;
  const c = record.company;
  const href = c.website ?? (c.domain ? `https://${c.domain}/` : undefined);
  try {
    const url = href ? new URL(href) : undefined;
    return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A company page: the company record (this page merged with earlier visits of its LinkedIn
 * page and website, lib/merge) against the ICP; evidence names the page each value came from.
 */
export function companyTabFit(
  ctx: FitContext,
  result: Pick<ExtractResult, 'kind' | 'provenance' | 'missing'>,
  record: Pick<CompanyRecord, 'company' | 'origins' | 'detections'> & { key?: string },
): TabFit {
  const company = record.company;
  const labels = { ...sourceLabels(result.provenance, ctx.url), ...originLabels(record.origins) };
  const { fit, tone } = fitCompany(ctx.icp, company, ctx.asOf, labels);
  const enrich = enrichUrl(ctx, record as CompanyRecord);
  return {
    ...base(ctx, result),
    title: company.name,
    company,
    fit,
    tone,
    ...(record.key ? { recordKey: record.key } : {}),
    origins: record.origins,
    sources: sourcePages(record.origins),
    ...(record.detections ? { detections: record.detections } : {}),
    ...(enrich ? { enrichUrl: enrich } : {}),
  };
}

/** The employer as the cache knows it (undefined when never seen). */
export interface KnownEmployer {
  company: Company;
  lastSeen: string;
}

/** A profile: persona fit, and beside it the employer's ICP fit when the cache knows the employer. */
export function personTabFit(
  ctx: FitContext,
  result: ExtractResult,
  person: NormalizedPerson,
  known?: KnownEmployer,
): TabFit {
  const employer: EmployerFit = {
    name: person.companyName ?? known?.company.name,
    linkedinUrl: person.companyLinkedinUrl,
    cached: !!known,
  };
  if (known) {
    employer.company = known.company;
    employer.lastSeen = known.lastSeen;
    employer.result = fitCompany(ctx.icp, known.company, ctx.asOf);
  }
  return {
    ...base(ctx, result),
    title: person.name,
    person,
    persona: { id: ctx.persona.id, name: ctx.persona.name },
    personaFit: fitPerson(ctx.persona, asPerson(person), ctx.asOf),
    employer,
  };
}

/** A result list: every row scored, companies against the ICP, people against the persona. */
export function listTabFit(
  ctx: FitContext,
  result: ExtractResult,
  rows: { company?: Company; person?: NormalizedPerson }[],
): TabFit {
  const scored: RowFit[] = rows.map((row) => {
    if (row.company) {
      const c = row.company;
      const where = [c.industry, c.hq?.city ?? c.hq?.country].filter(Boolean).join(' · ');
      return {
        kind: 'company',
        company: c,
        title: c.name,
        subtitle: where || undefined,
        url: c.linkedinUrl,
        result: fitCompany(ctx.icp, c, ctx.asOf),
      };
    }
    const p = row.person ?? {};
    return {
      kind: 'person',
      person: p,
      title: p.name,
      subtitle: p.headline ?? p.title,
      result: fitPerson(ctx.persona, asPerson(p), ctx.asOf),
    };
  });
  return { ...base(ctx, result), rows: scored };
}
