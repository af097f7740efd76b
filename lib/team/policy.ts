import { z } from 'zod';
import { formatIssues } from '../icp/errors';
import type { EffectiveTeamSettings, TeamPolicy, UserTeamSettings } from './types';

export const DEFAULT_POLL_MINUTES = 60;
export const MIN_POLL_MINUTES = 5;
export const MAX_POLL_MINUTES = 1440;

/** http(s) only: the bundle URL is fetched from the background. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const PEM_PUBLIC_KEY = /^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----$/;

/** One schema per key of public/managed-schema.json, so a bad entry costs only itself. */
const policyFields = {
  teamBundleUrl: z.string().trim().refine(isWebUrl, 'expected a web address starting with https://'),
  teamPublicKey: z
    .string()
    .trim()
    .regex(PEM_PUBLIC_KEY, 'expected a PEM public key ("-----BEGIN PUBLIC KEY----- ...")'),
  inlineBundle: z.looseObject({}),
  lock: z.boolean(),
  pollMinutes: z.number().int(),
};
type PolicyKey = keyof typeof policyFields;
type PolicyValues = { [K in PolicyKey]?: z.infer<(typeof policyFields)[K]> };

const isKey = (key: string): key is PolicyKey => Object.hasOwn(policyFields, key);

export function clampPollMinutes(minutes: number): number {
  return Math.min(MAX_POLL_MINUTES, Math.max(MIN_POLL_MINUTES, Math.round(minutes)));
}

function readValues(managed: Record<string, unknown>, errors: string[]): PolicyValues {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(managed)) {
    if (!isKey(key)) {
      errors.push(`policy "${key}" is not an ICP Lens setting; ignored`);
      continue;
    }
    // Blank text is what admin templates leave behind: treat it as not set.
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const parsed = policyFields[key].safeParse(value, { reportInput: true });
    if (parsed.success) values[key] = parsed.data;
    else errors.push(`policy "${key}" ignored: ${formatIssues(parsed.error)[0]?.message ?? 'invalid value'}`);
  }
  return values as PolicyValues;
}

/**
 * Validates what `storage.managed` holds. Never throws: an invalid entry is left out and
 * reported in `errors`, the others still apply; `pollMinutes` is clamped to 5..1440.
 */
export function readPolicy(managed: unknown): TeamPolicy {
  const errors: string[] = [];
  if (managed === undefined || managed === null) return { lock: false, errors };
  if (typeof managed !== 'object' || Array.isArray(managed)) {
    return { lock: false, errors: ['the managed policy is not an object; ignored'] };
  }
  const values = readValues(managed as Record<string, unknown>, errors);
  const policy: TeamPolicy = { lock: values.lock ?? false, errors };
  if (values.teamBundleUrl !== undefined) policy.teamBundleUrl = values.teamBundleUrl;
  if (values.teamPublicKey !== undefined) policy.teamPublicKey = values.teamPublicKey;
  if (values.inlineBundle !== undefined) policy.inlineBundle = values.inlineBundle;
  if (values.pollMinutes !== undefined) {
    policy.pollMinutes = clampPollMinutes(values.pollMinutes);
    if (policy.pollMinutes !== values.pollMinutes) {
      errors.push(
        `policy "pollMinutes" ${values.pollMinutes} is outside ${MIN_POLL_MINUTES}..${MAX_POLL_MINUTES}; using ${policy.pollMinutes}`,
      );
    }
  }
  return policy;
}

/**
 * The team settings in force: managed values win over the rep's. A policy URL or inline bundle
 * replaces the rep's URL; the rep's key goes with the rep's URL only (or with the policy URL
 * when it is the same address, as after confirming the key shown on first fetch). With `lock`,
 * the rep's settings are ignored altogether.
 */
export function effectiveTeamSettings(policy: TeamPolicy, user: UserTeamSettings = {}): EffectiveTeamSettings {
  const own = policy.lock ? {} : user;
  const policySource = policy.teamBundleUrl !== undefined || policy.inlineBundle !== undefined;
  const url = policy.teamBundleUrl ?? (policySource ? undefined : own.url);
  const inlineBundle = policy.teamBundleUrl === undefined ? policy.inlineBundle : undefined;
  const ownKeyFits = own.publicKey !== undefined && url !== undefined && own.url === url;
  const publicKey = policy.teamPublicKey ?? (ownKeyFits ? own.publicKey : undefined);
  const ownPoll = Number.isFinite(own.pollMinutes) ? clampPollMinutes(own.pollMinutes!) : undefined;
  const pollMinutes = policy.pollMinutes ?? ownPoll ?? DEFAULT_POLL_MINUTES;
  return {
    ...(url !== undefined && { url }),
    ...(publicKey !== undefined && { publicKey }),
    ...(inlineBundle !== undefined && { inlineBundle }),
    requireSignature: publicKey !== undefined,
    locked: policy.lock,
    pollMinutes,
    managed: {
      url: policy.teamBundleUrl !== undefined,
      publicKey: policy.teamPublicKey !== undefined,
      inlineBundle: inlineBundle !== undefined,
      pollMinutes: policy.pollMinutes !== undefined,
      lock: policy.lock,
    },
  };
}
