import { lazy, useEffect, useState } from 'react';
import { ImportErrors } from '@/components/ImportErrors';
import { TeamIcp } from '@/components/TeamIcp';
import { WhenNear } from '@/components/WhenNear';
import { teamStatusItem } from '@/lib/storage/team';
import { personalSide } from '@/lib/storage/active-icp';
import { EditorSection } from './EditorSection';
import { useEditorStore } from './editor-store';
import { IcpChoice } from './IcpChoice';
import { useOptionsStore } from './store';
import { useTeamStore } from './team-store';

// Loaded once scrolled near (components/WhenNear.tsx): they read every saved lead and draw charts.
const OutcomesSection = lazy(() => import('./OutcomesSection').then((m) => ({ default: m.OutcomesSection })));
const CalibrateSection = lazy(() => import('./CalibrateSection').then((m) => ({ default: m.CalibrateSection })));

const button =
  'rounded-md px-3 py-1.5 text-sm font-medium border border-gray-300 bg-white hover:bg-gray-100 dark:border-gray-600 dark:bg-gray-800 dark:hover:bg-gray-700';

export function App() {
  const { active, settings, importErrors, notice, refresh, choose, importText, reset, setInPageBadges, setAutoSites } =
    useOptionsStore();
  const team = useTeamStore();
  const [pasted, setPasted] = useState('');
  useEffect(() => void refresh(), [refresh]);
  const loadTeam = team.load;
  // A check by the background's alarm while this page is open shows at once.
  useEffect(() => {
    void loadTeam();
    return teamStatusItem.watch(() => {
      void loadTeam();
      void refresh();
    });
  }, [loadTeam, refresh]);
  const isTeam = active?.source === 'team';
  const locked = team.view?.settings.locked ?? false;

  async function onFile(file: File | undefined) {
    if (file) await importText(await file.text(), file.name);
  }

  return (
    <main className="mx-auto max-w-4xl space-y-8 p-8">
      <header>
        <h1 className="text-2xl font-semibold">ICP Lens settings</h1>
        <p className="text-sm text-gray-600 dark:text-gray-400">Everything here stays in this browser.</p>
      </header>

      {notice && (
        <p
          role="status"
          data-testid="notice"
          className="rounded bg-green-50 px-3 py-2 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
        >
          {notice}
        </p>
      )}

      {active && (
        <section aria-labelledby="active-h" className="space-y-3">
          <h2 id="active-h" className="text-lg font-semibold">
            Active ICP
          </h2>
          <p className="text-sm">
            Bundle <strong>{active.bundle.name}</strong> · version {active.bundle.version}
            {active.isDefault && ' (bundled defaults)'}
            {isTeam && (
              <span data-testid="team-active" className="ml-2 rounded bg-blue-50 px-1.5 text-xs dark:bg-blue-950">
                Team ICP, read-only: it updates from your team&apos;s bundle URL
              </span>
            )}
          </p>
          <IcpChoice active={active} locked={locked} onChoose={(source, id) => void choose(source, id)} />
          {active.team && !locked && (
            <div className="space-y-2">
              <p className="text-xs text-gray-600 dark:text-gray-400" data-testid="team-beside">
                Your own ICPs sit beside your team&apos;s: choose one above to score with it; the team&apos;s ICP keeps
                updating and you can switch back at any time. The team&apos;s ICP is read-only; to change it (managers),
                copy it into yours, edit it below and publish the next version.
              </p>
              <button
                type="button"
                className={button}
                onClick={() => void useEditorStore.getState().copyToPersonal(active.team!)}
              >
                Copy the team&apos;s ICPs into yours
              </button>
            </div>
          )}
        </section>
      )}

      {active && (
        <section aria-labelledby="editor-h" className="space-y-3">
          <h2 id="editor-h" className="text-lg font-semibold">
            Edit your ICPs
          </h2>
          <EditorSection
            active={active.team && locked ? { ...active, source: 'team' } : personalSide(active)}
            readOnly={
              locked
                ? 'Set by your administrator: ICP settings are locked to your team’s bundle, so this editor is read-only.'
                : undefined
            }
          />
        </section>
      )}

      {team.view && (
        <section aria-labelledby="team-h" className="space-y-3">
          <h2 id="team-h" className="text-lg font-semibold">
            Team ICP
          </h2>
          <TeamIcp
            view={team.view}
            busy={team.busy}
            message={team.message}
            keyPreview={team.keyPreview}
            onKeyInput={(text) => void team.previewKey(text)}
            onSubscribe={(url, key) => void team.subscribe(url, key)}
            onCheckNow={() => void team.checkNow(true)}
            onUnsubscribe={() => void team.unsubscribe()}
          />
        </section>
      )}

      {settings && (
        <section aria-labelledby="display-h" className="space-y-2">
          <h2 id="display-h" className="text-lg font-semibold">
            Display
          </h2>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4"
              checked={settings.inPageBadges}
              onChange={(e) => void setInPageBadges(e.target.checked)}
            />
            Show badges inside LinkedIn pages
          </label>
          <p className="text-xs text-gray-600 dark:text-gray-400">
            Off: ICP Lens does not change LinkedIn pages; scores stay on the toolbar icon and in the popup.
          </p>
        </section>
      )}

      {settings && (
        <section aria-labelledby="sites-h" className="space-y-2">
          <h2 id="sites-h" className="text-lg font-semibold">
            Company websites
          </h2>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4"
              data-testid="auto-sites"
              checked={settings.autoSites}
              onChange={(e) => void setAutoSites(e.target.checked)}
            />
            Score company sites automatically
          </label>
          <p className="text-xs text-gray-600 dark:text-gray-400">
            Off (the default): ICP Lens reads a website only when you click its toolbar icon on that tab. On: your
            browser asks you to let ICP Lens read the sites you visit; each one is then scored as it loads, shown on the
            toolbar icon. What it reads stays in this browser.
          </p>
        </section>
      )}

      <WhenNear title="Outcomes" testId="outcomes-near">
        <OutcomesSection />
      </WhenNear>

      <WhenNear title="Calibrate from a CRM export" testId="calibrate-near">
        <CalibrateSection />
      </WhenNear>

      <section aria-labelledby="import-h" className="space-y-3">
        <h2 id="import-h" className="text-lg font-semibold">
          Import an ICP bundle
        </h2>
        <p className="text-sm text-gray-600 dark:text-gray-400">
          A JSON bundle from your manager. If it has errors, nothing changes and each error is listed with where it is.
        </p>
        {locked && (
          <p className="text-sm text-amber-800 dark:text-amber-200">
            Set by your administrator: ICP settings are locked to your team&apos;s bundle.
          </p>
        )}
        <label className="block text-sm font-medium" htmlFor="bundle-file">
          From a file
        </label>
        <input
          id="bundle-file"
          type="file"
          accept="application/json,.json"
          className="text-sm"
          disabled={locked}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <label className="block text-sm font-medium" htmlFor="bundle-text">
          Or paste JSON
        </label>
        <textarea
          id="bundle-text"
          className="h-32 w-full rounded-md border border-gray-300 bg-white p-2 font-mono text-xs dark:border-gray-600 dark:bg-gray-800"
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <div className="flex gap-2">
          <button
            type="button"
            className={button}
            disabled={locked || !pasted.trim()}
            onClick={() => void importText(pasted)}
          >
            Import pasted bundle
          </button>
          <button type="button" className={button} disabled={locked} onClick={() => void reset()}>
            Reset to bundled defaults
          </button>
        </div>
        <ImportErrors errors={importErrors} />
      </section>
    </main>
  );
}
