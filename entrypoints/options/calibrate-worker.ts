/**
 * The calibration worker: reads a CRM export into accounts and calibrates an ICP on them, off the
 * page's main thread (100,000 accounts take seconds). Started by calibrate-client.ts with
 * `new Worker(new URL(...), { type: 'module' })`; cancelling terminates it.
 */
import { accountsFromCsv, calibrate } from '@/lib/calibrate';
import type { Account } from '@/lib/calibrate/types';
import { readCsvText } from '@/lib/csv/encoding';
import { describeIssues, toWorkerSchema, type FromWorker, type WorkerPhase } from './calibrate-protocol';

/** The accounts of the last file read, and its name (the note on a suggestion names it). */
let loaded: { fileName: string; accounts: Account[] } | undefined;

const post = (message: FromWorker) => postMessage(message);

/** Progress at most every 50 ms: enough for a smooth bar, few messages. */
function progressPoster(job: number) {
  let last = 0;
  return ({ phase, fraction }: { phase: WorkerPhase; fraction: number }) => {
    const now = performance.now();
    if (now - last < 50 && fraction < 1) return;
    last = now;
    post({ kind: 'progress', job, phase, fraction: Math.min(1, Math.max(0, fraction)) });
  };
}

function handle(data: unknown): void {
  const parsed = toWorkerSchema.safeParse(data);
  if (!parsed.success) {
    const job = typeof (data as { job?: unknown })?.job === 'number' ? (data as { job: number }).job : 0;
    post({
      kind: 'failed',
      job,
      message: `The calibration worker got a message it cannot use (${describeIssues(parsed.error)}).`,
    });
    return;
  }
  const message = parsed.data;
  if (message.kind === 'read') {
    post({ kind: 'progress', job: message.job, phase: 'reading', fraction: 0 });
    const read = readCsvText(new Uint8Array(message.bytes), message.fileName);
    const result = accountsFromCsv(read.text, { fileName: message.fileName, mapping: message.mapping });
    const { accounts, ...rest } = result;
    loaded = { fileName: message.fileName, accounts };
    const won = accounts.filter((a) => a.outcome === 'won').length;
    post({
      kind: 'read',
      job: message.job,
      summary: { ...rest, warnings: [...read.warnings, ...rest.warnings], won, lost: accounts.length - won },
    });
    return;
  }
  if (!loaded) {
    post({ kind: 'failed', job: message.job, message: 'No file has been read yet: choose a CSV file first.' });
    return;
  }
  const outcome = calibrate(loaded.accounts, message.bundle, message.icpId, {
    asOf: message.asOf,
    now: message.now,
    source: loaded.fileName,
    onProgress: progressPoster(message.job),
  });
  post({ kind: 'done', job: message.job, outcome });
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  try {
    handle(event.data);
  } catch (error) {
    const job = typeof (event.data as { job?: unknown })?.job === 'number' ? (event.data as { job: number }).job : 0;
    const reason = error instanceof Error ? error.message : String(error);
    post({ kind: 'failed', job, message: `Calibration stopped with an error in the worker: ${reason}` });
  }
});
