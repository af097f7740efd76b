import { formatCount } from '../icp/format';

/** The line a calibrated ICP carries in its description, replacing the one of an earlier calibration. */

const EARLIER = /\s*Calibrated on [\d,]+ won\/lost accounts\b.*$/s;

export function calibrationNote(f: {
  rows: number;
  source?: string;
  date: string;
  currentAuc: number;
  suggestedAuc: number;
}): string {
  const from = f.source ? ` from ${f.source}` : '';
  return (
    `Calibrated on ${formatCount(f.rows)} won/lost accounts${from} on ${f.date} ` +
    `(AUC ${f.currentAuc.toFixed(3)} → ${f.suggestedAuc.toFixed(3)}).`
  );
}

export function describeWithNote(description: string | undefined, note: string): string {
  const own = (description ?? '').replace(EARLIER, '').trim();
  return own ? `${own} ${note}` : note;
}
