import { parseBundle, type ParseResult } from '../errors';
import type { IcpBundle } from '../schema-bundle';

/**
 * A bundle file or pasted text for the editor: JSON first, then the bundle rules. Nothing is
 * applied here; on error the editor keeps the draft it had.
 */
export function readBundleText(text: string, source = 'the pasted text'): ParseResult<IcpBundle> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '$', message: `${source} is not valid JSON: ${reason}` }] };
  }
  if (json && typeof json === 'object' && 'payload' in json && 'signature' in json) {
    const message = `${source} is a signed bundle: import it under “Import an ICP bundle”, or import the unsigned bundle file to edit it`;
    return { ok: false, errors: [{ path: '$', message }] };
  }
  return parseBundle(json);
}

/** The bundle as a file a manager keeps or hands on: pretty JSON with a final newline. */
export function bundleFileText(bundle: IcpBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** "mid-market-v7.json": a file name from the bundle id and version. */
export function bundleFileName(bundle: Pick<IcpBundle, 'id' | 'version'>, suffix = ''): string {
  return `${bundle.id}-v${bundle.version}${suffix}.json`;
}
