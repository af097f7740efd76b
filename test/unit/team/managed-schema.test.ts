import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBundle } from '../../../lib/icp/defaults';
import { parseBundle } from '../../../lib/icp/errors';
import { generateSigningKey, signBundle } from '../../../lib/team/signing';

/**
 * Chromium keeps only what public/managed-schema.json declares: a property it does not list is
 * dropped from `storage.managed` without a word. So an inline policy bundle reaches the extension
 * whole only if the schema declares every field a bundle can have. This filters real bundles the
 * way Chromium does (properties, items, $ref by id) and checks that nothing is lost.
 */

interface Schema {
  id?: string;
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}

const schema = JSON.parse(fs.readFileSync('public/managed-schema.json', 'utf8')) as Schema;

function collectIds(node: Schema, ids: Map<string, Schema>): Map<string, Schema> {
  if (node.id) ids.set(node.id, node);
  for (const child of Object.values(node.properties ?? {})) collectIds(child, ids);
  if (node.items) collectIds(node.items, ids);
  return ids;
}
const ids = collectIds(schema, new Map());

function filter(value: unknown, node: Schema): unknown {
  const s = node.$ref ? ids.get(node.$ref)! : node;
  if (Array.isArray(value)) return s.type === 'array' ? value.map((v) => filter(v, s.items!)) : undefined;
  if (value !== null && typeof value === 'object') {
    if (s.type !== 'object') return undefined;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => s.properties?.[key] !== undefined)
        .map(([key, v]) => [key, filter(v, s.properties![key]!)]),
    );
  }
  return value;
}

/** Every ICP of the spec's golden vectors, in one bundle: the widest mix of criterion shapes at hand. */
const vectors = JSON.parse(fs.readFileSync('test/fixtures/scoring-vectors.json', 'utf8')) as {
  icps: Record<string, { id: string }>;
};
const vectorIcps = Object.values(vectors.icps);
const vectorsBundle = { ...defaultBundle, icps: vectorIcps, defaultIcpId: vectorIcps[0]!.id };

const bundleFiles = fs
  .readdirSync('test/fixtures/bundles')
  .filter((f) => f.endsWith('.json'))
  .map((f) => path.join('test/fixtures/bundles', f));

describe('public/managed-schema.json', () => {
  it('declares the five policy keys of design.md, each with one type', () => {
    expect(Object.keys(schema.properties!).sort()).toEqual(
      ['inlineBundle', 'lock', 'pollMinutes', 'teamBundleUrl', 'teamPublicKey'].sort(),
    );
    for (const node of Object.values(schema.properties!)) expect(node.type).toBeDefined();
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(schema).match(/"\$ref":"(\w+)"/g) ?? [];
    for (const ref of refs) expect(ids.has(ref.split('"')[3]!)).toBe(true);
  });

  it.each([
    ['bundled defaults', defaultBundle as unknown],
    ['the scoring vectors', vectorsBundle],
    ...bundleFiles.map((f) => [f, JSON.parse(fs.readFileSync(f, 'utf8'))]),
  ])('keeps every field of %s when Chromium filters an inline bundle', (_name, bundle) => {
    expect(parseBundle(bundle).ok).toBe(true);
    expect(filter(bundle, schema.properties!.inlineBundle!)).toEqual(bundle);
  });

  it('keeps a signed envelope whole', async () => {
    const { privateKey } = await generateSigningKey();
    const envelope = await signBundle(defaultBundle, privateKey, { keyId: 'abc' });
    expect(filter(envelope, schema.properties!.inlineBundle!)).toEqual(envelope);
  });
});
