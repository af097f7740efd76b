import { useState } from 'react';
import { diffBundles } from '@/lib/icp/edit/diff';
import type { HistoryEntry } from '@/lib/icp/edit/history';
import { SMALL, HINT } from './ui';

const MARK = { added: '+', removed: '−', changed: '~' } as const;
const TONE = {
  added: 'text-green-800 dark:text-green-300',
  removed: 'text-red-800 dark:text-red-300',
  changed: 'text-gray-800 dark:text-gray-200',
} as const;

/** Saved versions, newest first; each can be compared with the one before it and brought back. */
export function HistoryPanel(props: {
  history: readonly HistoryEntry[];
  disabled?: boolean;
  onRevert(version: number): void;
}) {
  const { history } = props;
  const [open, setOpen] = useState<number | undefined>();
  if (history.length === 0) return <p className={HINT}>No saved versions yet: each save and publish adds one.</p>;
  return (
    <ol className="space-y-1 text-sm">
      {history.map((h, i) => {
        const previous = history[i + 1];
        const current = history[0]!;
        const diff = previous ? diffBundles(previous.bundle, h.bundle) : undefined;
        const expanded = open === h.version;
        return (
          <li key={`${h.bundle.id}-${h.version}`} data-testid="history-entry" data-version={h.version}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium tabular-nums">Version {h.version}</span>
              <span className={HINT}>
                {h.note} · <time dateTime={h.savedAt}>{new Date(h.savedAt).toLocaleString()}</time>
              </span>
              {i === 0 && <span className="rounded bg-blue-50 px-1 text-xs dark:bg-blue-950">in use</span>}
              <span className="grow" />
              {diff && (
                <button
                  type="button"
                  className={SMALL}
                  aria-expanded={expanded}
                  onClick={() => setOpen(expanded ? undefined : h.version)}
                >
                  {expanded ? 'Hide changes' : `Changes from version ${previous!.version}`}
                </button>
              )}
              {i > 0 && (
                <button
                  type="button"
                  className={SMALL}
                  disabled={props.disabled}
                  aria-label={`Revert to version ${h.version}`}
                  onClick={() => props.onRevert(h.version)}
                >
                  Revert to this
                </button>
              )}
            </div>
            {expanded && diff && (
              <div data-testid="history-diff" className="mt-1 ml-4 space-y-1 text-xs">
                {diff.empty && <p>No changes to ICPs, criteria, points or tiers.</p>}
                <ul>
                  {diff.bundle.map((l, k) => (
                    <li key={k} className={TONE[l.kind]}>
                      {MARK[l.kind]} {l.text}
                    </li>
                  ))}
                </ul>
                {diff.profiles.map((p) => (
                  <div key={`${p.list}-${p.id}`}>
                    <p className={`font-medium ${TONE[p.kind]}`}>
                      {p.kind === 'changed' ? '' : `${MARK[p.kind]} `}
                      {p.list === 'icps' ? 'ICP' : 'Persona'} “{p.name}”{p.kind !== 'changed' && ` ${p.kind}`}
                    </p>
                    <ul className="ml-3">
                      {p.lines.map((l, k) => (
                        <li key={k} className={TONE[l.kind]}>
                          {MARK[l.kind]} {l.text}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
                {i > 0 && current && <p className={HINT}>Reverting saves this content as a new version.</p>}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
