import { create } from 'zustand';
import type { Icp } from '@/lib/icp/schema';
import { icpChangesOf, lastIcpChange, type IcpChange } from '@/lib/outcomes/review';
import type { PeriodChoice } from '@/lib/outcomes/periods';
import type { OutcomeLead, StatusEntry } from '@/lib/outcomes/types';
import { loadActiveIcp } from '@/lib/storage/active-icp';
import { loadIcpChange } from '@/lib/storage/icp-change';
import { loadHistory } from '@/lib/storage/icp-history';
import { loadTeamStatus } from '@/lib/storage/team';

export interface DecidedLeads {
  leads: OutcomeLead[];
  log: StatusEntry[];
  /** When they were read: the end of every period. */
  asOf: string;
}

export interface IcpState {
  icps: readonly Pick<Icp, 'id' | 'name' | 'tiers'>[];
  activeIcpId: string;
  change?: IcpChange;
  /** When it was read: the day the review reminder counts to. */
  asOf: string;
}

interface OutcomesState {
  period: PeriodChoice;
  /** The ICP chosen in the section; undefined: the active one. */
  icpId?: string;
  decided?: DecidedLeads;
  icp?: IcpState;
  error?: string;
  setPeriod(period: PeriodChoice): void;
  setIcp(icpId: string): void;
  loadLeads(): Promise<void>;
  loadIcp(): Promise<void>;
}

/**
 * Won and lost leads with their status changes. Only those leads are read in full (the rows say
 * which), and the database code loads with the first read, not with the settings page.
 */
async function readDecided(): Promise<DecidedLeads> {
  const asOf = new Date().toISOString();
  const [{ listRows, leadsForExport }, { db }, { read }] = await Promise.all([
    import('@/lib/db/leads'),
    import('@/lib/db/database'),
    import('@/lib/db/errors'),
  ]);
  const keys = (await listRows()).filter((r) => r.status === 'won' || r.status === 'lost').map((r) => r.key);
  if (!keys.length) return { leads: [], log: [], asOf };
  const [stored, log] = await Promise.all([
    leadsForExport(keys),
    read(() =>
      db()
        .activity.where('leadKey')
        .anyOf(keys)
        .filter((a) => a.type === 'status')
        .toArray(),
    ),
  ]);
  const leads = stored.map(({ key, status, score, previousScore, createdAt, updatedAt }) => ({
    key,
    status,
    score,
    createdAt,
    updatedAt,
    ...(previousScore && { previousScore }),
  }));
  return { leads, log, asOf };
}

/** The ICPs in use and the latest dated change of the ICP, from every place that keeps one. */
async function readIcp(): Promise<IcpState> {
  const asOf = new Date().toISOString();
  const [active, history, team, recorded] = await Promise.all([
    loadActiveIcp(),
    loadHistory(),
    loadTeamStatus(),
    loadIcpChange(),
  ]);
  const status = team.value;
  const change = lastIcpChange(
    icpChangesOf({
      ...(recorded && { recorded: recorded.at }),
      bundle: active.bundle,
      isDefault: active.isDefault,
      history,
      ...(status && {
        team: { appliedAt: status.appliedAt, bundleId: status.bundle?.id, version: status.bundle?.version },
      }),
    }),
  );
  return { icps: active.bundle.icps, activeIcpId: active.icp.id, asOf, ...(change && { change }) };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Screen state of the outcomes section; leads and ICP dates are read from the database and storage. */
export const useOutcomesStore = create<OutcomesState>((set) => {
  // A read that finishes after a newer one started is dropped: leads change while they are read.
  let leadsRun = 0;
  let icpRun = 0;
  return {
    period: '90d',
    setPeriod: (period) => set({ period }),
    setIcp: (icpId) => set({ icpId }),
    async loadLeads() {
      const run = ++leadsRun;
      try {
        const decided = await readDecided();
        if (run === leadsRun) set({ decided, error: undefined });
      } catch (e) {
        if (run === leadsRun) set({ error: `Outcomes could not be read: ${message(e)}` });
      }
    },
    async loadIcp() {
      const run = ++icpRun;
      try {
        const icp = await readIcp();
        if (run === icpRun) set({ icp });
      } catch (e) {
        if (run === icpRun) set({ error: `The ICP in use could not be read: ${message(e)}` });
      }
    },
  };
});
