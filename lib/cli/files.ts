import fs from 'node:fs';
import { parseBundle, parseIcp } from '../icp/errors';
import type { Icp, IcpBundle } from '../icp/schema';
import { CliError } from './args';

export function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
}

export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A signed envelope's payload, decoded (the CLI scores; verification is the extension's job). */
function unwrapEnvelope(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !('payload' in json) || !('signature' in json)) return json;
  const payload = (json as { payload: unknown }).payload;
  if (typeof payload !== 'string') return json;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new CliError('the envelope payload is not base64url-encoded JSON');
  }
}

const isBundle = (json: unknown) => typeof json === 'object' && json !== null && 'icps' in json;

/** An ICP from a bundle (by --icp-id, else the bundle's default) or from a file holding one ICP. */
export function loadIcp(file: string, icpId?: string): { icp: Icp; bundle?: IcpBundle } {
  const json = unwrapEnvelope(readJson(file));
  if (!isBundle(json)) {
    const one = parseIcp(json);
    if (!one.ok) throw new CliError(`${file}: ${one.errors[0].path} ${one.errors[0].message}`);
    if (icpId && one.value.id !== icpId) throw new CliError(`${file} holds ICP "${one.value.id}", not "${icpId}"`);
    return { icp: one.value };
  }
  const parsed = parseBundle(json);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.errors[0].path} ${parsed.errors[0].message}`);
  const id = icpId ?? parsed.value.defaultIcpId;
  const icp = parsed.value.icps.find((i) => i.id === id);
  if (!icp) throw new CliError(`${file} has no ICP "${id}" (it has: ${parsed.value.icps.map((i) => i.id).join(', ')})`);
  return { icp, bundle: parsed.value };
}

export function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new CliError(`--as-of must be a date like 2026-06-30, got "${value}"`);
  }
  return value;
}
