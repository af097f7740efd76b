import { useRef, useState } from 'react';
import type { ExportPreset } from '@/lib/csv/export';
import type { ImportPlan } from '@/lib/csv/import';
import type { ImportField, Mapping } from '@/lib/csv/mapping';
import type { BackupFile } from '@/lib/db/backup';
import type { IssueLine } from '@/lib/icp/errors';
import type { IcpBundle } from '@/lib/icp/schema';
import type { LeadRow } from '@/lib/leads/types';
import { ImportIcpSelect, ImportScoreCells, ImportTally } from '@/components/leads/ImportScoring';
import { CsvColumns, CsvRowsLeftOut, CsvWarnings } from '@/components/CsvRead';

// What each tool needs is loaded when it is used: the page opens with the table alone.
const leadsDb = () => import('@/lib/db/leads');
const csvExport = () => import('@/lib/csv/export');
const csvImport = () => import('@/lib/csv/import');
const backups = () => import('@/lib/db/backup');
const fromImport = () => import('@/lib/leads/from-import');
const activeIcp = () => import('@/lib/storage/active-icp');
import { downloadText, today } from './download';
import { useLeadsStore } from './store';
import { useImportScores } from './use-import-scores';

const button =
  'rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-100 disabled:opacity-50 dark:border-gray-600 dark:bg-gray-800 dark:hover:bg-gray-700';
const primary =
  'rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 disabled:opacity-50 dark:bg-blue-600';
const field = 'rounded-md border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-600 dark:bg-gray-800';
const PRESETS: { id: ExportPreset; label: string }[] = [
  { id: 'hubspot', label: 'HubSpot companies import' },
  { id: 'salesforce', label: 'Salesforce accounts import' },
  { id: 'all', label: 'All fields' },
];
const MAX_FILE_BYTES = 200 * 1024 * 1024;

interface Props {
  /** The leads shown (filtered and sorted), for "export shown". */
  rows: LeadRow[];
  selected: string[];
}

