import { describe, expect, it } from 'vitest';
import { accountsFromCsv, calibrate } from '../../../lib/calibrate';
import { syntheticAccounts, syntheticCsv } from '../../../lib/calibrate/synthetic';
import { defaultBundle } from '../../../lib/icp/defaults';
import { describeIssues, fromWorkerSchema, toWorkerSchema } from '../../../entrypoints/options/calibrate-protocol';

const AS_OF = '2026-06-30';

describe('calibration worker protocol', () => {
  it('accepts what the page sends, and names the field of a message it refuses', () => {
    const bytes = new TextEncoder().encode('Company name,Deal Stage\nA,Closed Won\n').buffer;
    expect(toWorkerSchema.safeParse({ kind: 'read', job: 1, fileName: 'a.csv', bytes }).success).toBe(true);
    const run = { kind: 'calibrate', job: 2, bundle: defaultBundle, icpId: 'mid-market-saas', asOf: AS_OF };
    expect(toWorkerSchema.safeParse({ ...run, now: '2026-06-30T09:00:00.000Z' }).success).toBe(true);

    const bad = toWorkerSchema.safeParse({ ...run, now: '2026-06-30T09:00:00.000Z', asOf: '30/06/2026' });
    expect(bad.success).toBe(false);
    expect(describeIssues(bad.error!)).toContain('asOf');
    const noBytes = toWorkerSchema.safeParse({ kind: 'read', job: 1, fileName: 'a.csv', bytes: 'text' });
    expect(describeIssues(noBytes.error!)).toContain('bytes');
  });

  // The page checks the worker's answers against what the engine really returns: a change of the
  // report's shape fails here, not in front of a manager.
  it("accepts the engine's real report, read summary and not-enough-data answer", () => {
    const { accounts } = syntheticAccounts({ seed: 3, count: 600 });
    const read = accountsFromCsv(syntheticCsv(accounts), { fileName: 'deals.csv' });
    const { accounts: rows, ...summary } = read;
    const won = rows.filter((a) => a.outcome === 'won').length;
    const readMessage = { kind: 'read', job: 1, summary: { ...summary, won, lost: rows.length - won } };
    expect(fromWorkerSchema.safeParse(readMessage).success).toBe(true);

    const outcome = structuredClone(calibrate(rows, defaultBundle, 'mid-market-saas', { asOf: AS_OF }));
    expect(outcome.ok).toBe(true);
    expect(fromWorkerSchema.safeParse({ kind: 'done', job: 2, outcome }).success).toBe(true);

    const few = calibrate(rows.slice(0, 10), defaultBundle, 'mid-market-saas', { asOf: AS_OF });
    expect(few.ok).toBe(false);
    expect(fromWorkerSchema.safeParse({ kind: 'done', job: 3, outcome: few }).success).toBe(true);
  });

  it('refuses an answer that lacks what the page reads', () => {
    const parsed = fromWorkerSchema.safeParse({ kind: 'done', job: 1, outcome: { ok: true, report: { rows: 3 } } });
    expect(parsed.success).toBe(false);
    expect(describeIssues(parsed.error!)).toMatch(/outcome\.report\.\w+/);
    expect(fromWorkerSchema.safeParse({ kind: 'progress', job: 1, phase: 'dreaming', fraction: 0.5 }).success).toBe(
      false,
    );
  });
});
