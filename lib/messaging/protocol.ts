import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Company } from '../icp/company';
import type { ExtractResult, PageKind, Provenance } from '../extract/types';
import type { FitResult } from '../icp/result';

/** Tone of a tier, so every surface uses one colour for it. */
export type TierTone = 'high' | 'mid' | 'low';

/** What the background keeps per tab and the popup renders; UIs never re-score. */
export interface TabFit {
  tabId: number;
  url: string;
  kind: PageKind;
  /** Company name (or person name on a profile), for headings. */
  title?: string;
  company?: Company;
  provenance: Record<string, Provenance>;
  missing: string[];
  icp: { id: string; name: string };
  fit?: FitResult;
  tone?: TierTone;
  scoredAt: string;
}

/** The compact answer a content script needs to draw its in-page badge. */
export interface BadgeView {
  score: number;
  tierId: string;
  tierLabel: string;
  tone: TierTone;
  /** A few short reason lines for the tooltip. */
  reasons: string[];
}

/**
 * One typed protocol. The prefix says who sends: `cs:` a content script, `ui:` an extension page.
 * The background parses every payload (lib/messaging/validate.ts) before it acts on it.
 */
export interface ProtocolMap {
  'cs:pageExtracted'(data: { url: string; result: ExtractResult }): BadgeView | null;
  'ui:getFitForTab'(data: { tabId: number }): TabFit | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
