import { formatCount } from '../icp/format';
import { SMALL_SAMPLE } from './constants';
import type { CalibrationWarning, CriterionFlag, CriterionReport } from './types';

/** What the person reading the report should know before applying the suggestion. */

export interface WarningFacts {
  won: number;
  lost: number;
  criteria: readonly CriterionReport[];
  /** No fitted criterion had a positive effect. */
  nothingPredicts: boolean;
  blend: number;
  currentAuc: number;
  /** AUC of the fitted points rounded, when they were not used as they are. */
  roundedAuc: number | undefined;
  spacedThresholds: boolean;
}

function flagged(criteria: readonly CriterionReport[], flag: CriterionFlag): CriterionReport[] {
  return criteria.filter((c) => c.flag === flag);
}

const labels = (list: readonly CriterionReport[]) => list.map((c) => `"${c.label}"`).join(', ');

export function calibrationWarnings(f: WarningFacts): CalibrationWarning[] {
  const out: CalibrationWarning[] = [];
  const add = (code: CalibrationWarning['code'], message: string, list?: readonly CriterionReport[]) =>
    out.push(list ? { code, message, criteria: list.map((c) => c.id) } : { code, message });
  if (f.won < SMALL_SAMPLE || f.lost < SMALL_SAMPLE) {
    add(
      'small-sample',
      `Only ${formatCount(f.won)} won and ${formatCount(f.lost)} lost accounts: the intervals are wide, so take the suggestion as a hint.`,
    );
  }
  const noData = flagged(f.criteria, 'no-data');
  if (noData.length > 0) {
    add('no-data', `No account has data for ${labels(noData)}; their points are kept as they are.`, noData);
  }
  const opposite = flagged(f.criteria, 'opposite');
  if (opposite.length > 0) {
    add(
      'opposite-effect',
      `${labels(opposite)} work against their points in this file; the suggestion gives them 0 rather than turning them around. Check their rules.`,
      opposite,
    );
  }
  if (f.nothingPredicts) {
    add(
      'nothing-predicts',
      'No criterion tells won from lost accounts in this file: the suggestion keeps the current points.',
    );
  } else if (f.blend < 1) {
    const rounded = f.roundedAuc === undefined ? '' : ` (AUC ${f.roundedAuc.toFixed(3)} vs ${f.currentAuc.toFixed(3)})`;
    const result =
      f.blend === 0
        ? 'the suggestion keeps the current points and only moves the tier thresholds'
        : `the suggestion goes ${Math.round(f.blend * 100)}% of the way from the current points to the fitted ones`;
    add(
      'kept-current-ranking',
      `In whole points, the fitted points rank these accounts worse than the current ones${rounded}; ${result}.`,
    );
  }
  if (f.spacedThresholds) {
    add(
      'thresholds-spaced',
      'Some tier thresholds could not be placed by the data; they keep their current proportions.',
    );
  }
  return out;
}
