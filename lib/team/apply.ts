import { sameJson } from '../icp/canonical-json';
import { parseBundle, type IssueLine } from '../icp/errors';
import type { Criterion, Icp, IcpBundle, Tier } from '../icp/schema';
import { decodeBase64url } from './base64';
import { isEnvelope, KEY_CHANGED, MESSAGES, offeredKey, openEnvelope } from './envelope';
import type { CurrentBundle, DecideContext, OpenEnvelopeResult, RefusalCode, TeamDecision } from './types';

/** Longer change lists are cut to this many lines, the last saying how many more there are. */
const MAX_CHANGE_LINES = 8;

function refused(code: RefusalCode, message: string, errors?: IssueLine[]): TeamDecision {
  return errors ? { kind: 'refused', code, message, errors } : { kind: 'refused', code, message };
}

function firstIssue(errors: IssueLine[]): string {
  const [first] = errors;
  if (!first) return 'no reason given';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first.path === '$' ? '' : `${first.path}: `}${first.message}${more}`;
}

/** The schemaVersion a plain bundle or an envelope's payload claims, read only to word a refusal. */
function claimedSchemaVersion(json: unknown): unknown {
  if (!isEnvelope(json)) return (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  const decoded = decodeBase64url(String((json as { payload?: unknown }).payload ?? ''));
  if (!decoded.ok) return undefined;
  try {
    return (JSON.parse(new TextDecoder().decode(decoded.bytes)) as { schemaVersion?: unknown } | null)?.schemaVersion;
  } catch {
    return undefined;
  }
}

/** Envelope-level problems ($.payload, $.signature, a missing or unusable key) are signature refusals. */
const ENVELOPE_PATH = /^\$\.(payload|signature|keyId|publicKey)\b/;
const isSignatureIssue = (issue: IssueLine) =>
  ENVELOPE_PATH.test(issue.path) || (issue.path === '$' && Object.values<string>(MESSAGES).includes(issue.message));

function newerSchema(version: unknown, known: number): TeamDecision | undefined {
  if (typeof version !== 'number' || version <= known) return undefined;
  return refused('schema', `this bundle needs a newer ICP Lens (schema ${version}); update the extension`);
}

/** openEnvelope may validate the bundle itself: sort its errors into the refusal they are. */
function openFailure(json: unknown, errors: IssueLine[], known: number): TeamDecision {
  const changed = errors.find((issue) => issue.message.startsWith(KEY_CHANGED));
  if (changed) return refused('key-changed', changed.message, errors);
  if (errors.some(isSignatureIssue)) {
    return refused('signature', `the signature check failed: ${firstIssue(errors)}`, errors);
  }
  return newerSchema(claimedSchemaVersion(json), known) ?? invalid(errors);
}

const invalid = (errors: IssueLine[]) =>
  refused('invalid', `the bundle is not a valid ICP bundle: ${firstIssue(errors)}`, errors);

function compareVersions(next: IcpBundle, current: CurrentBundle | undefined): TeamDecision | undefined {
  if (!current) return undefined;
  if (current.id !== next.id) {
    const message =
      `this URL now serves bundle "${next.id}", not "${current.id}" that is in use; ` +
      'subscribe again to switch bundles';
    return refused('other-bundle', message);
  }
  if (next.version < current.version) {
    const message =
      `this is version ${next.version} of "${next.name}", older than version ${current.version} in use; ` +
      'the server may be serving an old copy';
    return refused('older', message);
  }
  return next.version === current.version ? { kind: 'same' } : undefined;
}

type Checked =
  | { ok: true; bundle: IcpBundle; signed: boolean; keyId?: string; same: boolean }
  | { ok: false; decision: TeamDecision };

/** Opens and verifies with `publicKey`, validates, and refuses a newer format, another bundle or an older version. */
async function openChecked(
  json: unknown,
  publicKey: CryptoKey | null,
  requireSignature: boolean,
  ctx: DecideContext,
): Promise<Checked> {
  const open = ctx.openEnvelope ?? openEnvelope;
  let opened: OpenEnvelopeResult;
  try {
    opened = await open(json, publicKey, { requireSignature });
  } catch (error) {
    opened = { ok: false, errors: [{ path: '$.signature', message: String((error as Error)?.message ?? error) }] };
  }
  if (!opened.ok) return { ok: false, decision: openFailure(json, opened.errors, ctx.knownSchemaVersion) };
  const newer = newerSchema(
    (opened.bundle as { schemaVersion?: unknown } | null)?.schemaVersion,
    ctx.knownSchemaVersion,
  );
  if (newer) return { ok: false, decision: newer };
  const parsed = parseBundle(opened.bundle);
  if (!parsed.ok) return { ok: false, decision: invalid(parsed.errors) };
  const compared = compareVersions(parsed.value, ctx.current);
  if (compared?.kind === 'refused') return { ok: false, decision: compared };
  const { signed, keyId } = opened;
  return { ok: true, bundle: parsed.value, signed, ...(keyId && { keyId }), same: compared?.kind === 'same' };
}

/**
 * What to do with a fetched (or policy-pushed) team bundle: open and verify the envelope,
 * validate, then refuse a newer format, another bundle or an older version (no rollback).
 * With no key set and `trustOnFirstUse`, an envelope that carries its public key is checked with
 * that key as fully as any other, and answered `confirm-key`: the rep trusts the key first.
 * Never throws; the bundle in use stays unless the answer is `apply`.
 *
 * @example
 * const d = await decideTeamBundle(got.json, { publicKey, requireSignature: true, current, knownSchemaVersion: 1 });
 * if (d.kind === 'apply') notify(`ICP updated to version ${d.bundle.version}`, d.changes);
 */
export async function decideTeamBundle(json: unknown, ctx: DecideContext): Promise<TeamDecision> {
  const offered = ctx.publicKey === null && ctx.trustOnFirstUse ? await offeredKey(json) : undefined;
  if (offered && !offered.ok) return refused('signature', `the signature check failed: ${firstIssue(offered.errors)}`);
  const checked = offered
    ? await openChecked(json, offered.key, true, ctx)
    : await openChecked(json, ctx.publicKey, ctx.requireSignature, ctx);
  if (!checked.ok) return checked.decision;
  const { bundle } = checked;
  if (offered) {
    const { pem, keyId, fingerprint } = offered;
    return { kind: 'confirm-key', bundle, publicKey: pem, keyId, fingerprint };
  }
  if (checked.same) return { kind: 'same' };
  const changes = describeChanges(ctx.current, bundle);
  return { kind: 'apply', bundle, changes, signed: checked.signed, ...(checked.keyId && { keyId: checked.keyId }) };
}

const tierList = (tiers: Tier[]) => tiers.map((t) => `${t.label} ≥ ${t.min}`).join(', ');

function criterionChanges(before: Criterion, after: Criterion): string[] {
  if (before.points !== after.points) {
    return [`"${after.label}" now ${after.points} points (was ${before.points})`];
  }
  return sameJson(before, after) ? [] : [`changed "${after.label}"`];
}

function icpChanges(before: Icp, after: Icp): string[] {
  const lines: string[] = [];
  const old = new Map(before.criteria.map((c) => [c.id, c]));
  const ids = new Set(after.criteria.map((c) => c.id));
  for (const c of after.criteria) {
    const was = old.get(c.id);
    lines.push(...(was ? criterionChanges(was, c) : [`added criterion "${c.label}"`]));
  }
  for (const c of before.criteria) if (!ids.has(c.id)) lines.push(`removed criterion "${c.label}"`);
  if (!sameJson(before.tiers, after.tiers)) lines.push(`tiers now ${tierList(after.tiers)}`);
  if (before.description !== after.description) lines.push('description changed');
  if (before.minCoverage !== after.minCoverage) lines.push('confidence threshold changed');
  return lines;
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_CHANGE_LINES) return lines;
  const shown = lines.slice(0, MAX_CHANGE_LINES - 1);
  return [...shown, `…and ${lines.length - shown.length} more changes`];
}

/**
 * A short list of what changed between the bundle in use and the next one, for the
 * notification: ICPs added, removed or renamed, criteria added or removed, points and tiers.
 * Without the old bundle's ICPs it says what is now in use.
 *
 * @example
 * describeChanges(v3, v4) // ['Added ICP "EMEA banks"', 'Mid-market SaaS: "Industry" now 30 points (was 25)']
 */
export function describeChanges(old: CurrentBundle | undefined, next: IcpBundle): string[] {
  if (!old?.icps) {
    const count = `${next.icps.length} ICP${next.icps.length === 1 ? '' : 's'}`;
    return [`Now using "${next.name}" version ${next.version} (${count})`];
  }
  const lines: string[] = [];
  const before = new Map(old.icps.map((icp) => [icp.id, icp]));
  const after = new Set(next.icps.map((icp) => icp.id));
  const prefix = old.icps.length > 1 || next.icps.length > 1;
  for (const icp of next.icps) {
    const was = before.get(icp.id);
    if (!was) {
      lines.push(`Added ICP "${icp.name}"`);
      continue;
    }
    if (was.name !== icp.name) lines.push(`Renamed ICP "${was.name}" to "${icp.name}"`);
    const changes = icpChanges(was, icp);
    lines.push(...changes.map((line) => (prefix ? `${icp.name}: ${line}` : line[0].toUpperCase() + line.slice(1))));
  }
  for (const icp of old.icps) if (!after.has(icp.id)) lines.push(`Removed ICP "${icp.name}"`);
  if (old.defaultIcpId !== undefined && old.defaultIcpId !== next.defaultIcpId) {
    const name = next.icps.find((icp) => icp.id === next.defaultIcpId)?.name ?? next.defaultIcpId;
    lines.push(`Default ICP is now "${name}"`);
  }
  if (!sameJson(old.personas ?? [], next.personas ?? [])) lines.push('Personas changed');
  return lines.length > 0 ? capped(lines) : ['No changes to ICPs, criteria, points or tiers'];
}
