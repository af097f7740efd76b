import { parseBundle } from '../../icp/errors';
import { CliError, parseArgs } from '../args';
import { readJson } from '../files';

export interface CommandOutput {
  stdout: string;
  /** One-line reason for a failure. */
  stderr?: string;
  exitCode: number;
}

/** `validate FILE`: every error of a bundle with its JSON path; exit 1 when there is one. */
export function validateCommand(argv: string[]): CommandOutput {
  const file = parseArgs(argv).positional[0];
  if (!file) throw new CliError('missing the bundle file: icp-lens validate FILE');
  let json = readJson(file);
  if (typeof json === 'object' && json !== null && 'payload' in json && 'signature' in json) {
    const payload = (json as { payload: unknown }).payload;
    try {
      json = JSON.parse(Buffer.from(String(payload), 'base64url').toString('utf8'));
    } catch {
      throw new CliError(`${file}: $.payload is not base64url-encoded JSON`);
    }
  }
  const parsed = parseBundle(json);
  if (parsed.ok) {
    const b = parsed.value;
    return {
      stdout: `${file}: valid bundle "${b.name}" version ${b.version} with ${b.icps.length} ICP(s)`,
      exitCode: 0,
    };
  }
  const lines = parsed.errors.map((e) => `${file}: ${e.path}: ${e.message}`);
  const n = parsed.errors.length;
  return {
    stdout: lines.join('\n'),
    stderr: `${file} is not a valid bundle (${n} error${n === 1 ? '' : 's'})`,
    exitCode: 1,
  };
}
