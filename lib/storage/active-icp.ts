import { defaultBundle } from '../icp/defaults';
import { parseBundle, type IssueLine } from '../icp/errors';
import type { Icp, IcpBundle, Persona } from '../icp/schema';
import { activeIcpIdItem, activeSourceItem, icpBundleItem, teamBundleItem, type IcpSource } from './items';

export type { IcpSource };

/**
 * The ICP that scores pages, and where it comes from. A rep may keep personal ICPs beside the
 * team's: the team bundle (read-only, from team sync) and the personal bundle (edited or
 * imported here) are stored apart, and `activeSource` says which one is in use.
 */
export interface ActiveIcp {
  bundle: IcpBundle;
  icp: Icp;
  /** The persona profiles are scored against: the bundle's first, else the bundled default. */
  persona: Persona;
  /** True when the bundled defaults are in use. */
  isDefault: boolean;
  source: IcpSource;
  /** The team's bundle, when subscribed (whether or not it is the one in use). */
  team?: IcpBundle;
  /** The rep's own bundle (the bundled defaults until edited or imported). */
  personal: IcpBundle;
}

/** A stored bundle that still parses, else undefined (storage outlives code versions). */
function readBundle(stored: unknown): IcpBundle | undefined {
  if (stored === null || stored === undefined) return undefined;
  const parsed = parseBundle(stored);
  return parsed.ok ? parsed.value : undefined;
}

function pickIcp(bundle: IcpBundle, id: string | null): Icp {
  return (
    bundle.icps.find((i) => i.id === id) ?? bundle.icps.find((i) => i.id === bundle.defaultIcpId) ?? bundle.icps[0]
  );
}

/**
 * The ICP in use: the team's bundle unless the rep chose a personal ICP (or there is no team
 * bundle); a personal bundle that no longer parses reads as the bundled defaults. Never throws.
 */
export async function loadActiveIcp(): Promise<ActiveIcp> {
  const [storedPersonal, storedTeam, activeId, chosen] = await Promise.all([
    icpBundleItem.getValue(),
    teamBundleItem.getValue(),
    activeIcpIdItem.getValue(),
    activeSourceItem.getValue(),
  ]);
  const personal = readBundle(storedPersonal) ?? defaultBundle;
  const team = readBundle(storedTeam);
  const source: IcpSource = team && chosen !== 'personal' ? 'team' : 'personal';
  const bundle = source === 'team' && team ? team : personal;
  const persona = bundle.personas?.[0] ?? defaultBundle.personas![0];
  return {
    bundle,
    icp: pickIcp(bundle, activeId),
    persona,
    isDefault: bundle === defaultBundle,
    source,
    ...(team && { team }),
    personal,
  };
}

/** The personal side of `active`, shaped as the ICP in use (what the ICP editor edits). */
export function personalSide(active: ActiveIcp): ActiveIcp {
  if (active.source === 'personal') return active;
  const bundle = active.personal;
  return {
    ...active,
    bundle,
    icp: pickIcp(bundle, bundle.defaultIcpId),
    persona: bundle.personas?.[0] ?? defaultBundle.personas![0],
    isDefault: bundle === defaultBundle,
    source: 'personal',
  };
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
