import { companyFacts } from '@/lib/fit/company-facts';
import type { Company } from '@/lib/icp/company';
import { sourcePages, type FieldOrigin } from '@/lib/merge/merge-company';

const KIND_LABEL = { linkedin: 'LinkedIn', website: 'Website' } as const;
const KIND_CLASS = {
  linkedin: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  website: 'bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100',
} as const;

/** "acme.com/about" from a URL, for a compact line. */
function shortUrl(href: string): string {
  try {
    const u = new URL(href);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`.slice(0, 60);
  } catch {
    return href.slice(0, 60);
  }
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * Where the company record's values came from: the pages that fed it (its LinkedIn page, its
 * website) and, folded, each field with its source, so a rep can see why a value is what it is.
 */
export function SourcesPanel({ company, origins }: { company?: Company; origins?: Record<string, FieldOrigin> }) {
  const sources = origins ? sourcePages(origins) : [];
  if (!company || !sources.length) return null;
  const facts = companyFacts(company, origins);
  return (
    <section aria-labelledby="sources-h" data-testid="sources" className="space-y-2">
      <h2 id="sources-h" className="text-xs font-semibold tracking-wide text-gray-600 uppercase dark:text-gray-400">
        Sources
      </h2>
      <ul className="space-y-1">
        {sources.map((s) => (
          <li key={s.url} data-testid="source-page" data-kind={s.kind} className="flex items-center gap-2 text-xs">
            <span className={`rounded px-1.5 py-0.5 font-medium ${KIND_CLASS[s.kind]}`}>{KIND_LABEL[s.kind]}</span>
            <span className="min-w-0 flex-1 truncate" title={s.url}>
              {shortUrl(s.url)}
            </span>
            <span className="shrink-0 text-gray-500 tabular-nums dark:text-gray-400">
              {s.fields.length} field{s.fields.length === 1 ? '' : 's'} · {day(s.seenAt)}
            </span>
          </li>
        ))}
      </ul>
      <details className="text-xs">
        <summary className="cursor-pointer rounded text-blue-700 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-blue-400">
          Where each value came from
        </summary>
        <table className="mt-2 w-full table-fixed border-collapse">
          <thead className="sr-only">
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((f) => (
              <tr
                key={f.field}
                data-testid="field-origin"
                data-field={f.field}
                data-kind={f.kind ?? ''}
                className="border-t border-gray-100 align-top dark:border-gray-800"
              >
                <th scope="row" className="w-24 py-1 pr-2 text-left font-medium">
                  {f.label}
                </th>
                <td className="py-1 pr-2 break-words">{f.value}</td>
                <td className="w-28 py-1 text-gray-600 dark:text-gray-400" title={f.url}>
                  {f.source ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-gray-600 dark:text-gray-400">
          When both disagree, the website wins for its own domain and job openings, LinkedIn for the rest.
        </p>
      </details>
    </section>
  );
}
