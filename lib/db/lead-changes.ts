/**
 * Saved leads changed: which buckets (lib/db/buckets.ts), announced after each write commits,
 * to every extension page and the background (BroadcastChannel reaches every context of the
 * extension's origin, the writer's own page included when it listens with another channel
 * object). The leads page re-reads just those buckets' rows instead of the whole list.
 */
const CHANNEL = 'icp-lens-leads';

export interface LeadChanges {
  /** Buckets whose leads changed. */
  buckets: number[];
}

let sender: BroadcastChannel | undefined;

/** Tells every listener which buckets changed (nothing when BroadcastChannel is missing). */
export function announceLeadChanges(buckets: readonly number[]): void {
  if (!buckets.length || typeof BroadcastChannel === 'undefined') return;
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage({ buckets: [...buckets] } satisfies LeadChanges);
}

/** Calls `onChange` with the buckets of each committed write, from any context; returns the unsubscribe. */
export function onLeadChanges(onChange: (changes: LeadChanges) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const data = e.data as Partial<LeadChanges> | null;
    const buckets = Array.isArray(data?.buckets) ? data.buckets.filter((b) => Number.isInteger(b)) : [];
    if (buckets.length) onChange({ buckets });
  };
  return () => channel.close();
}
