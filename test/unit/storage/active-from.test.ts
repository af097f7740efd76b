import { describe, expect, it } from 'vitest';
import { defaultBundle } from '../../../lib/icp/defaults';
import type { IcpBundle } from '../../../lib/icp/schema';
import { activeFrom, personalSide } from '../../../lib/storage/active-from';

const team: IcpBundle = { ...structuredClone(defaultBundle), id: 'acme-team', name: 'Acme team ICP', version: 3 };
const mine: IcpBundle = { ...structuredClone(defaultBundle), id: 'mine', name: 'Mine', version: 2 };
const none = { personal: null, team: null, activeId: null, chosen: null };

describe('the ICP in use, from what storage holds', () => {
  it('is the bundled default ICP when nothing is stored', () => {
    const active = activeFrom(none);
    expect(active).toMatchObject({ source: 'personal', isDefault: true, icp: { id: defaultBundle.defaultIcpId } });
    expect(active.team).toBeUndefined();
  });

  it("is the team's once subscribed, with the rep's own ICPs beside it", () => {
    const active = activeFrom({ ...none, personal: mine, team });
    expect(active.source).toBe('team');
    expect(active.bundle.id).toBe('acme-team');
    expect(active.personal.id).toBe('mine');
    expect(active.team?.version).toBe(3);
  });

  it('is a personal ICP when the rep chose one, the team bundle staying beside it', () => {
    const active = activeFrom({ personal: mine, team, activeId: 'enterprise-security', chosen: 'personal' });
    expect(active).toMatchObject({ source: 'personal', bundle: { id: 'mine' }, icp: { id: 'enterprise-security' } });
    expect(active.team?.id).toBe('acme-team');
  });

  it("falls back to the bundle's default ICP for an id it does not have", () => {
    expect(activeFrom({ ...none, team, activeId: 'gone' }).icp.id).toBe(team.defaultIcpId);
  });

  it('reads a stored bundle that no longer parses as missing: defaults for the personal one, no team', () => {
    const broken = { schemaVersion: 1, id: 'x' };
    const active = activeFrom({ personal: broken, team: broken, activeId: null, chosen: 'team' });
    expect(active).toMatchObject({ source: 'personal', isDefault: true });
    expect(active.team).toBeUndefined();
  });

  it("gives the editor the rep's own side while the team's ICP is in use", () => {
    const active = activeFrom({ personal: mine, team, activeId: 'mid-market-saas', chosen: null });
    const own = personalSide(active);
    expect(own).toMatchObject({ source: 'personal', bundle: { id: 'mine' }, icp: { id: mine.defaultIcpId } });
    expect(personalSide(own)).toBe(own);
  });
});
