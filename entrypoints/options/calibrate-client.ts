import type { CalibrationOutcome } from '@/lib/calibrate/types';
import type { Mapping } from '@/lib/csv/mapping';
import type { IcpBundle } from '@/lib/icp/schema';
import {
  describeIssues,
  fromWorkerSchema,
  type FromWorker,
  type ReadSummary,
  type ToWorker,
  type WorkerPhase,
} from './calibrate-protocol';
// Vite bundles the worker into a file of its own (WXT rewrites import.meta.url, so `new URL(…)` is not used).
import CalibrateWorker from './calibrate-worker?worker';

export type Progress = (phase: WorkerPhase, fraction: number) => void;

/** A run stopped by the user (its worker was terminated). */
export class CalibrationCancelled extends Error {
  constructor() {
    super('Calibration cancelled.');
    this.name = 'CalibrationCancelled';
  }
}

interface Pending {
  resolve(message: FromWorker): void;
  reject(error: Error): void;
  onProgress?: Progress;
}

/**
 * The page's side of the calibration worker: one request at a time per job number, answers
 * parsed before use. Cancelling terminates the worker (a calibration is one long computation that
 * cannot stop half-way); the next request starts a fresh one and reads the file into it again.
 */
export class CalibrationClient {
  private worker?: Worker;
  private jobs = 0;
  private readonly pending = new Map<number, Pending>();
  /** The file the current worker holds, to read again into a fresh worker after a cancel. */
  private file?: { blob: Blob; name: string; mapping?: Mapping };
  private workerHasFile = false;

  async read(blob: Blob, name: string, mapping?: Mapping, onProgress?: Progress): Promise<ReadSummary> {
    this.file = { blob, name, mapping };
    this.workerHasFile = false;
    const bytes = await blob.arrayBuffer();
    const answer = await this.request({ kind: 'read', job: 0, fileName: name, bytes, mapping }, [bytes], onProgress);
    if (answer.kind !== 'read') throw new Error(`The calibration worker answered "${answer.kind}" to a read.`);
    this.workerHasFile = true;
    return answer.summary;
  }

  async calibrate(bundle: IcpBundle, icpId: string, onProgress?: Progress): Promise<CalibrationOutcome> {
    if (!this.file) throw new Error('Choose a CSV file first.');
    if (!this.workerHasFile) await this.read(this.file.blob, this.file.name, this.file.mapping, onProgress);
    const now = new Date().toISOString();
    const answer = await this.request(
      { kind: 'calibrate', job: 0, bundle, icpId, asOf: now.slice(0, 10), now },
      [],
      onProgress,
    );
    if (answer.kind !== 'done') throw new Error(`The calibration worker answered "${answer.kind}" to a run.`);
    return answer.outcome;
  }

  /** Stops whatever runs now; pending requests reject with CalibrationCancelled. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.workerHasFile = false;
    for (const p of this.pending.values()) p.reject(new CalibrationCancelled());
    this.pending.clear();
  }

  private start(): Worker {
    const worker = new CalibrateWorker();
    worker.addEventListener('message', (event: MessageEvent<unknown>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      const where = event.filename ? ` (${event.filename.split('/').pop()}:${event.lineno})` : '';
      this.failAll(new Error(`The calibration worker failed${where}: ${event.message || 'it could not start'}.`));
    });
    worker.addEventListener('messageerror', () =>
      this.failAll(new Error('A message from the calibration worker could not be read.')),
    );
    return worker;
  }

  private request(message: ToWorker, transfer: Transferable[], onProgress?: Progress): Promise<FromWorker> {
    this.worker ??= this.start();
    const job = ++this.jobs;
    return new Promise((resolve, reject) => {
      this.pending.set(job, { resolve, reject, onProgress });
      this.worker!.postMessage({ ...message, job }, transfer);
    });
  }

  private receive(data: unknown): void {
    const parsed = fromWorkerSchema.safeParse(data);
    if (!parsed.success) {
      this.failAll(
        new Error(`The calibration worker sent a message the page cannot use (${describeIssues(parsed.error)}).`),
      );
      return;
    }
    const message = parsed.data as FromWorker;
    const pending = this.pending.get(message.job);
    if (!pending) {
      // A message the worker could not even read a job number from: whatever was asked failed.
      if (message.kind === 'failed') this.failAll(new Error(message.message));
      return;
    }
    if (message.kind === 'progress') return pending.onProgress?.(message.phase, message.fraction);
    this.pending.delete(message.job);
    if (message.kind === 'failed') pending.reject(new Error(message.message));
    else pending.resolve(message);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.worker?.terminate();
    this.worker = undefined;
    this.workerHasFile = false;
  }
}
