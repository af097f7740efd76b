import { useEffect, useState } from 'react';
import { db } from '@/lib/db/database';
import { ALL_BUCKETS, BUCKET_COUNT } from '@/lib/db/buckets';
import { leadsOfBuckets, type StoredLead } from '@/lib/db/leads';
import { previewRecords, previewRun, type PreviewRecord, type PreviewResult } from '@/lib/icp/edit/preview';
import type { Icp, IcpBundle } from '@/lib/icp/schema';
import { industryMatches } from '@/lib/normalize/industries';
import type { Selection } from './editor-store';

/**
 * The editor's live preview: saved leads and recently seen companies (read once per page, read
 * only), re-scored with the saved and the edited ICP a chunk at a time after typing pauses, so
 * the page stays responsive with tens of thousands of leads.
 */

export type PreviewState =
  | { state: 'loading' | 'idle' }
  | { state: 'invalid' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; result: PreviewResult; ms: number; comparedWith: string };

/** Companies seen most recently, at most this many (the company cache keeps every visit). */
const SEEN_LIMIT = 5000;
const CHUNK = 2000;
const DEBOUNCE_MS = 250;

let records: Promise<PreviewRecord[]> | undefined;

/** Every saved lead, read a slice of buckets at a time: no single task holds the page long. */
async function savedLeads(): Promise<StoredLead[]> {
  const out: StoredLead[] = [];
  const step = BUCKET_COUNT / 8;
  for (let i = 0; i < BUCKET_COUNT; i += step) {
    out.push(...(await leadsOfBuckets(ALL_BUCKETS.slice(i, i + step))));
    await pause();
  }
  return out;
}

function loadRecords(): Promise<PreviewRecord[]> {
  records ??= Promise.all([
    savedLeads().catch(() => []),
    db()
      .companies.orderBy('lastSeen')
      .reverse()
      .limit(SEEN_LIMIT)
      .toArray()
      .catch(() => []),
  ]).then(([leads, seen]) => previewRecords(leads, seen));
  return records;
}

/** The ICP of the selection as saved, else (a new ICP) the one in use: what the preview compares with. */
function baseline(saved: IcpBundle, edited: Icp, activeIcpId: string | undefined): Icp {
  return (
    saved.icps.find((i) => i.id === edited.id) ??
    saved.icps.find((i) => i.id === activeIcpId) ??
    saved.icps.find((i) => i.id === saved.defaultIcpId) ??
    saved.icps[0]!
  );
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function usePreview(
  draft: IcpBundle | undefined,
  saved: IcpBundle | undefined,
  selected: Selection,
  valid: boolean,
  activeIcpId: string | undefined,
  dirty: boolean,
): PreviewState {
  const [state, setState] = useState<PreviewState>({ state: 'loading' });
  const edited = selected.list === 'icps' ? draft?.icps[selected.index] : draft?.icps[0];
  useEffect(() => {
    if (!saved || !edited) return;
    // Nothing edited, nothing to preview: the leads are read only once the manager changes something.
    if (!dirty) {
      setState({ state: 'idle' });
      return;
    }
    if (!valid) {
      setState({ state: 'invalid' });
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const list = await loadRecords();
      if (cancelled) return;
      const before = baseline(saved, edited, activeIcpId);
      const started = performance.now();
      const run = previewRun(list, before, edited, { asOf: new Date().toISOString().slice(0, 10), industryMatches });
      let done = false;
      let processed = 0;
      while (!done && !cancelled) {
        done = run.step(CHUNK);
        processed += CHUNK;
        if (!done) {
          setState({ state: 'running', done: processed, total: list.length });
          await pause();
        }
      }
      if (cancelled) return;
      const ms = Math.round(performance.now() - started);
      setState({
        state: 'done',
        result: run.result(),
        ms,
        comparedWith: `${before.name} as saved (version ${saved.version})`,
      });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [edited, saved, valid, activeIcpId, dirty]);
  return state;
}
