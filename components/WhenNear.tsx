import { Suspense, useEffect, useState, type ReactNode } from 'react';

/** Whether the element has come within a screen of the viewport (once true, it stays true). */
function useNearView<T extends Element>(): [(node: T | null) => void, boolean] {
  const [node, setNode] = useState<T | null>(null);
  const [seen, setSeen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (!node || seen) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [node, seen]);
  return [setNode, seen];
}

/**
 * A section of a long page that loads (code and data) only once it comes within a screen of the
 * view: until then its heading stands in, so the page reads the same and nothing jumps above it.
 * The settings page's outcome and calibration sections read every saved lead and bring charts;
 * opening the settings to change the ICP must not slow the re-score that follows.
 */
export function WhenNear({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const [ref, seen] = useNearView<HTMLDivElement>();
  const standIn = (
    <section aria-label={title} className="space-y-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="text-sm text-gray-600 dark:text-gray-400">Loading…</p>
    </section>
  );
  return (
    <div ref={ref} data-testid={testId}>
      {seen ? <Suspense fallback={standIn}>{children}</Suspense> : standIn}
    </div>
  );
}
