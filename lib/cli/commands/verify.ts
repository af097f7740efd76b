import { offeredKey, openEnvelope } from '../../team/envelope';
import { importPublicPem } from '../../team/pem';
import { CliError, parseArgs, required } from '../args';
import { readJson, readText } from '../files';
import { withKeyFile } from './sign';

/**
 * `verify ENVELOPE --key PUBLIC.pem`: checks the signature with the team's public key and the
 * bundle inside; prints one line with the bundle and "signature OK", or fails with the first
 * problem and its JSON path. An unsigned bundle fails: verify is for what subscribers will check.
 * An envelope that carries a public key must carry this one: reps who subscribe with the URL
 * alone verify with it.
 */
export async function verifyCommand(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  const file = args.positional[0];
  if (!file) throw new CliError('missing the envelope file: icp-lens verify ENVELOPE --key PUBLIC.pem');
  const keyFile = required(args, 'key');
  const json = readJson(file);
  const publicKey = await withKeyFile(keyFile, () => importPublicPem(readText(keyFile)));
  const opened = await openEnvelope(json, publicKey, { requireSignature: true });
  if (!opened.ok) {
    const [first] = opened.errors;
    const n = opened.errors.length - 1;
    const more = n > 0 ? ` (and ${n} more)` : '';
    throw new CliError(`${file}: ${first.path} ${first.message}${more}`);
  }
  const offered = await offeredKey(json);
  if (offered && !offered.ok) throw new CliError(`${file}: $.publicKey ${offered.errors[0].message}`);
  if (offered && offered.keyId !== opened.keyId) {
    throw new CliError(
      `${file}: $.publicKey is key ${offered.keyId}, not key ${opened.keyId} that signed the bundle: ` +
        'reps who subscribe without a key would refuse it; sign again',
    );
  }
  const { id, name, version } = opened.bundle;
  return `${file}: bundle "${id}" ("${name}") version ${version}: signature OK (key ${opened.keyId})`;
}
