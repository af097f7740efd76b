import { defaultBundle } from '../icp/defaults';
import { parseBundle } from '../icp/errors';
import type { Icp, IcpBundle, Persona } from '../icp/schema';
import type { IcpSource } from './items';

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

export function pickIcp(bundle: IcpBundle, id: string | null): Icp {
  return (
    bundle.icps.find((i) => i.id === id) ?? bundle.icps.find((i) => i.id === bundle.defaultIcpId) ?? bundle.icps[0]
  );
}

/**
 * The ICP in use, from what storage holds: the team's bundle unless the rep chose a personal ICP
 * (or there is no team bundle that parses); a personal bundle that no longer parses reads as the
 * bundled defaults; the chosen ICP id, else the bundle's default. Pure, never throws.
 */
export function activeFrom(stored: {
  personal: unknown;
  team: unknown;
  activeId: string | null;
  chosen: IcpSource | null;
}): ActiveIcp {
  const personal = readBundle(stored.personal) ?? defaultBundle;
  const team = readBundle(stored.team);
  const source: IcpSource = team && stored.chosen !== 'personal' ? 'team' : 'personal';
  const bundle = source === 'team' && team ? team : personal;
  const persona = bundle.personas?.[0] ?? defaultBundle.personas![0];
  return {
    bundle,
    icp: pickIcp(bundle, stored.activeId),
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
