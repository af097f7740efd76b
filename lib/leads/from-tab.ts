import type { Company } from '../icp/company';
import type { FitResult } from '../icp/result';
import type { IcpBundle, Icp } from '../icp/schema';
import type { FieldOrigin } from '../merge/merge-company';
import type { TabFit, TierTone, ToneFit } from '../messaging/protocol';
import type { NormalizedPerson } from '../fit/normalize-result';
import { snapshotOf } from './snapshot';
import type { LeadPerson, ScoreSnapshot } from './types';

/** What saving one prospect writes: the company, the person if any, and the score as it is now. */
export interface SaveInput {
  company: Company;
  origins: Record<string, FieldOrigin>;
  person?: LeadPerson;
  score: ScoreSnapshot;
  sourceUrl: string;
  at: string;
  linkedinId?: string;
  linkedinSlug?: string;
}

export interface SaveContext {
  bundle: IcpBundle;
  icp: Icp;
  /** Scores a company that was never scored on this page (a profile's employer seen only by name). */
  scoreCompany(company: Company): ToneFit;
  at: string;
}

/** A score as a lead keeps it: the ICP and bundle version it was scored with, and when. */
export function snapshotFrom(
  fit: FitResult,
  tone: TierTone,
  ctx: Pick<SaveContext, 'bundle' | 'icp' | 'at'>,
): ScoreSnapshot {
  return snapshotOf({ fit, icp: ctx.icp, bundle: ctx.bundle, tone, at: ctx.at });
}

/** A profile's person as a lead keeps it, identified by profile URL (else name). */
export function leadPerson(
  p: NormalizedPerson,
  url: string | undefined,
  at: string,
  personaScore?: number,
): LeadPerson {
  const linkedinUrl = url && /linkedin\.com\/in\//.test(url) ? url.split(/[?#]/)[0] : undefined;
  const person: LeadPerson = { id: linkedinUrl ?? `name:${(p.name ?? '').trim().toLowerCase()}`, savedAt: at };
  for (const k of ['name', 'title', 'headline', 'location', 'seniority', 'department'] as const) {
    if (p[k]) person[k] = p[k];
  }
  if (linkedinUrl) person.linkedinUrl = linkedinUrl;
  if (personaScore !== undefined) person.personaScore = personaScore;
  return person;
}

const slugOf = (url?: string) =>
  url && /linkedin\.com\/(?:company|school|showcase)\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase();
const idOf = (slug?: string) => (slug && /^\d+$/.test(slug) ? slug : undefined);

/**
 * What "Save lead" saves for a tab (or one row of a result list): the company with its
 * provenance and score; on a profile, the person under their employer. Undefined when there is
 * nothing to save (no company name, domain or LinkedIn page).
 */
export function saveInputFromTab(tab: TabFit, ctx: SaveContext, row?: number): SaveInput | undefined {
  let company: Company | undefined;
  let origins: Record<string, FieldOrigin> = {};
  let scored: ToneFit | undefined;
  let person: LeadPerson | undefined;
  let sourceUrl = tab.url;
  if (row !== undefined) {
    const r = tab.rows?.[row];
    if (!r) return undefined;
    if (r.kind === 'company' && r.company) {
      company = r.company;
      scored = r.result;
      sourceUrl = r.url ?? tab.url;
    } else if (r.person) {
      person = leadPerson(r.person, r.url, ctx.at, r.result?.fit.score);
      company = r.person.companyName ? { name: r.person.companyName } : undefined;
    }
  } else if (tab.kind === 'company' && tab.company) {
    company = tab.company;
    origins = tab.origins ?? {};
    scored = tab.fit && tab.tone ? { fit: tab.fit, tone: tab.tone } : undefined;
  } else if (tab.kind === 'person' && tab.person) {
    person = leadPerson(tab.person, tab.url, ctx.at, tab.personaFit?.fit.score);
    const e = tab.employer;
    company = e?.company ?? (e?.name || e?.linkedinUrl ? { name: e.name, linkedinUrl: e.linkedinUrl } : undefined);
    scored = e?.result;
  }
  if (!company || !(company.name || company.domain || company.linkedinUrl)) return undefined;
  const { fit, tone } = scored ?? ctx.scoreCompany(company);
  const slug = slugOf(company.linkedinUrl);
  return {
    company,
    origins,
    ...(person ? { person } : {}),
    score: snapshotFrom(fit, tone, ctx),
    sourceUrl,
    at: ctx.at,
    ...(slug ? { linkedinSlug: slug } : {}),
    ...(idOf(slug) ? { linkedinId: idOf(slug) } : {}),
  };
}
