import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from '../../../lib/cli/chromium';

/** Where Debian's Chromium reads mandatory policy (design.md, "Real parts"). */
export const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Chromium's id for an unpacked extension without a manifest key: the SHA-256 of its absolute
 * path, first 32 hex digits written with the letters a..p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * A copy of the built extension without its manifest key, so its id comes from its path: a
 * policy written for that id reaches this test's browser and no other.
 */
export function extensionCopy(): { dir: string; id: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-lens-policy-ext-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  delete manifest.key;
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id: unpackedExtensionId(dir), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Why a policy file cannot be written here (not root, read-only /etc), or undefined when it can. */
export function policyUnwritable(): string | undefined {
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.accessSync(POLICY_DIR, fs.constants.W_OK);
    return undefined;
  } catch (error) {
    return `cannot write Chromium policy in ${POLICY_DIR} (${(error as Error).message}); run the tests as root to cover enterprise policy`;
  }
}

/** Writes the extension's policy (`storage.managed`) for `id`; returns a function that removes it. */
export function writePolicy(id: string, values: Record<string, unknown>): () => void {
  const file = path.join(POLICY_DIR, `icp-lens-test-${id}.json`);
  fs.writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }));
  const remove = () => fs.rmSync(file, { force: true });
  // Even when the run is stopped half way, no test policy stays behind in /etc.
  process.once('exit', remove);
  return remove;
}
