import type { SavedLead } from '@/lib/messaging/protocol';

/** The tab's company as a saved lead: unknown until asked, null when not saved. */
export type SaveState =
  | { state: 'idle'; saved: SavedLead | null }
  | { state: 'saving'; saved: SavedLead | null }
  | { state: 'saved'; saved: SavedLead; created: boolean }
  | { state: 'failed'; saved: SavedLead | null; message: string };

const button =
  'rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60 dark:bg-blue-600 dark:hover:bg-blue-500';

/**
 * "Save lead": one click keeps the prospect in the local leads list (saving again updates it).
 * Says whether it is saved already, and links to the leads page.
 */
export function SaveLead({
  save,
  onSave,
  onOpenLeads,
  what = 'lead',
}: {
  save?: SaveState;
  onSave(): void;
  onOpenLeads(): void;
  what?: string;
}) {
  const saved = save?.saved;
  const label =
    save?.state === 'saving'
      ? 'Saving…'
      : save?.state === 'saved'
        ? 'Saved ✓'
        : saved
          ? 'Update saved lead'
          : `Save ${what}`;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="save-area">
      <button
        type="button"
        data-testid="save-lead"
        className={button}
        disabled={save?.state === 'saving'}
        onClick={onSave}
      >
        {label}
      </button>
      <span role="status" data-testid="save-status" className="text-xs text-gray-600 dark:text-gray-400">
        {save?.state === 'saved' &&
          (save.created
            ? `Saved to your leads as “${save.saved.name}”.`
            : `Updated “${save.saved.name}” (${save.saved.status}).`)}
        {save?.state === 'idle' && saved && `In your leads · ${saved.status}`}
        {save?.state === 'failed' && <span className="text-red-700 dark:text-red-400">{save.message}</span>}
      </span>
      <button
        type="button"
        className="ml-auto text-xs text-blue-700 hover:underline dark:text-blue-400"
        onClick={onOpenLeads}
      >
        Open leads
      </button>
    </div>
  );
}
