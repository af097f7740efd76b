import { searchText } from './query';
import { moved } from './snapshot';
import type { Lead, LeadRow } from './types';

/** How much of the notes a row carries (for the table and its search). */
export const NOTES_PREVIEW = 200;

/**
 * The leads table's row of a lead. Derived from the lead alone, so rows can always be rebuilt
 * (a restored backup, an upgrade) and every write keeps the two in step.
 */
export function rowOf(lead: Omit<Lead, 'origins'>): LeadRow {
  const row: LeadRow = {
    key: lead.key,
    name: lead.name,
    score: lead.score.score,
    tierId: lead.score.tierId,
    tierLabel: lead.score.tierLabel,
    tone: lead.score.tone,
    icpId: lead.score.icpId,
    icpName: lead.score.icpName,
    status: lead.status,
    tags: [...lead.tags],
    notesPreview: lead.notes.slice(0, NOTES_PREVIEW),
    peopleCount: lead.people.length,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
    lastSeen: lead.lastSeen,
  };
  if (lead.domain !== undefined) row.domain = lead.domain;
  if (lead.country !== undefined) row.country = lead.country;
  row.search = searchText(row);
  const m = lead.previousScore && moved(lead.previousScore, lead.score);
  if (m) row.moved = lead.movedSince === undefined ? m : { ...m, sinceVersion: lead.movedSince };
  return row;
}
