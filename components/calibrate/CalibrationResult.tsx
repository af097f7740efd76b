import type { CalibrationOutcome, CalibrationReport } from '@/lib/calibrate/types';
import { HINT, PRIMARY } from '../icp-editor/ui';
import { CriteriaTable } from './CriteriaTable';
import { countText, pct } from './format';
import { ModelComparison } from './ModelComparison';

interface Props {
  outcome: CalibrationOutcome;
  /** The charts (loaded on their own). */
  charts: React.ReactNode;
  /** Why the suggestion cannot go to the editor now, or undefined. */
  draftBlocked?: string;
  onOpenDraft(report: CalibrationReport): void;
}

/**
 * A calibration's report: accounts, how well the current and suggested ICP rank them, what each
 * criterion is worth, the suggested thresholds and charts; or, with too few outcomes, the reason
 * and no numbers at all.
 */
export function CalibrationResult({ outcome, charts, draftBlocked, onOpenDraft }: Props) {
  if (!outcome.ok) {
    return (
      <p
        role="alert"
        data-testid="calibrate-problem"
        data-code={outcome.problem.code}
        className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
      >
        {outcome.problem.message}
      </p>
    );
  }
  const r = outcome.report;
  const flagged = r.criteria.filter((c) => !c.predictive).length;
  return (
    <div className="space-y-4" data-testid="calibrate-report">
      <p className="text-sm" data-testid="calibrate-counts">
        <strong>{r.icpName}</strong> on <strong>{countText(r.rows)}</strong> accounts: {countText(r.won)} won,{' '}
        {countText(r.lost)} lost (win rate {pct(r.baselineWinRate)}).{' '}
        {flagged > 0 && `${flagged} ${flagged === 1 ? 'criterion does' : 'criteria do'} not predict (marked ⚑).`}
      </p>
      {r.warnings.length > 0 && (
        <ul
          className="list-disc space-y-1 pl-5 text-sm text-amber-800 dark:text-amber-300"
          data-testid="calibrate-notes"
        >
          {r.warnings.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      )}
      <ModelComparison report={r} />
      <CriteriaTable criteria={r.criteria} />
      {charts}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={PRIMARY}
          disabled={!!draftBlocked}
          onClick={() => onOpenDraft(r)}
          data-testid="calibrate-open-draft"
        >
          Open as draft in the editor
        </button>
        <p className={HINT}>
          {draftBlocked ??
            'The suggested points and thresholds become unsaved changes in the ICP editor below; nothing changes until you Save there.'}
        </p>
      </div>
      <p className={HINT}>{r.note}</p>
    </div>
  );
}
