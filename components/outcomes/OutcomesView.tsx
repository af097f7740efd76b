import { lazy, Suspense } from 'react';
import { PERIOD_CHOICES, type PeriodChoice } from '@/lib/outcomes/periods';
import type { OutcomeReport } from '@/lib/outcomes/report';
import type { Review } from '@/lib/outcomes/review';
import { CycleTable } from './CycleTable';
import { ConversionTable } from './ConversionTable';
import { OutcomesEmpty } from './OutcomesEmpty';
import { OutcomeWarnings } from './OutcomeWarnings';
import { PeriodPicker } from './PeriodPicker';
import { ReviewReminder } from './ReviewReminder';
import { CARD, HEADING, HINT } from './styles';
import { TopVsRest } from './TopVsRest';

// The chart library loads after the rest of the settings page: nothing above it waits for it.
const ConversionChart = lazy(() => import('./ConversionChart').then((m) => ({ default: m.ConversionChart })));

interface Props {
  /** Undefined while the leads are read. */
  report?: OutcomeReport;
  review?: Review;
  period: PeriodChoice;
  onPeriod(period: PeriodChoice): void;
  onIcp(icpId: string): void;
  activeIcpId?: string;
  leadsUrl: string;
  /** A failed read, in words. */
  error?: string;
}

function summaryOf(r: OutcomeReport, period: PeriodChoice): string {
  const icp = r.icps.find((i) => i.id === r.icpId)?.name ?? r.icpId;
  const when =
    r.period.from === undefined
      ? 'so far'
      : `between ${r.period.from.slice(0, 10)} and ${r.period.to.slice(0, 10)} (${PERIOD_CHOICES.find((p) => p.id === period)?.label.toLowerCase()})`;
  if (!r.decided) return `No leads scored by “${icp}” were won or lost ${when}. Choose a longer period.`;
  return `${r.decided} ${r.decided === 1 ? 'lead' : 'leads'} scored by “${icp}” won or lost ${when}.`;
}

function Notes({ report }: { report: OutcomeReport }) {
  const { undated, tierNow, decided } = report;
  return (
    <>
      {undated > 0 && (
        <p className={HINT} data-testid="outcomes-undated">
          {undated} of {decided} have no logged status change (imported or merged as won or lost): they are dated by
          their last update and left out of days to close.
        </p>
      )}
      {tierNow > 0 && (
        <p className={HINT} data-testid="outcomes-tier-now">
          {tierNow} of {decided} changed tier after they were decided, at a time the data does not tell: they are
          counted in their current tier.
        </p>
      )}
    </>
  );
}

/** The outcomes section's content: review reminder, period and ICP, warnings, conversion and cycle times. */
export function OutcomesView({ report, review, period, onPeriod, onIcp, activeIcpId, leadsUrl, error }: Props) {
  return (
    <div className="space-y-3">
      {/* The reminder's line is kept while the ICP is read, so nothing below moves when it comes. */}
      {review ? <ReviewReminder review={review} /> : <div className="min-h-9" />}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300" data-testid="outcomes-error">
          {error}
        </p>
      )}
      {!report ? (
        <p className={`${HINT} min-h-40`} aria-busy="true">
          Reading your leads…
        </p>
      ) : !report.icps.length ? (
        <OutcomesEmpty leadsUrl={leadsUrl} />
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-4">
            <PeriodPicker value={period} onChange={onPeriod} />
            {report.icps.length > 1 && (
              <label className="text-sm font-medium">
                <span className="mb-1 block">ICP</span>
                <select
                  data-testid="outcomes-icp"
                  className="rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm font-normal dark:border-gray-600 dark:bg-gray-800"
                  value={report.icpId}
                  onChange={(e) => onIcp(e.target.value)}
                >
                  {report.icps.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.name}
                      {i.id === activeIcpId ? ' (in use)' : ''} · {i.decided} decided
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <p className="text-sm" data-testid="outcomes-summary">
            {summaryOf(report, period)}
          </p>
          <OutcomeWarnings warnings={report.warnings} notices={report.notices} />
          <div className="grid gap-3 md:grid-cols-2">
            <figure className={CARD}>
              <figcaption className={HEADING}>Conversion by tier</figcaption>
              <p className={HINT}>
                Won ÷ (won + lost), by the tier each lead had when decided; whiskers: 95% interval.
              </p>
              <Suspense fallback={<div className="h-56" />}>
                <ConversionChart tiers={report.tiers} />
              </Suspense>
            </figure>
            <div className={CARD}>
              <ConversionTable tiers={report.tiers} />
            </div>
          </div>
          <TopVsRest top={report.top} />
          <section aria-labelledby="cycle-h" className={CARD}>
            <h3 id="cycle-h" className={HEADING}>
              Median days to close
            </h3>
            <p className={HINT}>From saving the lead to marking it won or lost.</p>
            <CycleTable cycles={report.cycles} />
          </section>
          <Notes report={report} />
        </>
      )}
    </div>
  );
}