/** Export (CSV presets, backup), import (CSV with mapping and preview, backup restore). */
export function DataTools({ rows, selected }: Props) {
  const say = useLeadsStore((s) => s.say);
  const [preset, setPreset] = useState<ExportPreset>('hubspot');
  const [bom, setBom] = useState(true);
  const [plan, setPlan] = useState<{ plan: ImportPlan; text: string; warnings: ImportPlan['warnings'] }>();
  const [restore, setRestore] = useState<{ backup?: BackupFile; errors?: IssueLine[]; fileName: string }>();
  const [busy, setBusy] = useState(false);
  // The bundle in use when the file was chosen, and which of its ICPs scores the import.
  const [scoreWith, setScoreWith] = useState<{ bundle: IcpBundle; activeId: string; icpId: string }>();
  const scoringIcp = scoreWith?.bundle.icps.find((i) => i.id === scoreWith.icpId);
  const scoring = useImportScores(plan?.plan.rows, scoreWith?.bundle, scoringIcp);
  const importDialog = useRef<HTMLDialogElement>(null);
  const restoreDialog = useRef<HTMLDialogElement>(null);

  async function exportCsv(which: 'shown' | 'selected') {
    const keys = which === 'selected' ? selected : rows.map((r) => r.key);
    if (!keys.length) return say('There are no leads to export.', true);
    setBusy(true);
    try {
      performance.mark('leads:export-start');
      const [{ leadsForExport }, { exportLeadsCsv }] = await Promise.all([leadsDb(), csvExport()]);
      const leads = await leadsForExport(keys);
      downloadText(
        exportLeadsCsv(leads, { preset, bom }),
        `icp-lens-leads-${preset}-${today()}.csv`,
        'text/csv;charset=utf-8',
      );
      performance.measure('leads:export', 'leads:export-start');
      say(`Exported ${leads.length} leads (${PRESETS.find((p) => p.id === preset)?.label}).`);
    } catch (e) {
      say(`Export failed: ${String(e)}`, true);
    } finally {
      setBusy(false);
    }
  }

  async function chooseCsv(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      return say(
        `${file.name} is ${Math.round(file.size / 1e6)} MB; the limit is 200 MB. Split the file and import the parts.`,
        true,
      );
    }
    const [{ guessMappingForText, planImport, readCsvText }, { loadActiveIcp }] = await Promise.all([
      csvImport(),
      activeIcp(),
    ]);
    const active = await loadActiveIcp();
    setScoreWith((was) => ({
      bundle: active.bundle,
      activeId: active.icp.id,
      // A rep who picked another ICP for the last file likely wants it for the next one too.
      icpId: was && active.bundle.icps.some((i) => i.id === was.icpId) ? was.icpId : active.icp.id,
    }));
    const read = readCsvText(new Uint8Array(await file.arrayBuffer()), file.name);
    const mapping = guessMappingForText(read.text);
    setPlan({
      plan: planImport(read.text, mapping, { fileName: file.name, warnings: read.warnings }),
      text: read.text,
      warnings: read.warnings,
    });
    importDialog.current?.showModal();
  }

  async function remap(index: number, fieldName: ImportField) {
    if (!plan) return;
    const { planImport } = await csvImport();
    const mapping: Mapping = plan.plan.mapping.map((m) => (m.index === index ? { ...m, field: fieldName } : m));
    setPlan({
      ...plan,
      plan: planImport(plan.text, mapping, { fileName: plan.plan.fileName, warnings: plan.warnings }),
    });
  }

  async function confirmImport() {
    const run = scoring.run;
    if (!plan || !run || !scoring.complete || run.total !== plan.plan.rows.length) return;
    setBusy(true);
    try {
      const { leadFromImportRow } = await fromImport();
      const at = new Date().toISOString();
      // The scores shown in the dialog are the ones written: no second scoring that could differ.
      const leads = plan.plan.rows.map((row, i) => leadFromImportRow(row, plan.plan, () => run.scores[i]!, at));
      const { added, merged } = await (await leadsDb()).importLeads(leads, at);
      importDialog.current?.close();
      setPlan(undefined);
      say(
        `Imported ${plan.plan.fileName}: ${added} new leads, ${merged} merged into leads you had. Scored with “${run.icp.name}”.`,
      );
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
    } finally {
      setBusy(false);
    }
  }

  async function backup() {
    setBusy(true);
    try {
      const { exportBackup } = await backups();
      const file = await exportBackup();
      downloadText(JSON.stringify(file), `icp-lens-backup-${today()}.json`, 'application/json');
      say(`Backup saved: ${file.leads.length} leads, ${file.activity.length} history entries.`);
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
    } finally {
      setBusy(false);
    }
  }

  async function chooseBackup(file: File | undefined) {
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setRestore({
        fileName: file.name,
        errors: [{ path: '$', message: `${file.name} is not valid JSON: ${String(e)}` }],
      });
      return restoreDialog.current?.showModal();
    }
    const { parseBackup } = await backups();
    const parsed = parseBackup(json);
    setRestore(
      parsed.ok ? { fileName: file.name, backup: parsed.backup } : { fileName: file.name, errors: parsed.errors },
    );
    restoreDialog.current?.showModal();
  }

  async function confirmRestore() {
    if (!restore?.backup) return;
    setBusy(true);
    try {
      const { restoreBackup } = await backups();
      const counts = await restoreBackup(restore.backup);
      restoreDialog.current?.close();
      setRestore(undefined);
      say(`Restored ${counts.leads} leads and ${counts.activity} history entries from ${restore.fileName}.`);
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
    } finally {
      setBusy(false);
    }
  }

  const p = plan?.plan;
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col text-xs">
        Export format
        <select
          className={field}
          value={preset}
          onChange={(e) => setPreset(e.target.value as ExportPreset)}
          data-testid="export-preset"
        >
          {PRESETS.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 pb-1.5 text-xs">
        <input type="checkbox" className="h-4 w-4" checked={bom} onChange={(e) => setBom(e.target.checked)} />
        For Excel (BOM)
      </label>
      <button
        type="button"
        className={button}
        disabled={busy}
        onClick={() => void exportCsv('shown')}
        data-testid="export-shown"
      >
        Export {rows.length} shown
      </button>
      {selected.length > 0 && (
        <button
          type="button"
          className={button}
          disabled={busy}
          onClick={() => void exportCsv('selected')}
          data-testid="export-selected"
        >
          Export {selected.length} selected
        </button>
      )}
      <label className={`${button} cursor-pointer`}>
        Import CSV…
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          className="sr-only"
          data-testid="import-csv"
          onChange={(e) => {
            void chooseCsv(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <button type="button" className={button} disabled={busy} onClick={() => void backup()} data-testid="backup">
        Back up
      </button>
      <label className={`${button} cursor-pointer`}>
        Restore…
        <input
          type="file"
          accept=".json,application/json"
          className="sr-only"
          data-testid="restore-file"
          onChange={(e) => {
            void chooseBackup(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>

      <dialog
        ref={importDialog}
        aria-labelledby="import-h"
        data-testid="import-dialog"
        className="m-auto max-h-[90vh] w-[min(1000px,95vw)] overflow-y-auto rounded-lg p-5 text-gray-900 backdrop:bg-black/40 dark:bg-gray-900 dark:text-gray-100"
        onClose={() => setPlan(undefined)}
      >
        {p && (
          <div className="space-y-4">
            <h2 id="import-h" className="text-lg font-semibold">
              Import {p.fileName}
            </h2>
            <p className="text-sm" data-testid="import-summary">
              {p.stats.dataRows} rows read: {p.stats.planned} leads to import
              {p.stats.merged ? `, ${p.stats.merged} duplicate rows merged` : ''}
              {p.stats.rejected ? `, ${p.stats.rejected} rows left out (listed below)` : ''}. Nothing is saved until you
              confirm; leads you already have are merged, not duplicated, and keep their score.
            </p>
            {scoreWith && (
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <ImportIcpSelect
                  icps={scoreWith.bundle.icps}
                  value={scoreWith.icpId}
                  activeId={scoreWith.activeId}
                  onChange={(icpId) => setScoreWith({ ...scoreWith, icpId })}
                />
                {scoring.run && <ImportTally tally={scoring.run.tally()} done={scoring.done} total={scoring.total} />}
              </div>
            )}
            <CsvWarnings warnings={p.warnings} testId="import-warnings" />
            <section aria-labelledby="mapping-h" className="space-y-2">
              <h3 id="mapping-h" className="text-sm font-semibold">
                Columns
              </h3>
              <CsvColumns
                mapping={p.mapping}
                onRemap={(index, to) => void remap(index, to)}
                selectClass={field}
                className="grid grid-cols-2 gap-x-6 gap-y-1 md:grid-cols-3"
              />
            </section>
            <CsvRowsLeftOut
              errors={p.errors}
              count={p.stats.errorCount}
              headingId="errors-h"
              headingLevel="h3"
              testId="import-errors"
            />
            <section aria-labelledby="preview-h" className="space-y-1">
              <h3 id="preview-h" className="text-sm font-semibold">
                Preview (first {p.preview.length})
              </h3>
              <table className="w-full text-left text-xs" data-testid="import-preview">
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Company</th>
                    <th scope="col">Domain</th>
                    <th scope="col">Industry</th>
                    <th scope="col">Employees</th>
                    <th scope="col">Country</th>
                    <th scope="col">Status</th>
                    <th scope="col">Score</th>
                    <th scope="col">Tier</th>
                  </tr>
                </thead>
                <tbody>
                  {p.preview.map((r, i) => (
                    <tr key={r.key} className="border-t border-gray-100 dark:border-gray-800" data-testid="import-row">
                      <td>{r.line}</td>
                      <td>{r.name}</td>
                      <td>{r.company.domain}</td>
                      <td>{r.company.industry}</td>
                      <td>
                        {r.company.employees
                          ? `${r.company.employees.min}${r.company.employees.max !== undefined ? `-${r.company.employees.max}` : '+'}`
                          : ''}
                      </td>
                      <td>{r.company.hq?.country}</td>
                      <td>{r.status ?? 'new'}</td>
                      <ImportScoreCells score={scoring.run?.scores[i]} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <div className="flex justify-end gap-2">
              <button type="button" className={button} onClick={() => importDialog.current?.close()}>
                Cancel
              </button>
              <button
                type="button"
                className={primary}
                disabled={busy || !p.rows.length || !scoring.complete}
                onClick={() => void confirmImport()}
                data-testid="import-confirm"
              >
                Import {p.rows.length} leads
              </button>
            </div>
          </div>
        )}
      </dialog>

      <dialog
        ref={restoreDialog}
        aria-labelledby="restore-h"
        data-testid="restore-dialog"
        className="m-auto w-[min(640px,95vw)] rounded-lg p-5 text-gray-900 backdrop:bg-black/40 dark:bg-gray-900 dark:text-gray-100"
        onClose={() => setRestore(undefined)}
      >
        {restore && (
          <div className="space-y-3">
            <h2 id="restore-h" className="text-lg font-semibold">
              Restore {restore.fileName}
            </h2>
            {restore.errors ? (
              <>
                <p className="text-sm">This file cannot be restored; nothing was changed:</p>
                <ul className="max-h-60 list-disc overflow-y-auto pl-5 text-sm" data-testid="restore-errors">
                  {restore.errors.slice(0, 50).map((e, i) => (
                    <li key={i}>
                      <code>{e.path}</code>: {e.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="text-sm" data-testid="restore-summary">
                Replace all your saved leads ({useLeadsStore.getState().rows.length}) with the backup’s{' '}
                {restore.backup?.leads.length} leads and {restore.backup?.activity.length} history entries, made{' '}
                {restore.backup?.exportedAt.slice(0, 10)}? This cannot be undone; back up first if unsure.
              </p>
            )}
            <div className="flex justify-end gap-2">
              <button type="button" className={button} onClick={() => restoreDialog.current?.close()}>
                {restore.errors ? 'Close' : 'Cancel'}
              </button>
              {restore.backup && (
                <button
                  type="button"
                  className={primary}
                  disabled={busy}
                  onClick={() => void confirmRestore()}
                  data-testid="restore-confirm"
                >
                  Replace with backup
                </button>
              )}
            </div>
          </div>
        )}
      </dialog>
    </div>
  );
}
