import { parseBundle } from '../icp/errors';
import { nextVersion } from '../icp/edit/history';
import { bundleFileName } from '../icp/edit/import';
import type { IcpBundle } from '../icp/schema-bundle';
import { openEnvelope } from './envelope';
import { exportPublicPem } from './pem';
import { signBundle, type TeamEnvelope } from './signing';

export interface Release {
  /** The bundle as published: version one higher, publishedAt now. */
  bundle: IcpBundle;
  envelope: TeamEnvelope;
  /** The file to host: "<id>-v<version>.signed.json". */
  fileName: string;
  text: string;
}

/**
 * Publishes from the browser: the next version of the bundle, signed with the team key, and
 * checked the way every rep's extension will check it before it is handed out. The envelope
 * carries the public key too, so a rep who subscribes with the URL alone is shown its key id.
 */
export async function prepareRelease(
  bundle: IcpBundle,
  key: { privateKey: CryptoKey; publicKey: CryptoKey; keyId: string },
  now: string,
  publisher?: string,
): Promise<Release> {
  const next = nextVersion(bundle, now);
  if (publisher?.trim()) next.publisher = publisher.trim();
  const parsed = parseBundle(next);
  if (!parsed.ok) throw new Error(`the bundle is not valid: ${parsed.errors[0]?.path} ${parsed.errors[0]?.message}`);
  const publicKey = await exportPublicPem(key.publicKey);
  const envelope = await signBundle(parsed.value, key.privateKey, { keyId: key.keyId, publicKey });
  const opened = await openEnvelope(envelope, key.publicKey);
  if (!opened.ok) throw new Error(`the signed bundle does not verify: ${opened.errors[0]?.message}`);
  return {
    bundle: parsed.value,
    envelope,
    fileName: bundleFileName(parsed.value, '.signed'),
    text: `${JSON.stringify(envelope, null, 2)}\n`,
  };
}
