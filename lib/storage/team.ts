import { browser, storage } from '#imports';
import { readPolicy, effectiveTeamSettings } from '../team/policy';
import {
  readTeamStatus,
  readTeamSubscription,
  type StoredRead,
  type TeamStatus,
  type TeamSubscription,
} from '../team/sync-state';
import type { EffectiveTeamSettings, TeamPolicy } from '../team/types';
import { KEYS } from './keys';

/**
 * Team sync's storage: the rep's subscription and the sync status (lib/team/sync-state.ts says
 * what each holds). Both are stored as `unknown` and parsed on every read.
 */
export const teamSubscriptionItem = storage.defineItem<unknown>(KEYS.teamSubscription, {
  fallback: null,
  version: 1,
});
export const teamStatusItem = storage.defineItem<unknown>(KEYS.teamStatus, { fallback: null, version: 1 });

export async function loadTeamSubscription(): Promise<StoredRead<TeamSubscription>> {
  return readTeamSubscription(await teamSubscriptionItem.getValue());
}

export async function loadTeamStatus(): Promise<StoredRead<TeamStatus>> {
  return readTeamStatus(await teamStatusItem.getValue());
}

/** Enterprise policy; a browser without managed storage (or none set) reads as no policy. */
export async function loadTeamPolicy(): Promise<TeamPolicy> {
  const managed = await browser.storage.managed.get(null).catch(() => undefined);
  return readPolicy(managed);
}

export interface TeamSettingsRead {
  settings: EffectiveTeamSettings;
  policy: TeamPolicy;
  subscription?: TeamSubscription;
  /** A damaged stored subscription, in words. */
  problem?: string;
}

/** The team settings in force: policy over the rep's subscription (effectiveTeamSettings). */
export async function loadTeamSettings(): Promise<TeamSettingsRead> {
  const [policy, own] = await Promise.all([loadTeamPolicy(), loadTeamSubscription()]);
  return {
    settings: effectiveTeamSettings(policy, own.value),
    policy,
    ...(own.value && { subscription: own.value }),
    ...(own.problem && { problem: own.problem }),
  };
}

/**
 * The warning the toolbar shows while the last team check failed, or while a team key waits for
 * the rep's confirmation (a check by the alarm may be the first to see it), or undefined.
 */
export async function loadTeamWarning(): Promise<string | undefined> {
  const status = (await loadTeamStatus()).value;
  if (status?.failure) return `Team ICP not updated: ${status.failure.message}`;
  if (status?.pending) {
    return `Team ICP not in use yet: check key id ${status.pending.keyId} with your manager in ICP Lens settings, Team ICP`;
  }
  return undefined;
}

/** The host permission the background needs to fetch the bundle (any port of its host). */
export function bundleOrigins(url: string): string[] {
  const { protocol, hostname } = new URL(url);
  return [`${protocol}//${hostname}/*`];
}
