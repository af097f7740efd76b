import { useState } from 'react';
import type { Activity, Lead, LeadStatus } from '@/lib/leads/types';
import { LEAD_STATUSES } from '@/lib/leads/types';
import type { ToneFit } from '@/lib/messaging/protocol';
import { FitDetails } from '../FitDetails';
import { SourcesPanel } from '../SourcesPanel';

interface Props {
  lead: Lead;
  /** The full explanation, re-computed from the lead's company with the ICP it was scored with. */
  explained?: ToneFit;
  activity: Activity[];
  onClose(): void;
  onStatus(status: LeadStatus): void;
  onNotes(notes: string): void;
  onTag(tag: string, on: boolean): void;
}

const field = 'rounded-md border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-600 dark:bg-gray-800';

/** One lead in full: the score explained, the rep's status, notes and tags, people, sources, history. */
export function LeadDetail({ lead, explained, activity, onClose, onStatus, onNotes, onTag }: Props) {
  const [notes, setNotes] = useState(lead.notes);
  const [tag, setTag] = useState('');
  // Another lead, or its note edited elsewhere (the table): show the stored note.
  const [shown, setShown] = useState(`${lead.key}\n${lead.notes}`);
  if (shown !== `${lead.key}\n${lead.notes}`) {
    setShown(`${lead.key}\n${lead.notes}`);
    setNotes(lead.notes);
  }
  const s = lead.score;
  return (
    <aside
      aria-label={`Details of ${lead.name}`}
      data-testid="lead-detail"
      className="fixed inset-y-0 right-0 z-10 flex w-[440px] max-w-full flex-col gap-4 overflow-y-auto border-l border-gray-200 bg-white p-4 shadow-2xl dark:border-gray-800 dark:bg-gray-950"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="truncate text-lg font-semibold">{lead.name}</h2>
          {lead.domain && <p className="text-xs text-gray-600 dark:text-gray-400">{lead.domain}</p>}
        </div>
        <button
          type="button"
          className="rounded px-2 text-sm hover:bg-gray-100 dark:hover:bg-gray-800"
          onClick={onClose}
          aria-label="Close details"
        >
          ✕
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs">
          Status
          <select className={field} value={lead.status} onChange={(e) => onStatus(e.target.value as LeadStatus)}>
            {LEAD_STATUSES.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <form
          className="flex items-end gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            onTag(tag, true);
            setTag('');
          }}
        >
          <label className="flex flex-col text-xs">
            Add a tag
            <input className={`${field} w-32`} value={tag} onChange={(e) => setTag(e.target.value)} />
          </label>
          <button type="submit" className={`${field} font-medium`} disabled={!tag.trim()}>
            Add
          </button>
        </form>
      </div>
      {lead.tags.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label="Tags">
          {lead.tags.map((t) => (
            <li key={t} className="flex items-center gap-1 rounded bg-gray-100 px-1.5 text-xs dark:bg-gray-800">
              {t}
              <button type="button" aria-label={`Remove tag ${t}`} onClick={() => onTag(t, false)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="flex flex-col text-xs">
        Notes
        <textarea
          className={`${field} h-24`}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => notes !== lead.notes && onNotes(notes)}
        />
      </label>
      {explained ? (
        <FitDetails
          title={lead.name}
          result={explained}
          scoredWith={`ICP: ${s.icpName} (bundle version ${s.bundleVersion})`}
        />
      ) : (
        <p className="text-sm">
          Score {s.score}, {s.tierLabel}, with {s.icpName} (its ICP is no longer in the bundle, so the details cannot be
          shown).
        </p>
      )}
      {lead.previousScore && (
        <p data-testid="detail-moved" className="text-xs text-gray-600 dark:text-gray-400">
          Was {lead.previousScore.score} ({lead.previousScore.tierLabel}) with version{' '}
          {lead.previousScore.bundleVersion}, scored {lead.previousScore.scoredAt.slice(0, 10)}.
        </p>
      )}
      {lead.people.length > 0 && (
        <section aria-labelledby="people-h" className="space-y-1">
          <h3 id="people-h" className="text-xs font-semibold tracking-wide text-gray-600 uppercase dark:text-gray-400">
            People ({lead.people.length})
          </h3>
          <ul className="space-y-1 text-sm">
            {lead.people.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.name ?? 'Unnamed'}</span>
                {p.title && <span className="text-gray-600 dark:text-gray-400"> · {p.title}</span>}
                {p.personaScore !== undefined && (
                  <span className="text-xs text-gray-500"> · persona fit {p.personaScore}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourcesPanel company={lead.company} origins={lead.origins} />
      <section aria-labelledby="history-h" className="space-y-1">
        <h3 id="history-h" className="text-xs font-semibold tracking-wide text-gray-600 uppercase dark:text-gray-400">
          History
        </h3>
        <ol className="space-y-0.5 text-xs" data-testid="history">
          {activity.map((a) => (
            <li key={a.id ?? `${a.at}${a.type}`}>
              <span className="tabular-nums">{a.at.slice(0, 16).replace('T', ' ')}</span> · {a.type}
              {a.from !== undefined || a.to !== undefined ? `: ${a.from ?? '—'} → ${a.to ?? '—'}` : ''}
              {a.detail ? ` (${a.detail})` : ''}
            </li>
          ))}
        </ol>
        <p className="text-xs text-gray-500">Saved from {lead.sourceUrl}</p>
      </section>
    </aside>
  );
}
