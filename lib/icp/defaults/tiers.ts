import type { Tier } from '../schema-common';

/** The three tiers every bundled ICP uses, so reps learn one vocabulary. */
export const defaultTiers: Tier[] = [
  { id: 'a', label: 'A — Ideal fit', min: 80, action: 'Work now: personal outreach within 48 hours' },
  { id: 'b', label: 'B — Good fit', min: 50, action: 'Add to a sequence and watch for buying signals' },
  { id: 'c', label: 'C — Poor fit', min: 0, action: 'Leave to marketing nurture' },
];
