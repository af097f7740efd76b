import { z } from 'zod';
import { formatIssues, parseBundle } from '../icp/errors';
import type { IcpBundle } from '../icp/schema-bundle';
import { isWebUrl, PEM_PUBLIC_KEY } from './policy';
import type { EffectiveTeamSettings } from './types';

/**
 * What team sync keeps in storage, and how it is read back. Storage outlives code versions and
 * can be damaged, so every read goes through these schemas: a value that does not parse reads as
 * "not subscribed" (or "never checked") with a sentence saying so, never as a crash.
 */

/** The source of an inline bundle pushed by policy (it has no URL). */
export const INLINE_SOURCE = 'policy:inline';

/** What the rep set in the options page. */
export const teamSubscriptionSchema = z.object({
  url: z.string().trim().max(4000).refine(isWebUrl, 'expected a web address starting with https://'),
  publicKey: z.string().trim().max(10_000).regex(PEM_PUBLIC_KEY, 'expected a PEM public key').optional(),
  pollMinutes: z.number().int().positive().optional(),
});
export type TeamSubscription = z.infer<typeof teamSubscriptionSchema>;

export const teamFailureSchema = z.object({
  code: z.string().min(1).max(40),
  message: z.string().max(2000),
  at: z.iso.datetime(),
});
export type TeamFailure = z.infer<typeof teamFailureSchema>;

/**
 * A key shown on first fetch and not yet trusted: the key a signed envelope carried and the
 * bundle it verified, named so the rep can check the key id with their manager. Nothing of it is
 * applied; trusting pins `publicKey` into the subscription and checks again with it.
 */
export const pendingKeySchema = z.object({
  publicKey: z.string().max(10_000).regex(PEM_PUBLIC_KEY, 'expected a PEM public key'),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits'),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 hex digits'),
  bundle: z.object({ id: z.string(), name: z.string(), version: z.number().int() }),
  at: z.iso.datetime(),
});
export type PendingKey = z.infer<typeof pendingKeySchema>;

/**
 * May the rep confirm a key shown on first fetch? Only for a URL with no key set, rep's or
 * policy's, and not under lock (the confirmed key is stored in the rep's subscription).
 */
export function mayTrustOnFirstUse(settings: EffectiveTeamSettings): boolean {
  return settings.url !== undefined && settings.publicKey === undefined && !settings.locked;
}

/** Where sync stands for one source (a URL or the policy's inline bundle). */
const teamStatusShape = z.object({
  source: z.string().min(1).max(4000),
  /** The ETag of the last good bundle, sent as If-None-Match. */
  etag: z.string().max(1000).optional(),
  /** The key the last good bundle was checked with: another key means fetch again. */
  publicKey: z.string().max(10_000).optional(),
  /** The last good bundle; checked again with the bundle schema on every read. */
  bundle: z.unknown().optional(),
  signed: z.boolean().optional(),
  keyId: z.string().max(100).optional(),
  appliedAt: z.iso.datetime().optional(),
  checkedAt: z.iso.datetime().optional(),
  /** What the last applied version changed, for the options page. */
  changes: z.array(z.string().max(500)).max(20).optional(),
  /** The last check's failure; cleared by the next success. */
  failure: teamFailureSchema.optional(),
  /** A key waiting for the rep's confirmation; the bundle in use (if any) stays meanwhile. */
  pending: pendingKeySchema.optional(),
});
export type TeamStatus = Omit<z.infer<typeof teamStatusShape>, 'bundle'> & { bundle?: IcpBundle };

export type StoredRead<T> = { value?: T; problem?: string };

function damaged(what: string, issues: { path: string; message: string }[], then: string): string {
  const first = issues[0];
  const where = first ? ` (${first.path}: ${first.message})` : '';
  return `The saved ${what} could not be read${where}; ${then}`;
}

/** The rep's subscription, or none: a damaged one is dropped with a sentence saying so. */
export function readTeamSubscription(raw: unknown): StoredRead<TeamSubscription> {
  if (raw === null || raw === undefined) return {};
  const parsed = teamSubscriptionSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { value: parsed.data };
  return { problem: damaged('team subscription', formatIssues(parsed.error), 'subscribe again below.') };
}

/** Sync status, or none; a damaged last good bundle is left out (the next fetch replaces it). */
export function readTeamStatus(raw: unknown): StoredRead<TeamStatus> {
  if (raw === null || raw === undefined) return {};
  const parsed = teamStatusShape.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return { problem: damaged('team sync status', formatIssues(parsed.error), 'it will be checked again.') };
  }
  const { bundle, ...rest } = parsed.data;
  if (bundle === undefined) return { value: rest };
  const good = parseBundle(bundle);
  if (good.ok) return { value: { ...rest, bundle: good.value } };
  return {
    value: rest,
    problem: damaged('team bundle', good.errors, 'the next check fetches it again.'),
  };
}
