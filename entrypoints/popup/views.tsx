import { browser } from '#imports';
import { EmployerCard } from '@/components/EmployerCard';
import { EmptyState } from '@/components/EmptyState';
import { FitDetails } from '@/components/FitDetails';
import { RowList } from '@/components/RowList';
import type { TabFit } from '@/lib/messaging/protocol';
import { usePopupStore } from './store';

export function CompanyView({ tab }: { tab: TabFit }) {
  return (
    <FitDetails title={tab.title} result={{ fit: tab.fit!, tone: tab.tone! }} scoredWith={`ICP: ${tab.icp.name}`} />
  );
}

export function PersonView({ tab }: { tab: TabFit }) {
  const p = tab.person ?? {};
  const role = [p.seniority, p.department].filter(Boolean).join(' · ');
  return (
    <div className="space-y-4">
      {p.headline && <p className="text-sm text-gray-700 dark:text-gray-300">{p.headline}</p>}
      {role && (
        <p data-testid="role" className="text-xs text-gray-600 capitalize dark:text-gray-400">
          {role}
        </p>
      )}
      {tab.employer && (
        <EmployerCard
          employer={tab.employer}
          icpName={tab.icp.name}
          onOpenCompany={(url) => void browser.tabs.create({ url })}
        />
      )}
      {tab.personaFit && (
        <FitDetails title={tab.title} result={tab.personaFit} scoredWith={`Persona: ${tab.persona?.name ?? ''}`} />
      )}
    </div>
  );
}

export function ListView({ tab }: { tab: TabFit }) {
  const { row, selectRow } = usePopupStore();
  const rows = tab.rows ?? [];
  const selected = row !== undefined ? rows[row] : undefined;
  if (selected?.result) {
    const scoredWith = selected.kind === 'company' ? `ICP: ${tab.icp.name}` : 'Persona fit';
    return (
      <div className="space-y-3">
        <button
          type="button"
          className="text-sm text-blue-700 hover:underline dark:text-blue-400"
          onClick={() => selectRow(undefined)}
        >
          ← All {rows.length} results
        </button>
        <FitDetails title={selected.title} result={selected.result} scoredWith={scoredWith} />
      </div>
    );
  }
  const top = rows.filter((r) => r.result?.tone === 'high').length;
  return (
    <div className="space-y-2">
      <h1 className="text-base font-semibold">
        {rows.length} results · {top} in the top tier
      </h1>
      {rows.length ? (
        <RowList rows={rows} onSelect={selectRow} />
      ) : (
        <p className="text-sm">No rows could be read on this list.</p>
      )}
    </div>
  );
}

export function Unscored({ tab }: { tab: TabFit | null }) {
  if (!tab) {
    return (
      <EmptyState title="Nothing to score here">
        <p>Open a LinkedIn company page, profile or search results, and ICP Lens scores it against your ICP.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No company found on this page">
      <p>ICP Lens could not read a company or person here.</p>
      {tab.missing.length > 0 && (
        <p data-testid="missing" className="mt-1 text-xs">
          Could not read: {tab.missing.join(', ')}
        </p>
      )}
    </EmptyState>
  );
}
