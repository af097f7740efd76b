import { parseBundle } from '../icp/errors';
import type { IcpSource } from './items';

export interface SplitPlan {
  /** The personal bundle to keep (null: back to the bundled defaults). */
  personal: unknown;
  team: unknown;
  source: IcpSource;
}

/**
 * Versions before personal ICPs could sit beside the team's kept one bundle in use: team sync
 * wrote the team's bundle over it. Given what such a version stored (the bundle in use and the
 * team's last good bundle), this says how to store them apart: the team's bundle beside a
 * personal one; the bundle in use was the team's own copy when it has the team bundle's id and
 * no higher version (a personal copy of it had a higher one). Undefined: nothing to move.
 */
export function planTeamSplit(inUse: unknown, teamLastGood: unknown, teamStored: unknown): SplitPlan | undefined {
  if (teamStored !== null && teamStored !== undefined) return undefined;
  const team = teamLastGood === undefined || teamLastGood === null ? undefined : parseBundle(teamLastGood);
  if (!team?.ok) return undefined;
  const current = inUse === null || inUse === undefined ? undefined : parseBundle(inUse);
  const teamCopy = current?.ok && current.value.id === team.value.id && current.value.version <= team.value.version;
  return teamCopy
    ? { personal: null, team: team.value, source: 'team' }
    : { personal: inUse ?? null, team: team.value, source: current?.ok ? 'personal' : 'team' };
}
