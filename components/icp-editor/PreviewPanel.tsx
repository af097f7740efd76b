import type { PreviewResult } from '@/lib/icp/edit/preview';
import { HINT } from './ui';

export type PreviewView =
  | { state: 'loading' | 'idle' | 'invalid' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; result: PreviewResult; ms: number; comparedWith: string };

/** What saving would change for the companies this browser knows: tier moves and the biggest movers. */
export function PreviewPanel({ view, dirty }: { view: PreviewView; dirty: boolean }) {
  return (
    <section aria-labelledby="preview-h" className="space-y-2" data-testid="preview">
      <h3 id="preview-h" className="text-sm font-semibold">
        Preview: what would change
      </h3>
      <div role="status" aria-live="polite" className="min-h-[3rem] text-sm">
        {view.state === 'invalid' && <p>Fix the problems above to see the preview.</p>}
        {view.state === 'idle' && (
          <p>Change a criterion, its points or a tier to see which saved leads and recent companies would move.</p>
        )}
        {view.state === 'loading' && <p>Reading your saved leads and recent companies…</p>}
        {view.state === 'running' && (
          <p>
            Re-scoring… {Math.min(view.done, view.total)} of {view.total}
          </p>
        )}
        {view.state === 'done' && <Result view={view} dirty={dirty} />}
      </div>
    </section>
  );
}

function Result({ view, dirty }: { view: Extract<PreviewView, { state: 'done' }>; dirty: boolean }) {
  const { result, ms, comparedWith } = view;
  if (result.total === 0) {
    return <p>No saved leads or recently seen companies yet: open a few company pages to preview against them.</p>;
  }
  return (
    <div className="space-y-2">
      <p data-testid="preview-summary">
        <strong>
          {result.movedTier} {result.movedTier === 1 ? 'lead' : 'leads'} would move tier
        </strong>{' '}
        ({result.up} up, {result.down} down) · {result.changedScore} of {result.total} scores would change
        {!dirty && ' (no unsaved changes)'}
      </p>
      {result.movers.length > 0 && (
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Biggest movers</caption>
          <thead className="text-gray-500 dark:text-gray-400">
            <tr>
              <th className="py-0.5 font-medium">Company</th>
              <th className="py-0.5 font-medium">Now</th>
              <th className="py-0.5 font-medium">After saving</th>
            </tr>
          </thead>
          <tbody>
            {result.movers.map((m) => (
              <tr key={m.key} data-testid="mover" className="border-t border-gray-200 dark:border-gray-700">
                <td className="py-0.5">
                  {m.name}
                  {m.source === 'seen' && <span className="ml-1 text-gray-500">(seen, not saved)</span>}
                </td>
                <td className="py-0.5 tabular-nums">
                  {m.from.score} · {m.from.tierLabel}
                </td>
                <td className="py-0.5 tabular-nums">
                  {m.to.score} · {m.to.tierLabel}{' '}
                  {m.to.score > m.from.score ? '▲' : m.to.score < m.from.score ? '▼' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={HINT}>
        Compared with {comparedWith}; {result.total} companies re-scored in {ms} ms.
      </p>
    </div>
  );
}
