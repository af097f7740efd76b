interface Props {
  title: string;
  children: React.ReactNode;
}

/** A calm message for pages with nothing to score, saying what to do instead. */
export function EmptyState({ title, children }: Props) {
  return (
    <div data-testid="empty" className="flex min-h-40 flex-col items-center justify-center gap-2 text-center">
      <h1 className="text-base font-semibold">{title}</h1>
      <div className="text-sm text-gray-600 dark:text-gray-400">{children}</div>
    </div>
  );
}
