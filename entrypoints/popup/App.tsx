import { useEffect } from 'react';
import { browser } from '#imports';
import { CoverageNote } from '@/components/CoverageNote';
import { CriteriaList } from '@/components/CriteriaList';
import { DimensionBars } from '@/components/DimensionBars';
import { EmptyState } from '@/components/EmptyState';
import { ScoreHeader } from '@/components/ScoreHeader';
import type { TabFit } from '@/lib/messaging/protocol';
import { usePopupStore } from './store';

function Unscored({ fit }: { fit: TabFit | null }) {
  if (!fit) {
    return (
      <EmptyState title="Nothing to score here">
        <p>Open a LinkedIn company page, profile or search results, and ICP Lens scores it against your ICP.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No company found on this page">
      <p>ICP Lens could not read a company here.</p>
      {fit.missing.length > 0 && (
        <p data-testid="missing" className="mt-1 text-xs">
          Not found: {fit.missing.join(', ')}
        </p>
      )}
    </EmptyState>
  );
}

export function App() {
  const { status, fit, error, load } = usePopupStore();
  useEffect(() => void load(), [load]);

  return (
    <main className="w-[380px] min-h-[220px] space-y-4 p-4">
      {status === 'loading' && <div aria-busy="true" className="h-16 animate-pulse rounded bg-gray-100 dark:bg-gray-800" />}
      {status === 'error' && (
        <EmptyState title="Something went wrong">
          <p>{error}</p>
          <p className="mt-1">Reload the page and open ICP Lens again.</p>
        </EmptyState>
      )}
      {status === 'ready' && fit?.fit && fit.tone ? (
        <>
          <ScoreHeader title={fit.title} fit={fit.fit} tone={fit.tone} icpName={fit.icp.name} />
          <CoverageNote fit={fit.fit} />
          <DimensionBars dimensions={fit.fit.dimensions} />
          <CriteriaList criteria={fit.fit.criteria} />
        </>
      ) : (
        status === 'ready' && <Unscored fit={fit} />
      )}
      <footer className="flex justify-end border-t border-gray-200 pt-2 text-xs dark:border-gray-700">
        <button
          type="button"
          className="rounded px-2 py-1 text-blue-700 hover:underline dark:text-blue-400"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          ICP settings
        </button>
      </footer>
    </main>
  );
}
