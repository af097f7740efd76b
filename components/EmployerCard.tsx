import type { EmployerFit } from '@/lib/messaging/protocol';
import { ScorePill } from './ScorePill';

interface Props {
  employer: EmployerFit;
  icpName: string;
  onOpenCompany(url: string): void;
}

/** The person's employer against the ICP, or how to get that score when the company was not seen yet. */
export function EmployerCard({ employer, icpName, onOpenCompany }: Props) {
  const name = employer.name ?? 'their company';
  return (
    <section
      data-testid="employer"
      aria-label="Employer fit"
      className="rounded-md border border-gray-200 p-3 dark:border-gray-700"
    >
      <h2 className="text-xs font-semibold tracking-wide text-gray-500 uppercase dark:text-gray-400">
        Employer · {icpName}
      </h2>
      {employer.result ? (
        <div className="mt-2 flex items-center gap-3">
          <ScorePill
            score={employer.result.fit.score}
            tone={employer.result.tone}
            label={employer.result.fit.tier.label}
          />
          <div className="min-w-0 text-sm">
            <p className="truncate font-medium">{name}</p>
            <p data-testid="employer-tier" className="text-xs text-gray-600 dark:text-gray-400">
              {employer.result.fit.tier.label}
              {employer.lastSeen && ` · company page seen ${employer.lastSeen.slice(0, 10)}`}
            </p>
          </div>
        </div>
      ) : (
        <p data-testid="employer-incomplete" className="mt-2 text-sm text-gray-700 dark:text-gray-300">
          {name}: not scored yet.{' '}
          {employer.linkedinUrl ? (
            <button
              type="button"
              className="text-blue-700 underline dark:text-blue-400"
              onClick={() => onOpenCompany(employer.linkedinUrl!)}
            >
              Open the company page to complete
            </button>
          ) : (
            'Open their company page on LinkedIn to complete.'
          )}
        </p>
      )}
    </section>
  );
}
