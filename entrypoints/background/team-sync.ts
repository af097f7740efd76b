import { browser } from '#imports';
import type { IcpBundle } from '@/lib/icp/schema-bundle';
import type { TeamCheckOutcome } from '@/lib/messaging/protocol';
import { teamCheckNowSchema } from '@/lib/messaging/validate';
import { activeIcpIdItem, activeSourceItem, icpBundleItem, teamBundleItem } from '@/lib/storage/items';
import { planTeamSplit } from '@/lib/storage/team-split';
import { bundleOrigins, loadTeamSettings, loadTeamStatus, teamStatusItem } from '@/lib/storage/team';
import { pollDue, pollTeam, teamSource, type PollOutcome } from '@/lib/team/poll';
import type { EffectiveTeamSettings } from '@/lib/team/types';
import { fromExtensionPage, type Sender } from './page-fit';
import { refreshTeamWarning } from './toolbar';

/**
 * Team ICP sync: an alarm polls the team bundle URL (or applies the policy's inline bundle) every
 * pollMinutes; the options page can ask for a check now. Everything it needs is in storage
 * (lib/storage/team.ts), so a worker that was stopped between two alarms picks up where it was.
 */

const ALARM = 'icp-lens-team-sync';

async function scheduleAlarm(settings: EffectiveTeamSettings): Promise<void> {
  // Only a URL is polled; an inline policy bundle is applied when the policy changes.
  if (settings.url === undefined) {
    await browser.alarms.clear(ALARM);
    return;
  }
  const alarm = await browser.alarms.get(ALARM);
  if (alarm?.periodInMinutes === settings.pollMinutes) return;
  await browser.alarms.create(ALARM, { periodInMinutes: settings.pollMinutes, delayInMinutes: settings.pollMinutes });
}

/**
 * A new team bundle: stored beside the rep's personal ICPs. The first one (and every one under a
 * policy lock) becomes the bundle in use; later ones keep the rep's choice of a personal ICP.
 * Within the team's bundle, the chosen ICP stays when the new version still has it.
 */
async function activate(bundle: IcpBundle, locked: boolean): Promise<void> {
  const first = (await teamBundleItem.getValue()) === null;
  await teamBundleItem.setValue(bundle);
  if (first || locked) await activeSourceItem.setValue('team');
  if ((await activeSourceItem.getValue()) === 'personal') return;
  const chosen = await activeIcpIdItem.getValue();
  if (!bundle.icps.some((icp) => icp.id === chosen)) await activeIcpIdItem.setValue(bundle.defaultIcpId);
}

/** Unsubscribed: the team's bundle goes, and the rep's personal ICPs score pages again. */
async function deactivate(): Promise<void> {
  if ((await teamBundleItem.getValue()) === null) return;
  await teamBundleItem.setValue(null);
  await activeSourceItem.setValue(null);
}

/** Under a policy lock the team's bundle is the only source: a personal choice made before yields. */
async function enforceLock(locked: boolean): Promise<void> {
  if (!locked || (await teamBundleItem.getValue()) === null) return;
  if ((await activeSourceItem.getValue()) !== 'team') await activeSourceItem.setValue('team');
}

