import { z } from 'zod';

/**
 * The background's record of the last change of the ICP that scores pages: when, and which ICP
 * it became (bundle id, version and ICP id), so hearing of the same ICP again records nothing.
 * An edit bumps the bundle's version, so a changed ICP is always another fingerprint.
 */
export const recordedIcpChangeSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  icp: z.string().min(1).max(2000),
});
export type RecordedIcpChange = z.infer<typeof recordedIcpChangeSchema>;

export interface IcpInUse {
  bundle: { id: string; version: number };
  icp: { id: string };
}

export function icpFingerprint(active: IcpInUse): string {
  return JSON.stringify([active.bundle.id, active.bundle.version, active.icp.id]);
}

/** A stored record that still parses, else undefined (storage outlives code versions). */
export function readRecordedIcpChange(raw: unknown): RecordedIcpChange | undefined {
  const parsed = recordedIcpChangeSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The record to store now that `active` is in use: undefined when it is the ICP recorded already. */
export function nextIcpChange(stored: unknown, active: IcpInUse, at: string): RecordedIcpChange | undefined {
  const icp = icpFingerprint(active);
  return readRecordedIcpChange(stored)?.icp === icp ? undefined : { at, icp };
}
