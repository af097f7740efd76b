import type { Company } from '../icp/company';
import type { FieldOrigin } from '../merge/merge-company';
import type { TierTone } from '../messaging/protocol';

/**
 * A saved lead: one company the rep keeps (with the people saved under it), its score when it was
 * last scored, and the rep's own work on it. Stored in Dexie (lib/db/database.ts, `leads`), with a
 * lean copy of what the leads table shows in `leadRows` (same key) so 50,000 leads list fast.
 */

export const LEAD_STATUSES = ['new', 'working', 'qualified', 'disqualified', 'won', 'lost'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** What a lead scored, against which ICP of which bundle version, and when. */
export interface ScoreSnapshot {
  icpId: string;
  icpName: string;
  /** The ICP bundle's version (it grows with each publish); 0 for the bundled defaults. */
  bundleVersion: number;
  bundleId: string;
  score: number;
  tierId: string;
  tierLabel: string;
  tone: TierTone;
  /** 0..1: share of the ICP's points that could be checked. */
  coverage: number;
  disqualified: boolean;
  lowConfidence: boolean;
  scoredAt: string;
}

/** A person saved under their company (from a LinkedIn profile). */
export interface LeadPerson {
  /** The profile URL when known, else the name: the person's identity within the lead. */
  id: string;
  name?: string;
  title?: string;
  headline?: string;
  location?: string;
  seniority?: string;
  department?: string;
  linkedinUrl?: string;
  /** Persona fit when saved. */
  personaScore?: number;
  savedAt: string;
}

export interface Lead {
  /** Identity (lib/leads/lead-key.ts): `domain:<registrable domain>`, else `li:<LinkedIn id or slug>`, else `name:<folded name>|<country>`. */
  key: string;
  name: string;
  domain?: string;
  linkedinId?: string;
  linkedinSlug?: string;
  linkedinUrl?: string;
  /** ISO 3166-1 alpha-2 of the headquarters, when known. */
  country?: string;
  /** The normalized company, as merged from its LinkedIn page and website. */
  company: Company;
  /** Where each company field came from. */
  origins: Record<string, FieldOrigin>;
  people: LeadPerson[];
  score: ScoreSnapshot;
  /** The score before the last re-score that changed the tier or the score ("B → A since v7"). */
  previousScore?: ScoreSnapshot;
  /**
   * The bundle version of the re-score that set `previousScore` (the "v7" of "since v7"). Kept when
   * a later re-score changes nothing; absent on leads written before it existed (then the current
   * score's version is shown).
   */
  movedSince?: number;
  status: LeadStatus;
  notes: string;
  tags: string[];
  /** The page it was saved from (or "import:<file name>"). */
  sourceUrl: string;
  createdAt: string;
  updatedAt: string;
  /** When its company was last seen on a page (or saved/imported). */
  lastSeen: string;
}

/** What the leads table shows of a lead: a lean copy kept in step with `leads` in every write. */
export interface LeadRow {
  key: string;
  name: string;
  domain?: string;
  country?: string;
  score: number;
  tierId: string;
  tierLabel: string;
  tone: TierTone;
  icpId: string;
  icpName: string;
  status: LeadStatus;
  tags: string[];
  /** First 200 characters of the notes, for the table and search. */
  notesPreview: string;
  peopleCount: number;
  /** What search matches, folded once when the row is written (name, domain, ICP, status, tier, notes, tags). */
  search?: string;
  /** "B → A since v7": set when the last re-score moved the tier or score. */
  moved?: { fromScore: number; fromTierLabel: string; fromTone: TierTone; sinceVersion: number };
  createdAt: string;
  updatedAt: string;
  lastSeen: string;
}

/** The activity log: every status change (and other events) with its date, for outcome analysis. */
export type ActivityType = 'created' | 'status' | 'rescored' | 'deleted' | 'restored' | 'imported' | 'merged';
export interface Activity {
  id?: number;
  leadKey: string;
  at: string;
  type: ActivityType;
  /** Status changes: the old and new status; re-scores: old and new "score tier". */
  from?: string;
  to?: string;
  detail?: string;
  /**
   * Status changes: the lead's score when its status changed (so outcomes count a decided lead in
   * the tier it had then, whatever re-scores came later). Absent on entries written before.
   */
  score?: ScoreSnapshot;
}

/** The background's re-scoring of saved leads after an ICP change (kept in session storage). */
export interface RescoreProgress {
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  icpName: string;
  bundleVersion: number;
  startedAt: string;
  finishedAt?: string;
  /** Leads whose score or tier changed. */
  moved?: number;
  error?: string;
}
