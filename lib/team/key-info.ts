import { exportPublicPem, importPublicPem } from './pem';
import { keyIdOf } from './signing';

export type KeyInfo = { ok: true; keyId: string; pem: string } | { ok: false; message: string };

/**
 * A pasted public key checked and fingerprinted, so the rep can compare its key id with the one
 * their manager announced before subscribing. `pem` is the key re-exported in canonical form
 * (the text around the block, CRLF and odd line lengths dropped), which is what gets stored.
 */
export async function publicKeyInfo(text: string): Promise<KeyInfo> {
  try {
    const key = await importPublicPem(text);
    return { ok: true, keyId: await keyIdOf(key), pem: (await exportPublicPem(key)).trim() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
