import { storage } from '#imports';
import { nextIcpChange, readRecordedIcpChange, type IcpInUse, type RecordedIcpChange } from '../outcomes/icp-change';
import { KEYS } from './keys';

/** When the ICP that scores pages last changed (lib/outcomes/icp-change.ts), for the ICP review reminder. */
export const icpChangeItem = storage.defineItem<unknown>(KEYS.icpChange, { fallback: null, version: 1 });

/**
 * Called by the background whenever the bundle or the chosen ICP changes, whatever changed it
 * (editor, import, team sync, another ICP chosen): records `at` when the ICP in use is another.
 */
export async function recordIcpChange(active: IcpInUse, at = new Date().toISOString()): Promise<void> {
  const next = nextIcpChange(await icpChangeItem.getValue(), active, at);
  if (next) await icpChangeItem.setValue(next);
}

export async function loadIcpChange(): Promise<RecordedIcpChange | undefined> {
  return readRecordedIcpChange(await icpChangeItem.getValue());
}
