import { defaultBundle } from '../icp/defaults';
import { parseBundle, type IssueLine } from '../icp/errors';
import type { Icp, IcpBundle, Persona } from '../icp/schema';
import { activeIcpIdItem, icpBundleItem } from './items';

export interface ActiveIcp {
  bundle: IcpBundle;
  icp: Icp;
  /** The persona profiles are scored against: the bundle's first, else the bundled default. */
  persona: Persona;
  /** True when the bundled defaults are in use. */
  isDefault: boolean;
}

/** The bundle in storage if it still parses, else the bundled defaults; never throws. */
export async function loadActiveIcp(): Promise<ActiveIcp> {
  const stored = await icpBundleItem.getValue();
  const parsed = stored === null ? null : parseBundle(stored);
  const bundle = parsed?.ok ? parsed.value : defaultBundle;
  const activeId = await activeIcpIdItem.getValue();
  const icp =
    bundle.icps.find((i) => i.id === activeId) ??
    bundle.icps.find((i) => i.id === bundle.defaultIcpId) ??
    bundle.icps[0];
  const persona = bundle.personas?.[0] ?? defaultBundle.personas![0];
  return { bundle, icp, persona, isDefault: bundle === defaultBundle };
}

export type ImportOutcome = { ok: true; bundle: IcpBundle } | { ok: false; errors: IssueLine[] };

/** Validates a bundle and stores it; on any error the bundle in use stays as it was. */
export async function importBundle(json: unknown): Promise<ImportOutcome> {
  const parsed = parseBundle(json);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const current = parseBundle(await icpBundleItem.getValue());
  if (current.ok && current.value.id === parsed.value.id && parsed.value.version < current.value.version) {
    const message = `this is version ${parsed.value.version} of "${parsed.value.name}", older than version ${current.value.version} in use; ask your manager for the latest bundle`;
    return { ok: false, errors: [{ path: '$.version', message }] };
  }
  await icpBundleItem.setValue(parsed.value);
  await activeIcpIdItem.setValue(parsed.value.defaultIcpId);
  return { ok: true, bundle: parsed.value };
}

export async function resetToDefaults(): Promise<void> {
  await icpBundleItem.setValue(null);
  await activeIcpIdItem.setValue(null);
}

/**
 * The ICP editor's save: a bundle already validated and given its next version. The background
 * watches this item, so saved leads and open tabs are re-scored with it.
 */
export async function saveEditedBundle(bundle: IcpBundle, activeIcpId: string): Promise<void> {
  await icpBundleItem.setValue(bundle);
  await activeIcpIdItem.setValue(bundle.icps.some((i) => i.id === activeIcpId) ? activeIcpId : bundle.defaultIcpId);
}
