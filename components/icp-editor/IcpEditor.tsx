import type { IssueLine } from '@/lib/icp/errors';
import type { HistoryEntry } from '@/lib/icp/edit/history';
import { bundleFileName, bundleFileText } from '@/lib/icp/edit/import';
import type { ProfileKind } from '@/lib/icp/edit/ops';
import type { EditPath } from '@/lib/icp/edit/paths';
import type { EditIssue } from '@/lib/icp/edit/validate';
import type { IcpBundle } from '@/lib/icp/schema';
import { ImportErrors } from '../ImportErrors';
import { DownloadLink } from './DownloadLink';
import { TextField } from './Field';
import { HistoryPanel } from './HistoryPanel';
import { inputId, issuesAt } from './issues';
import { PreviewPanel, type PreviewView } from './PreviewPanel';
import { ProfileEditor, type ProfileActions } from './ProfileEditor';
import { PublishPanel, type PublishView } from './PublishPanel';
import { BORDER_OK, BUTTON, CARD, HINT, INPUT, PRIMARY } from './ui';

export interface IcpEditorProps {
  draft: IcpBundle;
  saved: IcpBundle;
  selected: { list: ProfileKind; index: number };
  activeIcpId?: string;
  issues: readonly EditIssue[];
  dirty: boolean;
  readOnly?: string;
  isDefault: boolean;
  message?: { ok: boolean; text: string };
  importErrors: IssueLine[];
  history: readonly HistoryEntry[];
  preview: PreviewView;
  publish: PublishView;
  actions: ProfileActions & {
    onPatchBundle(path: EditPath, value: unknown): void;
    onSelect(selection: { list: ProfileKind; index: number }): void;
    onAddProfile(list: ProfileKind): void;
    onDuplicate(): void;
    onRemoveProfile(): void;
    onSetActive(icpId: string): void;
    onSave(): void;
    onDiscard(): void;
    onImport(text: string, source: string): void;
    onRevert(version: number): void;
    onPublish(publisher: string): void;
  };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${CARD} space-y-2`}>
      <h3 id={id} className="text-sm font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * The ICP editor: every ICP and persona of the bundle, validated as you type, with a running
 * total, a live preview of what saving would change, history with diffs, import/export and
 * publishing. Presentational: state and storage live in the options page's store.
 */
export function IcpEditor(props: IcpEditorProps) {
  const { draft, saved, selected, issues, dirty, readOnly, actions } = props;
  const disabled = !!readOnly;
  const profile = (draft[selected.list] ?? [])[selected.index] as Record<string, unknown> | undefined;
  const key = `${selected.list}:${selected.index}`;
  const icpId = selected.list === 'icps' ? String(profile?.id ?? '') : undefined;
  const canSave = dirty && issues.length === 0 && !readOnly;
  return (
    <div className="space-y-4">
      {readOnly && (
        <div
          role="note"
          data-testid="editor-read-only"
          className="rounded-md border border-blue-300 bg-blue-50 p-3 text-sm dark:border-blue-800 dark:bg-blue-950"
        >
          <p>{readOnly}</p>
        </div>
      )}
      <div className="grid grid-cols-[2fr_1fr] gap-2">
        <TextField
          id={inputId(['name'])}
          label="Bundle name"
          value={draft.name}
          disabled={disabled}
          issues={issuesAt(issues, ['name'])}
          onChange={(v) => actions.onPatchBundle(['name'], v)}
        />
        <div className="text-xs text-gray-600 dark:text-gray-400">
          <p className="mt-5">
            Bundle id <code>{draft.id}</code> · version {saved.version}
            {props.isDefault && ' (bundled defaults: saving makes them your own)'}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="edit-profile" className="block text-xs font-medium">
            Edit
          </label>
          <select
            id="edit-profile"
            className={`${INPUT} ${BORDER_OK}`}
            value={key}
            onChange={(e) => {
              const [list, index] = e.target.value.split(':');
              actions.onSelect({ list: list as ProfileKind, index: Number(index) });
            }}
          >
            <optgroup label="ICPs (companies)">
              {draft.icps.map((p, i) => (
                <option key={i} value={`icps:${i}`}>
                  {p.name || `ICP ${i + 1}`}
                  {p.id === draft.defaultIcpId ? ' (default)' : ''}
                </option>
              ))}
            </optgroup>
            <optgroup label="Personas (people)">
              {(draft.personas ?? []).map((p, i) => (
                <option key={i} value={`personas:${i}`}>
                  {p.name || `Persona ${i + 1}`}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <button type="button" className={BUTTON} disabled={disabled} onClick={() => actions.onAddProfile('icps')}>
          New ICP
        </button>
        <button type="button" className={BUTTON} disabled={disabled} onClick={() => actions.onAddProfile('personas')}>
          New persona
        </button>
        <button type="button" className={BUTTON} disabled={disabled || !profile} onClick={actions.onDuplicate}>
          Duplicate
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={disabled || !profile || (selected.list === 'icps' && draft.icps.length <= 1)}
          onClick={actions.onRemoveProfile}
        >
          Remove
        </button>
        {icpId && (
          <label className="flex items-center gap-2 pb-1.5 text-sm">
            <input
              type="radio"
              name="default-icp"
              className="h-4 w-4"
              disabled={disabled}
              checked={draft.defaultIcpId === icpId}
              onChange={() => actions.onSetActive(icpId)}
            />
            Default ICP (scores pages)
          </label>
        )}
      </div>
      {issues.length > 0 && (
        <div
          role="alert"
          data-testid="editor-issues"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
        >
          <p className="font-semibold text-red-800 dark:text-red-200">
            Cannot save yet: {issues.length} {issues.length === 1 ? 'problem' : 'problems'}.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {issues.map((i, k) => (
              <li key={k}>
                <span className="font-medium">{i.where}</span>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {profile ? (
        <ProfileEditor
          key={key}
          kind={selected.list}
          profile={profile}
          path={[selected.list, selected.index]}
          issues={issues}
          disabled={disabled}
          actions={actions}
        />
      ) : (
        <p className={HINT}>Nothing to edit: add an ICP or a persona.</p>
      )}
      <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-2 border-t border-gray-200 bg-gray-50/95 py-2 dark:border-gray-700 dark:bg-gray-950/95">
        <button type="button" className={PRIMARY} disabled={!canSave} onClick={actions.onSave}>
          Save
        </button>
        <button type="button" className={BUTTON} disabled={!dirty || disabled} onClick={actions.onDiscard}>
          Discard changes
        </button>
        <p
          role="status"
          data-testid="editor-message"
          className={`text-sm ${props.message && !props.message.ok ? 'text-red-800 dark:text-red-200' : ''}`}
        >
          {props.message?.text ??
            (dirty
              ? issues.length > 0
                ? 'Fix the problems listed above to save.'
                : 'Unsaved changes.'
              : 'All changes saved.')}
        </p>
      </div>
      <Section id="preview-section" title="Live preview">
        <PreviewPanel view={props.preview} dirty={dirty} />
      </Section>
      <Section id="io-section" title="Import and export">
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="editor-import" className="text-sm font-medium">
            Import bundle JSON into the editor
          </label>
          <input
            id="editor-import"
            type="file"
            accept="application/json,.json"
            className="text-sm"
            disabled={disabled}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) actions.onImport(await file.text(), file.name);
              e.target.value = '';
            }}
          />
          <DownloadLink fileName={bundleFileName(saved)} text={bundleFileText(saved)} testId="export-link">
            Export saved bundle (version {saved.version})
          </DownloadLink>
        </div>
        <p className={HINT}>
          An import is checked first; with errors, the editor keeps what it had. A good import is loaded as unsaved
          changes.
        </p>
        <ImportErrors errors={props.importErrors} />
      </Section>
      <Section id="history-section" title="Version history">
        <HistoryPanel history={props.history} disabled={disabled} onRevert={actions.onRevert} />
      </Section>
      <Section id="publish-section" title="Publish for your team">
        <PublishPanel view={props.publish} onPublish={actions.onPublish} />
      </Section>
    </div>
  );
}
