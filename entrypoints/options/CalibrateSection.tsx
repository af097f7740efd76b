import { lazy, Suspense, useEffect } from 'react';
import { CalibrationFile } from '@/components/calibrate/CalibrationFile';
import { CalibrationResult } from '@/components/calibrate/CalibrationResult';
import { BORDER_OK, BUTTON, HINT, INPUT, PRIMARY } from '@/components/icp-editor/ui';
import type { CalibrationReport } from '@/lib/calibrate/types';
import { useCalibrateStore } from './calibrate-store';
import type { WorkerPhase } from './calibrate-protocol';
import { useEditorStore } from './editor-store';
import { useOptionsStore } from './store';

// recharts is not part of the options page's first load: it loads once a file is read, while the
// manager looks at the columns, so drawing the first report does not also parse it.
const loadCharts = () => import('@/components/calibrate/CalibrationCharts');
const CalibrationCharts = lazy(() => loadCharts().then((m) => ({ default: m.CalibrationCharts })));

const PHASES: Record<WorkerPhase, string> = {
  reading: 'Reading the file',
  scoring: 'Scoring every account',
  fitting: 'Fitting points to the outcomes',
  choosing: 'Choosing tier thresholds',
  evaluating: 'Comparing current and suggested',
};

/** Shows the editor with the suggestion in it: scrolled to and focused, so the change is seen. */
function revealEditor(): void {
  const heading = document.getElementById('editor-h');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** Options-page section: calibrate an ICP on a CRM export of won and lost accounts (in a worker). */
export function CalibrateSection() {
  const active = useOptionsStore((s) => s.active);
  const c = useCalibrateStore();
  const editor = useEditorStore();
  const hasFile = !!c.summary;
  useEffect(() => {
    if (hasFile) void loadCharts();
  }, [hasFile]);
  if (!active) return null;
  // What the editor edits (the rep's own ICPs; the team's when locked): a suggestion opens there.
  const bundle = editor.saved ?? active.bundle;
  const inUse = active.bundle.id === bundle.id ? active.icp.id : undefined;
  const icpId = c.icpId && bundle.icps.some((i) => i.id === c.icpId) ? c.icpId : (inUse ?? bundle.defaultIcpId);
  const busy = c.status !== 'idle';
  const changed =
    c.calibratedWith &&
    (editor.saved?.id !== c.calibratedWith.bundleId || editor.saved?.version !== c.calibratedWith.version);
  const draftBlocked = editor.readOnly
    ? 'The ICP editor is read-only here: ICP settings are locked by your administrator.'
    : changed
      ? 'The ICP bundle changed since this calibration: run it again to build on the bundle in use.'
      : undefined;

  function openDraft(report: CalibrationReport) {
    const loaded = editor.loadSuggestion(
      report.suggestedIcp,
      `Loaded the calibration's suggested points and tier thresholds for “${report.icpName}”.`,
    );
    if (!loaded) return c.say(`“${report.icpName}” is not in the editor's bundle any more: run the calibration again.`);
    c.say(undefined);
    revealEditor();
  }

  return (
    <section aria-labelledby="calibrate-h" className="space-y-3" data-testid="calibrate">
      <h2 id="calibrate-h" className="text-lg font-semibold">
        Calibrate from a CRM export
      </h2>
      <p className={HINT}>
        Which criteria tell won from lost accounts in your own deals? ICP Lens scores each account of the export, then
        suggests points and tier thresholds that rank your wins higher. The suggestion opens as a draft in the editor;
        nothing is saved until you say so.
      </p>
      <CalibrationFile
        summary={c.summary}
        disabled={busy}
        onChoose={(f) => void c.choose(f)}
        onRemap={(i, f) => void c.remap(i, f)}
      />
      {c.summary && (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="calibrate-icp" className="block text-xs font-medium">
              ICP to calibrate
            </label>
            <select
              id="calibrate-icp"
              className={`${INPUT} ${BORDER_OK}`}
              value={icpId}
              disabled={busy}
              onChange={(e) => c.setIcp(e.target.value)}
            >
              {bundle.icps.map((icp) => (
                <option key={icp.id} value={icp.id}>
                  {icp.name}
                  {icp.id === inUse ? ' (in use)' : ''}
                </option>
              ))}
            </select>
            {active.source === 'team' && bundle.id !== active.bundle.id && (
              <p className={HINT} data-testid="calibrate-own-icps">
                Your own ICPs, which the editor edits. To calibrate your team&apos;s, copy the team&apos;s ICPs into
                yours first (Active ICP, above).
              </p>
            )}
          </div>
          <button
            type="button"
            className={PRIMARY}
            disabled={busy}
            onClick={() => void c.run(bundle, icpId)}
            data-testid="calibrate-run"
          >
            Calibrate
          </button>
          {busy && (
            <button type="button" className={BUTTON} onClick={c.cancel} data-testid="calibrate-cancel">
              Cancel
            </button>
          )}
        </div>
      )}
      {busy && (
        <div role="status" aria-live="polite" className="space-y-1 text-sm" data-testid="calibrate-progress">
          <p>
            {c.progress ? `${PHASES[c.progress.phase]}…` : c.status === 'reading' ? 'Reading the file…' : 'Starting…'}
          </p>
          <progress
            className="w-full max-w-md"
            max={1}
            value={c.progress?.fraction ?? 0}
            aria-label="Calibration progress"
          />
        </div>
      )}
      {c.error && (
        <p
          role="alert"
          data-testid="calibrate-error"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {c.error}
        </p>
      )}
      {c.notice && (
        <p role="status" className="text-sm" data-testid="calibrate-notice">
          {c.notice}
        </p>
      )}
      {c.outcome && !busy && (
        <CalibrationResult
          outcome={c.outcome}
          draftBlocked={draftBlocked}
          onOpenDraft={openDraft}
          charts={
            c.outcome.ok && (
              <Suspense fallback={<p className={HINT}>Loading the charts…</p>}>
                <CalibrationCharts report={c.outcome.report} />
              </Suspense>
            )
          }
        />
      )}
      {c.outcome?.ok && !busy && c.runMs !== undefined && (
        <p className={HINT} data-testid="calibrate-time">
          Calibrated in {(c.runMs / 1000).toFixed(1)} s, in a background worker.
        </p>
      )}
    </section>
  );
}
