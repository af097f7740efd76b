/**
 * Applying a new team bundle, as the background does after a fetch: parse the served JSON, open
 * the signed envelope and verify its ECDSA P-256 signature, validate the bundle, decide against
 * the bundle in use (version, what changed), and switch (compile the active ICP for scoring).
 * Storage writes are left out: they are the browser's. The bundle has one 50-criterion ICP (the
 * 20-criterion benchIcp's criteria repeated with new ids). Median of 50 runs after 10 warm-ups.
 *
 * - team.applyBundleMs: budget ≤ 50 ms (issue #6).
 *
 * Run alone: npx tsx test/bench/team-bench.ts
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { IcpBundle } from '../../lib/icp/schema-bundle';
import { compileIcp } from '../../lib/icp/score';
import { decideTeamBundle } from '../../lib/team/apply';
import { importPublicPem } from '../../lib/team/pem';
import { importKeyPairJwk, signBundle } from '../../lib/team/signing';
import { benchIcp } from './bench-data';

type Figures = Record<string, number>;

const CRITERIA = 50;
const RUNS = 50;
const WARM_UP = 10;

function bundleOf(version: number): IcpBundle {
  const criteria = Array.from({ length: CRITERIA }, (_, i) => {
    const base = benchIcp.criteria[i % benchIcp.criteria.length]!;
    return { ...base, id: `${base.id}-${i}`, label: `${base.label} (${i})`, points: base.points + (version % 2) };
  });
  const icp = { ...benchIcp, id: 'bench-team', criteria };
  return {
    schemaVersion: 1,
    id: 'bench-team-bundle',
    name: 'Bench team',
    version,
    publishedAt: '2026-06-30T09:00:00Z',
    icps: [icp],
    defaultIcpId: icp.id,
  } as IcpBundle;
}

export async function teamFigures(): Promise<Figures> {
  const { privateKey } = await importKeyPairJwk(
    JSON.parse(fs.readFileSync('test/fixtures/team/team-private.jwk', 'utf8')),
  );
  const publicKey = await importPublicPem(fs.readFileSync('test/fixtures/team/team-public.pem', 'utf8'));
  const current = bundleOf(1);
  const served = JSON.stringify(await signBundle(bundleOf(2), privateKey));
  const apply = async () => {
    const decision = await decideTeamBundle(JSON.parse(served), {
      publicKey,
      requireSignature: true,
      current,
      knownSchemaVersion: 1,
    });
    if (decision.kind !== 'apply') throw new Error(`bench bundle not applied: ${JSON.stringify(decision)}`);
    const icp = decision.bundle.icps.find((i) => i.id === decision.bundle.defaultIcpId)!;
    compileIcp(icp, { asOf: '2026-06-30' });
  };
  for (let i = 0; i < WARM_UP; i++) await apply();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await apply();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    'team.applyBundleMs': Number(times[Math.floor(RUNS / 2)]!.toFixed(2)),
    'team.applyBundleMaxMs': Number(times[RUNS - 1]!.toFixed(2)),
    'team.bundleKB': Number((served.length / 1024).toFixed(1)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(Object.entries(await teamFigures()).map(([metric, value]) => ({ metric, value })));
}
