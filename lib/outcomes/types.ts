import type { Activity, Lead, ScoreSnapshot } from '../leads/types';
import type { TierTone } from '../messaging/protocol';

/**
 * What outcome tracking reads of a saved lead and of the activity log. Kept this narrow so the
 * options page reads only won and lost leads, and unit tests can build them in a line.
 */
export type OutcomeLead = Pick<Lead, 'key' | 'status' | 'score' | 'previousScore' | 'createdAt' | 'updatedAt'>;
export type StatusEntry = Pick<Activity, 'leadKey' | 'at' | 'type' | 'from' | 'to' | 'score'>;

/** A time span: decisions after `from` up to and including `to`; no `from` means all time. */
export interface Period {
  from?: string;
  to: string;
}

/** A won or lost lead, dated and placed in a tier. */
export interface Decision {
  key: string;
  won: boolean;
  /** When it was decided (ISO). */
  at: string;
  /** True when `at` is the logged status change; false when it is the lead's last update (no such entry). */
  logged: boolean;
  /** Calendar days (UTC) from saving the lead to deciding it; only for logged decisions. */
  days?: number;
  /** The score the lead is counted with: the one it had when decided where the data says it. */
  snapshot: ScoreSnapshot;
  /** False when the lead changed tier after its decision and its tier then is not known: counted in its current tier. */
  tierKnown: boolean;
}

/** A tier as outcome tracking shows it. */
export interface TierRef {
  id: string;
  label: string;
  tone: TierTone;
}

/** Won out of decided, with a 95% interval (Wilson score); no rate without decided leads. */
export interface Rate {
  won: number;
  decided: number;
  rate?: number;
  low?: number;
  high?: number;
}
