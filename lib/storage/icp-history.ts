import { storage } from '#imports';
import { parseBundle } from '../icp/errors';
import { addToHistory, type HistoryEntry } from '../icp/edit/history';
import { KEYS } from './keys';

/** The ICP editor's saved versions, newest first (lib/icp/edit/history.ts), in storage.local. */
export const icpHistoryItem = storage.defineItem<unknown>(KEYS.icpHistory, { fallback: [], version: 1 });

/** Stored entries that still parse; a damaged one is dropped rather than breaking the editor. */
export async function loadHistory(): Promise<HistoryEntry[]> {
  const stored = await icpHistoryItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((e: Partial<HistoryEntry>) => {
    const parsed = parseBundle(e?.bundle);
    if (!parsed.ok || typeof e.savedAt !== 'string') return [];
    return [
      { version: parsed.value.version, savedAt: e.savedAt, note: String(e.note ?? 'Saved'), bundle: parsed.value },
    ];
  });
}

export async function recordVersion(entry: HistoryEntry): Promise<HistoryEntry[]> {
  const next = addToHistory(await loadHistory(), entry);
  await icpHistoryItem.setValue(next);
  return next;
}
