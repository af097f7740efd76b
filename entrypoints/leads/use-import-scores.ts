import { useEffect, useState } from 'react';
import type { Company } from '@/lib/icp/company';
import type { Icp, IcpBundle } from '@/lib/icp/schema';
import type { ImportScoring } from '@/lib/leads/import-scores';

/** Scoring runs in tasks of about this long, so typing and clicks in the dialog are never held up. */
const SLICE_MS = 12;
const ROWS_PER_CHECK = 250;

export interface ImportScores {
  /** The run for the current rows and ICP (undefined until its code has loaded). */
  run?: ImportScoring;
  done: number;
  total: number;
  complete: boolean;
}

const NONE: ImportScores = { done: 0, total: 0, complete: false };
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Scores the rows of an import plan with the chosen ICP, a slice per task, and starts again
 * whenever the rows (a column remapped) or the ICP change. The scores it keeps are what the
 * import writes.
 */
export function useImportScores(
  rows: readonly { company: Company }[] | undefined,
  bundle: Pick<IcpBundle, 'id' | 'version'> | undefined,
  icp: Icp | undefined,
): ImportScores {
  const [state, setState] = useState<ImportScores & { of?: readonly unknown[]; by?: Icp }>(NONE);
  useEffect(() => {
    if (!rows || !bundle || !icp) return;
    let cancelled = false;
    void (async () => {
      const { importScoring } = await import('@/lib/leads/import-scores');
      const run = importScoring(rows, bundle, icp, new Date().toISOString());
      let complete = false;
      while (!complete && !cancelled) {
        const start = performance.now();
        do complete = run.step(ROWS_PER_CHECK);
        while (!complete && performance.now() - start < SLICE_MS);
        setState({ run, done: run.done, total: run.total, complete, of: rows, by: icp });
        if (!complete) await pause();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [rows, bundle, icp]);
  // Until the new run has scored its first slice, scores of other rows or another ICP are not shown.
  if (!rows || state.of !== rows || state.by !== icp) return { ...NONE, total: rows?.length ?? 0 };
  return state;
}
