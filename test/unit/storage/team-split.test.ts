import { describe, expect, it } from 'vitest';
import { defaultBundle } from '../../../lib/icp/defaults';
import type { IcpBundle } from '../../../lib/icp/schema';
import { planTeamSplit } from '../../../lib/storage/team-split';

const team: IcpBundle = { ...structuredClone(defaultBundle), id: 'acme-team', name: 'Acme team ICP', version: 4 };
const imported: IcpBundle = { ...structuredClone(defaultBundle), id: 'my-own', name: 'Mine', version: 2 };

describe('storing the team bundle beside the personal one (update from a version that kept one)', () => {
  it('moves the team bundle out of the personal slot: the personal ICPs go back to the defaults', () => {
    expect(planTeamSplit(team, team, null)).toEqual({ personal: null, team, source: 'team' });
    // An older team version left in use (a failed check since) is the team's copy too.
    expect(planTeamSplit({ ...team, version: 3 }, team, null)).toEqual({ personal: null, team, source: 'team' });
  });

  it("keeps a manager's personal copy (same id, higher version) or another bundle in use", () => {
    const copy = { ...team, version: 5, name: 'Acme team ICP (personal copy)' };
    expect(planTeamSplit(copy, team, null)).toEqual({ personal: copy, team, source: 'personal' });
    expect(planTeamSplit(imported, team, null)).toEqual({ personal: imported, team, source: 'personal' });
  });

  it('uses the team bundle when the personal slot holds the defaults or a bundle that no longer parses', () => {
    expect(planTeamSplit(null, team, null)).toEqual({ personal: null, team, source: 'team' });
    expect(planTeamSplit({ broken: true }, team, null)).toEqual({ personal: { broken: true }, team, source: 'team' });
  });

  it('does nothing when the split was done, or there is no good team bundle', () => {
    expect(planTeamSplit(team, team, team)).toBeUndefined();
    expect(planTeamSplit(team, undefined, null)).toBeUndefined();
    expect(planTeamSplit(team, { schemaVersion: 1 }, null)).toBeUndefined();
  });
});
