import type { CriterionResult, FitResult } from '../icp/result';

/**
 * A score's reasons on one line, for a CSV cell: the points each criterion earned, then what
 * disqualifies, then what is unknown. Misses that earn nothing are left out (the score already
 * shows them), so the line stays short.
 * @example "+25 Software or IT services; +10 50-1,000 employees (partial); −15 Agency or outsourcer; ? unknown: Runs a CRM we integrate with"
 */

// A true minus sign (U+2212) reads better than a hyphen. A line that starts with "+" is written
// with a leading apostrophe by the CSV writer, like every cell a spreadsheet would take for a formula.
const MINUS = '\u2212';

function earnedText(c: CriterionResult): string {
  const sign = c.earned > 0 ? '+' : MINUS;
  const partial = c.status === 'partial' ? ' (partial)' : '';
  return `${sign}${Math.abs(c.earned)} ${c.label}${partial}`;
}

export function reasonsText(result: FitResult): string {
  const earned: string[] = [];
  const disqualifying: string[] = [];
  const unknown: string[] = [];
  for (const c of result.criteria) {
    if (c.earned !== 0) earned.push(earnedText(c));
    else if (c.required && c.status === 'miss') disqualifying.push(`\u2717 ${c.label} (required: disqualified)`);
    else if (c.status === 'unknown') unknown.push(c.label);
  }
  const unknownText = unknown.length > 0 ? [`? unknown: ${unknown.join(', ')}`] : [];
  return [...earned, ...disqualifying, ...unknownText].join('; ');
}
