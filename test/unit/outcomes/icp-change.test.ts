import { describe, expect, it } from 'vitest';
import { icpFingerprint, nextIcpChange, readRecordedIcpChange } from '../../../lib/outcomes/icp-change';

const active = { bundle: { id: 'team', version: 7 }, icp: { id: 'saas' } };
const AT = '2027-01-10T08:00:00.000Z';

describe('recording the last ICP change', () => {
  it('records the first change it hears of', () => {
    expect(nextIcpChange(null, active, AT)).toEqual({ at: AT, icp: icpFingerprint(active) });
  });

  it('records nothing when the ICP in use is the one recorded (the same ICP heard of again)', () => {
    const stored = { at: '2026-12-01T00:00:00.000Z', icp: icpFingerprint(active) };
    expect(nextIcpChange(stored, active, AT)).toBeUndefined();
  });

  it('records a new version, another bundle or another ICP of the bundle', () => {
    const stored = { at: '2026-12-01T00:00:00.000Z', icp: icpFingerprint(active) };
    for (const other of [
      { ...active, bundle: { id: 'team', version: 8 } },
      { ...active, bundle: { id: 'mine', version: 7 } },
      { ...active, icp: { id: 'enterprise' } },
    ]) {
      expect(nextIcpChange(stored, other, AT)).toEqual({ at: AT, icp: icpFingerprint(other) });
    }
  });

  it('replaces a damaged record instead of trusting it', () => {
    expect(readRecordedIcpChange({ at: 'last week', icp: 'x' })).toBeUndefined();
    expect(nextIcpChange({ at: 'last week', icp: icpFingerprint(active) }, active, AT)?.at).toBe(AT);
  });
});