async function notify(bundle: IcpBundle, changes: string[]): Promise<void> {
  try {
    await browser.notifications.create(`icp-lens-team-${bundle.id}-${bundle.version}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `Team ICP updated: "${bundle.name}" version ${bundle.version}`,
      message: changes.join('\n'),
    });
  } catch (error) {
    // A browser that shows no notifications still gets the new ICP; the options page lists the changes.
    console.warn('ICP Lens: team update notification not shown', error);
  }
}

function outcomeOf(poll: PollOutcome): TeamCheckOutcome {
  switch (poll.kind) {
    case 'idle':
      return { ok: true, result: 'idle', message: 'Not subscribed to a team ICP.' };
    case 'unchanged':
      return { ok: true, result: 'unchanged', message: 'The team ICP is up to date.' };
    case 'applied':
      return {
        ok: true,
        result: 'applied',
        message: `Now using "${poll.bundle.name}" version ${poll.bundle.version}: ${poll.changes.join('; ')}`,
      };
    case 'pending':
      // Nothing is applied until the rep trusts the key: the ICP in use is unchanged.
      return {
        ok: true,
        result: 'unchanged',
        message: `The team bundle is signed with key id ${poll.pending.keyId}: check it with your manager before trusting it.`,
      };
    case 'failed':
      return { ok: false, code: poll.failure.code, message: poll.failure.message };
  }
}

/**
 * Without host access to the bundle's origin the fetch fails like a network error (CORS): say
 * what to do instead. A server that allows any origin (CORS) works without the permission.
 */
async function explainAccess(poll: PollOutcome, url: string | undefined): Promise<PollOutcome> {
  if (poll.kind !== 'failed' || poll.failure.code !== 'network' || url === undefined) return poll;
  const origins = bundleOrigins(url);
  if (await browser.permissions.contains({ origins }).catch(() => true)) return poll;
  const failure = {
    ...poll.failure,
    code: 'permission',
    message:
      `ICP Lens may not read ${new URL(url).host}: open ICP Lens settings, Team ICP, and click ` +
      `"Subscribe" again to allow it (${poll.failure.message})`,
  };
  return { ...poll, failure, status: { ...poll.status, failure } };
}

async function checkOnce(): Promise<TeamCheckOutcome> {
  const { settings } = await loadTeamSettings();
  await scheduleAlarm(settings);
  const poll = await explainAccess(await pollTeam(settings, (await loadTeamStatus()).value), settings.url);
  if (poll.kind === 'idle') {
    await teamStatusItem.setValue(null);
    await deactivate();
  } else await teamStatusItem.setValue(poll.status);
  if (poll.kind === 'applied') {
    // Tabs and saved leads are re-scored by the watcher of the active ICP (leads.ts watchIcpChanges).
    await activate(poll.bundle, settings.locked);
    await notify(poll.bundle, poll.changes);
  }
  await enforceLock(settings.locked);
  await refreshTeamWarning();
  return outcomeOf(poll);
}

/** Checks one at a time: an alarm during "Check now" waits for it (and then gets a 304). */
let queue: Promise<unknown> = Promise.resolve();
export function checkTeamBundle(): Promise<TeamCheckOutcome> {
  const run = queue.then(checkOnce, checkOnce);
  queue = run.catch(() => undefined);
  return run.catch((error: unknown) => {
    console.error('ICP Lens: team check failed', error);
    return { ok: false, code: 'other', message: `The team ICP check failed: ${String(error)}` };
  });
}

/** The options page's "Check now" (and the check right after subscribing or unsubscribing). */
export async function handleTeamCheckNow(data: unknown, sender: Sender): Promise<TeamCheckOutcome> {
  if (!fromExtensionPage(sender)) return { ok: false, code: 'other', message: 'Not allowed.' };
  if (!teamCheckNowSchema.safeParse(data ?? {}).success) {
    return { ok: false, code: 'other', message: 'Not a team check request.' };
  }
  return checkTeamBundle();
}

/** Once, after an update from a version that kept the team's bundle in place of the rep's own. */
async function splitOldTeamBundle(): Promise<void> {
  const status = await loadTeamStatus();
  const plan = planTeamSplit(await icpBundleItem.getValue(), status.value?.bundle, await teamBundleItem.getValue());
  if (!plan) return;
  await teamBundleItem.setValue(plan.team);
  await icpBundleItem.setValue(plan.personal);
  await activeSourceItem.setValue(plan.source);
}

/** At every worker start: keep the alarm in step, check when one is due, follow policy changes. */
export function watchTeamSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void checkTeamBundle();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void checkTeamBundle();
  });
  void (async () => {
    await splitOldTeamBundle();
    const { settings } = await loadTeamSettings();
    await scheduleAlarm(settings);
    const status = (await loadTeamStatus()).value;
    const source = teamSource(settings);
    // A new policy source (or inline bundle) applies at once; a URL waits for its interval.
    const due = source !== status?.source || pollDue(status, settings.pollMinutes, Date.now());
    if (source !== undefined ? due : status !== undefined) await checkTeamBundle();
    else if (status?.failure) await refreshTeamWarning(); // the browser forgets badges on restart
  })().catch((error: unknown) => console.error('ICP Lens: team sync start failed', error));
}
