import type { z } from 'zod';
import { issueMessage } from './issue-message';
import { BUNDLE_SCHEMA_VERSION, icpBundleSchema, type IcpBundle } from './schema-bundle';
import { icpSchema, type Icp } from './schema-icp';
import { personaSchema, type Persona } from './schema-persona';

/** One problem in a user's JSON: where (`$.icps[0].criteria[2].points`) and what to fix. */
export interface IssueLine {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: IssueLine[] };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A zod path as a JSON path: ["icps", 0, "id"] -> "$.icps[0].id". */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function formatIssues(error: z.ZodError): IssueLine[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issueMessage(issue) }));
}

function parseWith<T>(schema: z.ZodType<T>, json: unknown): ParseResult<T> {
  // reportInput lets messages quote the offending value ("got string \"ten\"").
  const parsed = schema.safeParse(json, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: formatIssues(parsed.error) };
}

export function parseIcp(json: unknown): ParseResult<Icp> {
  return parseWith(icpSchema, json);
}

export function parsePersona(json: unknown): ParseResult<Persona> {
  return parseWith(personaSchema, json);
}

/**
 * Validates a team bundle. A bundle from a newer ICP Lens is refused with one message that says
 * to update, before anything else, since the rest of its errors would be noise.
 */
export function parseBundle(json: unknown): ParseResult<IcpBundle> {
  const version = (json as { schemaVersion?: unknown } | null | undefined)?.schemaVersion;
  if (typeof version === 'number' && version > BUNDLE_SCHEMA_VERSION) {
    const message =
      `this bundle uses ICP format version ${version}, but this copy of ICP Lens only reads ` +
      `version ${BUNDLE_SCHEMA_VERSION}. Update ICP Lens to use it.`;
    return { ok: false, errors: [{ path: '$.schemaVersion', message }] };
  }
  return parseWith(icpBundleSchema, json);
}
