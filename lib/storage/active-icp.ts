import { parseBundle, type IssueLine } from '../icp/errors';
import type { IcpBundle } from '../icp/schema';
import { activeFrom, personalSide, type ActiveIcp } from './active-from';
import { activeIcpIdItem, activeSourceItem, icpBundleItem, teamBundleItem, type IcpSource } from './items';

export { activeFrom, personalSide, type ActiveIcp };
export type { IcpSource };

/** The ICP in use (see activeFrom). Never throws. */
export async function loadActiveIcp(): Promise<ActiveIcp> {
  const [personal, team, activeId, chosen] = await Promise.all([
    icpBundleItem.getValue(),
    teamBundleItem.getValue(),
    activeIcpIdItem.getValue(),
    activeSourceItem.getValue(),
  ]);
  return activeFrom({ personal, team, activeId, chosen });
}

/** Scores pages with ICP `icpId` of the team's or the personal bundle. */
export async function chooseIcp(source: IcpSource, icpId: string): Promise<void> {
  await activeSourceItem.setValue(source);
  await activeIcpIdItem.setValue(icpId);
}

export type ImportOutcome = { ok: true; bundle: IcpBundle } | { ok: false; errors: IssueLine[] };

/**
 * Validates a bundle and makes it the personal bundle in use; on any error the bundle in use
 * stays as it was. A team subscription is kept: the rep can switch back to the team's ICP.
 */
export async function importBundle(json: unknown): Promise<ImportOutcome> {
  const parsed = parseBundle(json);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const current = parseBundle(await icpBundleItem.getValue());
  if (current.ok && current.value.id === parsed.value.id && parsed.value.version < current.value.version) {
    const message = `this is version ${parsed.value.version} of "${parsed.value.name}", older than version ${current.value.version} in use; ask your manager for the latest bundle`;
    return { ok: false, errors: [{ path: '$.version', message }] };
  }
  await icpBundleItem.setValue(parsed.value);
  await chooseIcp('personal', parsed.value.defaultIcpId);
  return { ok: true, bundle: parsed.value };
}

/** The personal bundle back to the bundled defaults, and in use. */
export async function resetToDefaults(): Promise<void> {
  await icpBundleItem.setValue(null);
  await activeSourceItem.setValue('personal');
  await activeIcpIdItem.setValue(null);
}

/**
 * The ICP editor's save: a personal bundle already validated and given its next version. The
 * background watches this item, so saved leads and open tabs are re-scored with it when it is
 * the one in use; while the team's ICP is in use, the rep's choice stays.
 */
export async function saveEditedBundle(bundle: IcpBundle, activeIcpId: string): Promise<void> {
  await icpBundleItem.setValue(bundle);
  if ((await loadActiveIcp()).source === 'team') return;
  await activeIcpIdItem.setValue(bundle.icps.some((i) => i.id === activeIcpId) ? activeIcpId : bundle.defaultIcpId);
}
