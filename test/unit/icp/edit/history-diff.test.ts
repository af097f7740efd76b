import { describe, expect, it } from 'vitest';
import { defaultBundle } from '@/lib/icp/defaults';
import { diffBundles } from '@/lib/icp/edit/diff';
import {
  addToHistory,
  HISTORY_CAP,
  nextVersion,
  personalCopy,
  revertTo,
  type HistoryEntry,
} from '@/lib/icp/edit/history';
import { bundleFileName, readBundleText } from '@/lib/icp/edit/import';
import { setIn, updateList } from '@/lib/icp/edit/paths';
import type { IcpBundle } from '@/lib/icp/schema';

const v1: IcpBundle = { ...defaultBundle, id: 'team', version: 1 };
const entry = (bundle: IcpBundle, note = 'Saved'): HistoryEntry => ({
  version: bundle.version,
  savedAt: '2026-06-30T09:00:00Z',
  note,
  bundle,
});

describe('diff between two versions', () => {
  it('lists criteria added, removed and re-weighted, and tier thresholds', () => {
    let v2 = nextVersion(v1, '2026-07-01T00:00:00Z');
    v2 = setIn(v2, ['icps', 0, 'criteria', 0, 'points'], 30);
    v2 = setIn(v2, ['icps', 0, 'tiers', 0, 'min'], 75);
    v2 = updateList(v2, ['icps', 0, 'criteria'], (list) => list.filter((c) => (c as { id: string }).id !== 'funding'));
    v2 = updateList(v2, ['icps', 0, 'criteria'], (list) => [
      ...list,
      { id: 'soc2', label: 'SOC 2', type: 'text', field: 'description', anyOf: ['SOC 2'], points: 5, dimension: 'fit' },
    ]);
    v2 = setIn(v2, ['icps', 0, 'criteria', 2, 'values'], ['US']);
    const diff = diffBundles(v1, v2);
    expect(diff).toMatchObject({ from: 1, to: 2, empty: false });
    expect(diff.profiles).toHaveLength(1);
    expect(diff.profiles[0]!.lines).toEqual([
      { kind: 'changed', text: '“Software or IT services”: 25 → 30 points' },
      { kind: 'changed', text: '“North America, UK or EU”: changed values' },
      { kind: 'added', text: 'Added criterion “SOC 2” (5 points)' },
      { kind: 'removed', text: 'Removed criterion “Raised funding in the last 12 months” (5 points)' },
      { kind: 'changed', text: 'Tier “A — Ideal fit” threshold 80 → 75' },
    ]);
  });

  it('notices ICPs added or removed and says when nothing changed', () => {
    const fewer = { ...v1, version: 2, icps: v1.icps.slice(0, 2) };
    expect(diffBundles(v1, fewer).profiles).toEqual([
      { list: 'icps', id: v1.icps[2]!.id, name: v1.icps[2]!.name, kind: 'removed', lines: [] },
    ]);
    expect(diffBundles(v1, nextVersion(v1, '2026-07-01T00:00:00Z')).empty).toBe(true);
  });
});

describe('history', () => {
  it('keeps the newest first and at most the cap', () => {
    let history: HistoryEntry[] = [];
    let bundle = v1;
    for (let i = 0; i < HISTORY_CAP + 5; i++) {
      history = addToHistory(history, entry(bundle));
      bundle = nextVersion(bundle, '2026-07-01T00:00:00Z');
    }
    expect(history).toHaveLength(HISTORY_CAP);
    expect(history[0]!.version).toBe(HISTORY_CAP + 5);
    expect(history.at(-1)!.version).toBe(6);
    expect(addToHistory(history, entry(history[0]!.bundle, 'Published'))).toHaveLength(HISTORY_CAP);
    expect(addToHistory([], entry(v1), 3)).toHaveLength(1);
  });

  it('reverts to an earlier content as a new, higher version', () => {
    const v2 = setIn(nextVersion(v1, '2026-07-01T00:00:00Z'), ['icps', 0, 'criteria', 0, 'points'], 30);
    const v3 = revertTo(v1, v2, '2026-07-02T00:00:00Z');
    expect(v3.version).toBe(3);
    expect(v3.icps).toEqual(v1.icps);
    expect(diffBundles(v2, v3).profiles[0]!.lines[0]!.text).toBe('“Software or IT services”: 30 → 25 points');
  });

  it('makes the bundled defaults the manager’s own bundle, and marks a team copy', () => {
    expect(personalCopy(defaultBundle, { isDefault: true, fromTeam: false })).toMatchObject({
      id: 'my-icps',
      name: 'My ICPs',
      version: 1,
    });
    expect(personalCopy(v1, { isDefault: false, fromTeam: true }).name).toBe('ICP Lens starter ICPs (personal copy)');
  });
});

describe('import', () => {
  it('validates first and names each problem', () => {
    expect(readBundleText(JSON.stringify(v1)).ok).toBe(true);
    const bad = readBundleText('{"schemaVersion": 1', 'team.json');
    expect(bad.ok || bad.errors[0]!.message).toMatch(/^team\.json is not valid JSON/);
    const invalid = readBundleText(JSON.stringify(setIn(v1, ['icps', 0, 'criteria', 0, 'points'], 'ten')));
    expect(invalid.ok || invalid.errors[0]).toEqual({
      path: '$.icps[0].criteria[0].points',
      message: 'expected a number, got string "ten"',
    });
    const signed = readBundleText('{"payload":"abc","signature":"def"}');
    expect(signed.ok || signed.errors[0]!.message).toContain('is a signed bundle');
    expect(bundleFileName(v1, '.signed')).toBe('team-v1.signed.json');
  });
});
