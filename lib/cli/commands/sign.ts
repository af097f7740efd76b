import fs from 'node:fs';
import { parseBundle } from '../../icp/errors';
import { isEnvelope } from '../../team/envelope';
import { exportPublicPem, KeyFormatError } from '../../team/pem';
import { exportPrivateJwk, generateSigningKey, importKeyPairJwk, keyIdOf, signBundle } from '../../team/signing';
import { CliError, optional, parseArgs, required } from '../args';
import { readJson, readText } from '../files';

/** Writes a file or fails with one line; `mode` applies to the file even when it existed. */
export function writeText(file: string, text: string, mode?: number): void {
  try {
    fs.writeFileSync(file, text, mode === undefined ? undefined : { mode });
    if (mode !== undefined) fs.chmodSync(file, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot write ${file}: ${code === 'ENOENT' ? 'no such folder' : code}`);
  }
}

/** Runs a key operation, prefixing a key-format problem with the file it came from. */
export async function withKeyFile<T>(file: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof KeyFormatError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

function readPrivateJwk(file: string): unknown {
  const text = readText(file);
  if (text.includes('-----BEGIN')) {
    throw new CliError(`${file}: --key expects the private key as JWK (the file icp-lens keygen writes), not PEM`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * `sign BUNDLE --key PRIVATE.jwk [--out FILE] [--bump]`: validates the bundle, with --bump raises
 * its version by one and sets publishedAt to now, and writes the signed envelope with its key id
 * and public key (stdout without --out). The bundle's JSON is signed as read, unknown fields included, not as zod reshaped it.
 */
export async function signCommand(argv: string[]): Promise<string> {
  const args = parseArgs(argv, ['bump']);
  const file = args.positional[0];
  if (!file)
    throw new CliError('missing the bundle file: icp-lens sign BUNDLE --key PRIVATE.jwk [--out FILE] [--bump]');
  const keyFile = required(args, 'key');
  const out = optional(args, 'out');
  let json = readJson(file);
  if (isEnvelope(json)) throw new CliError(`${file} is already a signed envelope: sign the plain bundle`);
  const parsed = parseBundle(json);
  if (!parsed.ok) {
    const [first] = parsed.errors;
    const n = parsed.errors.length - 1;
    const more = n > 0 ? ` (and ${n} more: icp-lens validate ${file})` : '';
    throw new CliError(`${file}: ${first.path} ${first.message}${more}`);
  }
  let { version } = parsed.value;
  if (args.flags.bump === true) {
    version += 1;
    json = { ...(json as Record<string, unknown>), version, publishedAt: new Date().toISOString() };
  }
  const keys = await withKeyFile(keyFile, () => importKeyPairJwk(readPrivateJwk(keyFile)));
  const keyId = await keyIdOf(keys.publicKey);
  // The public key rides along so a rep who subscribes with the URL alone sees its key id to confirm.
  const publicKey = await exportPublicPem(keys.publicKey);
  const envelope = await signBundle(json, keys.privateKey, { keyId, publicKey });
  const text = `${JSON.stringify(envelope, null, 2)}\n`;
  if (out === undefined) return text.trimEnd();
  writeText(out, text);
  return `${out}: signed "${parsed.value.name}" version ${version} with key ${keyId}`;
}

/**
 * `keygen --out-private FILE --out-public FILE [--force]`: a new team key pair, the private key as
 * JWK (mode 600, for `sign --key`), the public key as PEM (for the team and `verify --key`).
 * Existing files are kept unless --force: replacing the team's key locks out every subscriber.
 */
export async function keygenCommand(argv: string[]): Promise<string> {
  const args = parseArgs(argv, ['force']);
  const privateFile = required(args, 'out-private');
  const publicFile = required(args, 'out-public');
  if (privateFile === publicFile) throw new CliError('--out-private and --out-public must be different files');
  if (args.flags.force !== true) {
    for (const file of [privateFile, publicFile]) {
      if (fs.existsSync(file)) {
        throw new CliError(
          `${file} already exists: a new key pair would replace the team's key (--force to overwrite)`,
        );
      }
    }
  }
  const keys = await generateSigningKey();
  const jwk = await exportPrivateJwk(keys.privateKey);
  const pem = await exportPublicPem(keys.publicKey);
  const keyId = await keyIdOf(keys.publicKey);
  writeText(privateFile, `${JSON.stringify(jwk, null, 2)}\n`, 0o600);
  writeText(publicFile, pem);
  return (
    `key ${keyId}: private key in ${privateFile} (keep it secret: it publishes for the team), ` +
    `public key in ${publicFile} (give it to the team)`
  );
}
