import { browser } from '#imports';
import { EmployerCard } from '@/components/EmployerCard';
import { EmptyState } from '@/components/EmptyState';
import { FitDetails } from '@/components/FitDetails';
import { RowList } from '@/components/RowList';
import type { TabFit } from '@/lib/messaging/protocol';
import { SaveLead } from '@/components/SaveLead';
import { SourcesPanel } from '@/components/SourcesPanel';
import { TechnologyList } from '@/components/TechnologyList';
import { usePopupStore, type ScanState } from './store';

const linkButton =
  'rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-60 dark:border-gray-600 dark:bg-gray-800 dark:hover:bg-gray-700';

/** On a LinkedIn company page with a known website: read the site too, with the user's permission. */
function EnrichFromWebsite({ tab }: { tab: TabFit }) {
  const { enrich, enrichFromWebsite } = usePopupStore();
  if (!tab.enrichUrl) return null;
  const host = new URL(tab.enrichUrl).hostname.replace(/^www\./, '');
  const hasWebsite = tab.sources?.some((s) => s.kind === 'website');
  const working = enrich?.state === 'working';
  return (
    <div className="space-y-1">
      <button
        type="button"
        data-testid="enrich"
        className={linkButton}
        disabled={working}
        onClick={() => void enrichFromWebsite()}
      >
        {working ? `Reading ${host}…` : hasWebsite ? `Refresh from ${host}` : `Enrich from ${host}`}
      </button>
      <p data-testid="enrich-status" role="status" className="text-xs text-gray-600 dark:text-gray-400">
        {enrich?.state === 'failed' && <span className="text-red-700 dark:text-red-400">{enrich.message}</span>}
        {enrich?.state === 'done' &&
          `Read ${enrich.pages.length} page${enrich.pages.length === 1 ? '' : 's'} of ${host}.`}
        {!enrich && !hasWebsite && 'Adds technologies, hiring and news from the company’s own site.'}
      </p>
    </div>
  );
}

function Save({ what }: { what?: string }) {
  const { save, saveLead } = usePopupStore();
  return (
    <SaveLead
      save={save}
      onSave={() => void saveLead()}
      onOpenLeads={() => void browser.tabs.create({ url: browser.runtime.getURL('/leads.html') })}
      what={what}
    />
  );
}

export function CompanyView({ tab }: { tab: TabFit }) {
  return (
    <div className="space-y-4">
      <FitDetails title={tab.title} result={{ fit: tab.fit!, tone: tab.tone! }} scoredWith={`ICP: ${tab.icp.name}`} />
      <Save />
      <EnrichFromWebsite tab={tab} />
      <SourcesPanel company={tab.company} origins={tab.origins} />
      {tab.detections && <TechnologyList detections={tab.detections} />}
    </div>
  );
}

/** The popup is reading the website it was opened on, or could not. */
export function ScanView({ scan }: { scan: ScanState }) {
  if (scan.state === 'reading') {
    return (
      <div aria-busy="true" data-testid="scanning" className="space-y-2">
        <p className="text-sm">Reading this website…</p>
        <div className="h-16 animate-pulse rounded bg-gray-100 dark:bg-gray-800" />
      </div>
    );
  }
  if (scan.reason === 'not-a-web-page') return <Unscored tab={null} />;
  return (
    <EmptyState title="This page could not be scored">
      <p data-testid="scan-error">{scan.message}</p>
    </EmptyState>
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
      {(tab.employer?.name || tab.employer?.company) && <Save what="person and company" />}
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
        {(selected.kind === 'company' || selected.person?.companyName) && <Save />}
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
        <p>
          Open a company’s website, its LinkedIn page, a profile or search results, and ICP Lens scores it against your
          ICP.
        </p>
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
