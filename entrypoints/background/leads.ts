import { findLead, LeadsDbError, rescoreAll, saveLead } from '@/lib/db/leads';
import { fitCompany, todayUtc } from '@/lib/fit/fits';
import { saveInputFromTab, type SaveInput } from '@/lib/leads/from-tab';
import { snapshotScorer } from '@/lib/leads/rescore';
import type { SavedLead, SaveOutcome, TabFit } from '@/lib/messaging/protocol';
import { badgeSaveSchema, tabRowSchema } from '@/lib/messaging/validate';
import { loadActiveIcp } from '@/lib/storage/active-icp';
import { recordIcpChange } from '@/lib/storage/icp-change';
import {
  activeIcpIdItem,
  activeSourceItem,
  icpBundleItem,
  rescoreItem,
  tabFitItem,
  teamBundleItem,
} from '@/lib/storage/items';
import { fromExtensionPage, fromOurContentScript, rescoreAllTabs, type Sender } from './page-fit';

/** What "Save lead" writes for a tab (or one of its rows), scored with the ICP in use now. */
async function saveInputFor(tab: TabFit | null, row?: number): Promise<SaveInput | undefined> {
  if (!tab) return undefined;
  const { bundle, icp } = await loadActiveIcp();
  const at = new Date().toISOString();
  return saveInputFromTab(tab, { bundle, icp, at, scoreCompany: (c) => fitCompany(icp, c, todayUtc()) }, row);
}

const NOTHING =
  'There is no company on this page to save: open a company page, a profile with its employer, or a result row.';

async function save(tabId: number, row?: number): Promise<SaveOutcome> {
  const input = await saveInputFor(await tabFitItem(tabId).getValue(), row);
  if (!input) return { ok: false, message: NOTHING };
  try {
    const { lead, created } = await saveLead(input);
    return { ok: true, created, key: lead.key, name: lead.name, status: lead.status };
  } catch (error) {
    return { ok: false, message: error instanceof LeadsDbError ? error.message : `Not saved: ${String(error)}` };
  }
}

/** "Save lead" in the popup. */
export async function handleSaveLead(data: unknown, sender: Sender): Promise<SaveOutcome> {
  if (!fromExtensionPage(sender)) return { ok: false, message: 'Not allowed.' };
  const parsed = tabRowSchema.safeParse(data);
  return parsed.success ? save(parsed.data.tabId, parsed.data.row) : { ok: false, message: NOTHING };
}

/** "Save lead" on an in-page badge: the sender's own tab. */
export async function handleBadgeSave(data: unknown, sender: Sender): Promise<SaveOutcome> {
  if (!fromOurContentScript(sender)) return { ok: false, message: 'Not allowed.' };
  const parsed = badgeSaveSchema.safeParse(data);
  return parsed.success ? save(sender.tab.id, parsed.data.row) : { ok: false, message: NOTHING };
}

/** Whether the tab's company (or row's) is saved already. */
export async function handleFindLead(data: unknown, sender: Sender): Promise<SavedLead | null> {
  if (!fromExtensionPage(sender)) return null;
  const parsed = tabRowSchema.safeParse(data);
  if (!parsed.success) return null;
  const input = await saveInputFor(await tabFitItem(parsed.data.tabId).getValue(), parsed.data.row);
  if (!input) return null;
  const lead = await findLead({
    domain: input.company.domain,
    linkedinId: input.linkedinId,
    linkedinSlug: input.linkedinSlug,
    name: input.company.name,
    country: input.company.hq?.country,
  }).catch(() => undefined);
  return lead ? { key: lead.key, name: lead.name, status: lead.status } : null;
}

/** The running re-score, so a newer ICP change stops it and starts over. */
let running: AbortController | undefined;
const PROGRESS_EVERY_MS = 150;

/**
 * Re-scores every saved lead with the ICP in use, in chunks (lib/db/leads.ts rescoreAll), and
 * reports progress for the leads page. A newer ICP change aborts this run and starts again.
 */
export async function rescoreSavedLeads(): Promise<void> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const { bundle, icp } = await loadActiveIcp();
  const startedAt = new Date().toISOString();
  const score = snapshotScorer(bundle, icp, startedAt);
  const base = { icpName: icp.name, bundleVersion: bundle.version, startedAt };
  let lastReport = 0;
  try {
    const outcome = await rescoreAll((lead) => score(lead.company), {
      signal: controller.signal,
      onProgress: (done, total) => {
        const now = Date.now();
        if (now - lastReport < PROGRESS_EVERY_MS && done < total) return;
        lastReport = now;
        void rescoreItem.setValue({ ...base, state: 'running', done, total });
      },
    });
    if (outcome.aborted) return;
    await rescoreItem.setValue({
      ...base,
      state: 'done',
      done: outcome.done,
      total: outcome.total,
      moved: outcome.moved,
      finishedAt: new Date().toISOString(),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const current = await rescoreItem.getValue();
    await rescoreItem.setValue({
      ...base,
      state: 'failed',
      done: current?.done ?? 0,
      total: current?.total ?? 0,
      error: message,
    });
  } finally {
    if (running === controller) running = undefined;
  }
}

/**
 * A new bundle or another ICP chosen (the options page, the editor, a team update): saved leads
 * are re-scored and open LinkedIn tabs read again (once per burst of changes). A change to the
 * bundle not in use (a personal edit while the team's ICP scores) re-scores nothing.
 */
export function watchIcpChanges(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // What scored at the last re-score; unknown after the worker starts, so its first change re-scores.
  let inUse: string | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void (async () => {
        const { source, bundle, icp, persona } = await loadActiveIcp();
        const key = JSON.stringify([source, bundle.id, bundle.version, icp, persona]);
        if (key === inUse) return;
        inUse = key;
        // The date the ICP review reminder counts from (recorded only when the ICP in use is another).
        void recordIcpChange({ bundle, icp });
        void rescoreAllTabs();
        void rescoreSavedLeads();
      })();
    }, 300);
  };
  activeIcpIdItem.watch(schedule);
  activeSourceItem.watch(schedule);
  icpBundleItem.watch(schedule);
  teamBundleItem.watch(schedule);
}
