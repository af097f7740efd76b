import type { ToneFit } from '@/lib/messaging/protocol';
import { CoverageNote } from './CoverageNote';
import { CriteriaList } from './CriteriaList';
import { DimensionBars } from './DimensionBars';
import { ScoreHeader } from './ScoreHeader';

interface Props {
  title?: string;
  result: ToneFit;
  /** "ICP: Mid-market B2B SaaS" or "Persona: Revenue leader". */
  scoredWith: string;
}

/** The full explanation of one score: header, coverage, dimension subtotals and every criterion. */
export function FitDetails({ title, result, scoredWith }: Props) {
  return (
    <div className="space-y-4">
      <ScoreHeader title={title} fit={result.fit} tone={result.tone} scoredWith={scoredWith} />
      <CoverageNote fit={result.fit} />
      <DimensionBars dimensions={result.fit.dimensions} />
      <CriteriaList criteria={result.fit.criteria} />
    </div>
  );
}
