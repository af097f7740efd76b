import { create } from 'zustand';
import type { CalibrationOutcome } from '@/lib/calibrate/types';
import type { ImportField } from '@/lib/csv/mapping';
import type { IcpBundle } from '@/lib/icp/schema';
import { CalibrationCancelled, CalibrationClient } from './calibrate-client';
import type { ReadSummary, WorkerPhase } from './calibrate-protocol';

const MAX_FILE_BYTES = 200 * 1024 * 1024;

interface CalibrateState {
  file?: File;
  summary?: ReadSummary;
  /** The ICP to calibrate (the one in use until the manager picks another). */
  icpId?: string;
  status: 'idle' | 'reading' | 'running';
  progress?: { phase: WorkerPhase; fraction: number };
  outcome?: CalibrationOutcome;
  /** The bundle the outcome was calibrated against (its version is what "Open as draft" builds on). */
  calibratedWith?: { bundleId: string; version: number };
  /** Wall time of the last run, file read included when it had to be read again. */
  runMs?: number;
  error?: string;
  notice?: string;
  choose(file: File | undefined): Promise<void>;
  remap(index: number, field: ImportField): Promise<void>;
  setIcp(icpId: string): void;
  run(bundle: IcpBundle, icpId: string): Promise<void>;
  cancel(): void;
  say(notice: string | undefined): void;
}

const client = new CalibrationClient();
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Screen state of the calibration section; the accounts themselves stay in the worker. */
export const useCalibrateStore = create<CalibrateState>((set, get) => {
  const onProgress = (phase: WorkerPhase, fraction: number) => set({ progress: { phase, fraction } });

  async function read(file: File, mapping?: ReadSummary['mapping']) {
    set({ status: 'reading', progress: undefined, outcome: undefined, error: undefined, notice: undefined });
    performance.mark('calibrate:read-start');
    try {
      const summary = await client.read(file, file.name, mapping, onProgress);
      performance.measure('calibrate:read', 'calibrate:read-start');
      set({ summary, status: 'idle', progress: undefined });
    } catch (error) {
      if (error instanceof CalibrationCancelled)
        return set({ status: 'idle', progress: undefined, summary: undefined });
      set({
        status: 'idle',
        progress: undefined,
        summary: undefined,
        error: `Could not read ${file.name}: ${reason(error)}`,
      });
    }
  }

  return {
    status: 'idle',
    async choose(file) {
      if (!file) return;
      if (file.size > MAX_FILE_BYTES) {
        return set({
          error: `${file.name} is ${Math.round(file.size / 1e6)} MB; the limit is 200 MB. Export fewer columns or fewer years of deals.`,
        });
      }
      set({ file });
      await read(file);
    },
    async remap(index, field) {
      const { file, summary } = get();
      if (!file || !summary) return;
      await read(
        file,
        summary.mapping.map((m) => (m.index === index ? { ...m, field } : m)),
      );
    },
    setIcp(icpId) {
      set({ icpId, outcome: undefined });
    },
    async run(bundle, icpId) {
      if (get().status !== 'idle' || !get().summary) return;
      set({ status: 'running', progress: undefined, outcome: undefined, error: undefined, notice: undefined });
      performance.mark('calibrate:start');
      const started = performance.now();
      try {
        const outcome = await client.calibrate(bundle, icpId, onProgress);
        performance.mark('calibrate:report');
        performance.measure('calibrate:run', 'calibrate:start', 'calibrate:report');
        set({
          outcome,
          calibratedWith: { bundleId: bundle.id, version: bundle.version },
          runMs: Math.round(performance.now() - started),
          status: 'idle',
          progress: undefined,
        });
      } catch (error) {
        if (error instanceof CalibrationCancelled) {
          return set({ status: 'idle', progress: undefined, notice: 'Calibration cancelled; nothing changed.' });
        }
        set({
          status: 'idle',
          progress: undefined,
          error: `Calibration of ${get().file?.name} failed: ${reason(error)}`,
        });
      }
    },
    cancel() {
      client.cancel();
    },
    say(notice) {
      set({ notice });
    },
  };
});
