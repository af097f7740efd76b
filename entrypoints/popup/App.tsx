import { useEffect } from 'react';
import { browser } from '#imports';
import { EmptyState } from '@/components/EmptyState';
import type { TabFit } from '@/lib/messaging/protocol';
import { usePopupStore, type ScanState } from './store';
import { CompanyView, ListView, PersonView, ScanView, Unscored } from './views';

function Body({ tab, scan }: { tab: TabFit | null; scan?: ScanState }) {
  if (tab?.kind === 'company' && tab.fit && tab.tone) return <CompanyView tab={tab} />;
  if (tab?.kind === 'person' && tab.personaFit) return <PersonView tab={tab} />;
  if (tab?.kind === 'list') return <ListView tab={tab} />;
  if (!tab && scan) return <ScanView scan={scan} />;
  return <Unscored tab={tab} />;
}

export function App() {
  const { status, fit, scan, error, load } = usePopupStore();
  useEffect(() => void load(), [load]);

  return (
    <main className="min-h-[220px] w-[380px] space-y-4 p-4">
      {status === 'loading' && (
        <div aria-busy="true" className="h-16 animate-pulse rounded bg-gray-100 dark:bg-gray-800" />
      )}
      {status === 'error' && (
        <EmptyState title="Something went wrong">
          <p>{error}</p>
          <p className="mt-1">Reload the page and open ICP Lens again.</p>
        </EmptyState>
      )}
      {status === 'ready' && <Body tab={fit} scan={scan} />}
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
