import { describe, expect, it } from 'vitest';
import { moveToSync } from '../../../lib/storage/sync-move';

/** An in-memory storage area, with an optional failure on set. */
function area(initial: Record<string, unknown> = {}, failSet = false) {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(items: Record<string, unknown>) {
      if (failSet) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      Object.assign(data, items);
    },
    async remove(key: string) {
      delete data[key];
    },
  };
}

describe('moving personal settings to storage.sync', () => {
  it('moves what an older version kept locally, once, and leaves other keys alone', async () => {
    const local = area({ activeIcpId: 'germany', settings: { inPageBadges: false }, icpBundle: { big: true } });
    const sync = area();
    expect(await moveToSync(local as never, sync as never)).toEqual(['activeIcpId', 'settings']);
    expect(sync.data).toEqual({ activeIcpId: 'germany', settings: { inPageBadges: false } });
    expect(local.data).toEqual({ icpBundle: { big: true } });
    expect(await moveToSync(local as never, sync as never)).toEqual([]);
  });

  it('keeps a value another browser already synced, and keeps the local one when sync refuses', async () => {
    const local = area({ activeIcpId: 'old', teamSubscription: { url: 'https://x.test/b.json' } });
    const sync = area({ activeIcpId: 'from-laptop' });
    await moveToSync(local as never, sync as never);
    expect(sync.data.activeIcpId).toBe('from-laptop');
    expect(sync.data.teamSubscription).toEqual({ url: 'https://x.test/b.json' });

    const kept = area({ settings: { autoSites: true } });
    expect(await moveToSync(kept as never, area({}, true) as never)).toEqual([]);
    expect(kept.data).toEqual({ settings: { autoSites: true } });
  });
});
