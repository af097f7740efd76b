import { useEffect, useMemo } from 'react';
import { browser } from '#imports';
import { OutcomesView } from '@/components/outcomes/OutcomesView';
import { onLeadChanges } from '@/lib/db/lead-changes';
import { outcomeReport } from '@/lib/outcomes/report';
import { reviewOf } from '@/lib/outcomes/review';
import { icpChangeItem } from '@/lib/storage/icp-change';
import { icpHistoryItem } from '@/lib/storage/icp-history';
import {
  activeIcpIdItem,
  activeSourceItem,
  icpBundleItem,
  rescoreItem,
  teamBundleItem,
  type RescoreProgress,
} from '@/lib/storage/items';
import { teamStatusItem } from '@/lib/storage/team';
import { useOutcomesStore } from './outcomes-store';

/** Writes come in bursts (a bulk status change, a re-score chunk by chunk): read once they settle. */
const SETTLE_MS = 250;

/**
 * Outcomes: how saved leads converted per tier over a chosen period, the top tier against the
 * rest, days to close, warnings and the ICP review reminder. Follows lead changes from any page
 * (onLeadChanges) and ICP changes (storage) while open.
 */
export function OutcomesSection() {
  const { period, icpId, decided, icp, error, setPeriod, setIcp, loadLeads, loadIcp } = useOutcomesStore();

  useEffect(() => {
    void loadLeads();
    void loadIcp();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // While the background re-scores every lead, its chunks are not outcomes: read once it is done
    // (reading 50,000 rows per chunk would slow the re-score, which shares the database).
    let rescoring = false;
    let missed = false;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // A re-score may have started meanwhile (it says so after its first chunk).
        if (rescoring) missed = true;
        else void loadLeads();
      }, SETTLE_MS);
    };
    const stopLeads = onLeadChanges(() => {
      if (rescoring) missed = true;
      else later();
    });
    const follow = (progress: RescoreProgress | null) => {
      const was = rescoring;
      rescoring = progress?.state === 'running';
      if (was && !rescoring && missed) {
        missed = false;
        later();
      }
    };
    void rescoreItem.getValue().then(follow);
    const stopRescore = rescoreItem.watch(follow);
    const items = [
      icpChangeItem,
      icpBundleItem,
      teamBundleItem,
      activeSourceItem,
      activeIcpIdItem,
      icpHistoryItem,
      teamStatusItem,
    ];
    const stopIcp = items.map((item) => item.watch(() => void loadIcp()));
    return () => {
      clearTimeout(timer);
      stopLeads();
      stopRescore();
      for (const stop of stopIcp) stop();
    };
  }, [loadLeads, loadIcp]);

  const report = useMemo(
    () =>
      decided &&
      icp &&
      outcomeReport({
        leads: decided.leads,
        log: decided.log,
        icps: icp.icps,
        activeIcpId: icp.activeIcpId,
        ...(icpId !== undefined && { icpId }),
        period,
        asOf: decided.asOf,
      }),
    [decided, icp, icpId, period],
  );
  const review = useMemo(() => icp && reviewOf(icp.change, icp.asOf), [icp]);

  return (
    <section aria-labelledby="outcomes-h" className="space-y-3" data-testid="outcomes">
      <h2 id="outcomes-h" className="text-lg font-semibold">
        Outcomes
      </h2>
      <p className="text-sm text-gray-600 dark:text-gray-400">
        How your saved leads turned out, tier by tier: does the top tier really convert better, and how long do deals
        take? Check it every quarter and after each ICP change.
      </p>
      <OutcomesView
        report={report || undefined}
        review={review}
        period={period}
        onPeriod={setPeriod}
        onIcp={setIcp}
        activeIcpId={icp?.activeIcpId}
        leadsUrl={browser.runtime.getURL('/leads.html')}
        error={error}
      />
    </section>
  );
}
