import type { Browser } from '#imports';
import { bareKey, MOVED_TO_SYNC } from './keys';

type StorageArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

/**
 * Moves personal settings written by an older version to storage.local into storage.sync, once:
 * a value already in sync wins (it came from another of the user's browsers); the local copy is
 * removed after the move. A sync that refuses (quota, sync off) leaves the local value in place
 * for the next start. Returns the keys moved.
 */
export async function moveToSync(local: StorageArea, sync: StorageArea): Promise<string[]> {
  const keys = MOVED_TO_SYNC.map(bareKey);
  const [old, synced] = await Promise.all([local.get(keys), sync.get(keys)]);
  const moved: string[] = [];
  for (const key of keys) {
    if (!(key in old)) continue;
    try {
      if (!(key in synced)) await sync.set({ [key]: old[key] });
      await local.remove(key);
      moved.push(key);
    } catch {
      // Kept in storage.local: tried again at the next start.
    }
  }
  return moved;
}
