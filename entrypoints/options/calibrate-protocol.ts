import { z } from 'zod';
import type { FileSummary } from '@/components/calibrate/CalibrationFile';
import type { CalibrationOutcome, CalibrationPhase } from '@/lib/calibrate/types';
import { IMPORT_FIELDS } from '@/lib/csv/mapping';
import { icpBundleSchema } from '@/lib/icp/schema-bundle';

/**
 * Messages between the options page and the calibration worker. The page sends the file's bytes
 * once ("read"); the worker keeps the accounts it read, so a run ("calibrate") sends only the
 * bundle and the ICP. Both sides parse what they receive: a message that does not fit is reported
 * as an error that says which field is wrong, never acted on.
 */

const job = z.number().int().nonnegative();

const mappingSchema = z
  .array(z.object({ index: z.number().int().nonnegative(), header: z.string(), field: z.enum(IMPORT_FIELDS) }))
  .max(1000);

export const toWorkerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('read'),
    job,
    fileName: z.string().min(1).max(500),
    bytes: z.instanceof(ArrayBuffer),
    mapping: mappingSchema.optional(),
  }),
  z.object({
    kind: z.literal('calibrate'),
    job,
    bundle: icpBundleSchema,
    icpId: z.string().min(1),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'),
    now: z.iso.datetime(),
  }),
]);
export type ToWorker = z.input<typeof toWorkerSchema>;

/** What the page shows about a file read: everything but the accounts, which stay in the worker. */
export type ReadSummary = FileSummary;

export type WorkerPhase = 'reading' | CalibrationPhase;

export type FromWorker =
  | { kind: 'progress'; job: number; phase: WorkerPhase; fraction: number }
  | { kind: 'read'; job: number; summary: ReadSummary }
  | { kind: 'done'; job: number; outcome: CalibrationOutcome }
  | { kind: 'failed'; job: number; message: string };

const count = z.number().int().nonnegative();
const winRate = z.looseObject({ won: count, n: count, rate: z.number().nullable() });
const model = z.looseObject({
  auc: z.number().min(0).max(1),
  precisionAtTop: z.number().nullable(),
  roc: z.array(z.object({ fpr: z.number(), tpr: z.number(), minScore: z.number().nullable() })).max(1000),
  tiers: z.array(z.looseObject({ id: z.string(), label: z.string() })),
});

/**
 * The worker's answers, checked for the fields the page reads (nested parts it only passes on,
 * like the suggested ICP, are checked again by the editor before anything is saved).
 */
export const fromWorkerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('progress'),
    job,
    phase: z.enum(['reading', 'scoring', 'fitting', 'choosing', 'evaluating']),
    fraction: z.number().min(0).max(1),
  }),
  z.object({
    kind: z.literal('read'),
    job,
    summary: z.looseObject({
      fileName: z.string(),
      headers: z.array(z.string()),
      mapping: mappingSchema,
      errors: z.array(z.looseObject({ line: z.number(), message: z.string() })),
      warnings: z.array(z.looseObject({ message: z.string() })),
      noOutcome: z.object({ count, lines: z.array(z.number()) }),
      hasOutcomeColumn: z.boolean(),
      stats: z.looseObject({ dataRows: count, rejected: count, merged: count, truncated: z.boolean() }),
      won: count,
      lost: count,
    }),
  }),
  z.object({
    kind: z.literal('done'),
    job,
    outcome: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        report: z.looseObject({
          rows: count,
          won: count,
          lost: count,
          criteria: z.array(
            z.looseObject({ id: z.string(), label: z.string(), winRateMatched: winRate, winRateMissed: winRate }),
          ),
          current: model,
          suggested: model,
          thresholds: z.array(z.looseObject({ id: z.string(), currentMin: z.number(), suggestedMin: z.number() })),
          suggestedIcp: z.looseObject({ id: z.string(), criteria: z.array(z.unknown()) }),
          note: z.string(),
        }),
      }),
      z.object({ ok: z.literal(false), problem: z.looseObject({ code: z.string(), message: z.string() }) }),
    ]),
  }),
  z.object({ kind: z.literal('failed'), job, message: z.string() }),
]);

/** "job: expected number, got string" for the first few issues of a message that does not parse. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'message'}: ${i.message}`)
    .join('; ');
}
