import { HINT } from './styles';

/** Nothing decided yet: where outcome data comes from, and where to go to make some. */
export function OutcomesEmpty({ leadsUrl }: { leadsUrl: string }) {
  return (
    <div
      data-testid="outcomes-empty"
      className="flex min-h-40 flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-gray-300 p-4 text-center dark:border-gray-600"
    >
      <p className="text-base font-semibold">No won or lost leads yet</p>
      <p className={HINT}>
        Outcomes compare how each tier converts. They appear here once saved leads are marked Won or Lost: set a
        lead&apos;s status in the leads page (each change is logged with its date), or import a CRM export whose deal
        stage says Closed Won or Closed Lost.
      </p>
      <a
        href={leadsUrl}
        target="_blank"
        rel="noreferrer"
        className="text-sm font-medium text-blue-700 underline hover:no-underline dark:text-blue-400"
      >
        Open the leads page
      </a>
    </div>
  );
}
