import type { Detection } from '@/lib/extract/site/technologies/detect';
import { TECH_MIN_CONFIDENCE } from '@/lib/fit/technologies';

/**
 * Technologies found on the company's website, most certain first, each with its confidence
 * and (folded) the evidence that found it. Below the scoring threshold they are shown as weak.
 */
export function TechnologyList({ detections }: { detections: Detection[] }) {
  if (!detections.length) return null;
  return (
    <section aria-labelledby="tech-h" data-testid="technologies" className="space-y-1">
      <h2 id="tech-h" className="text-xs font-semibold tracking-wide text-gray-600 uppercase dark:text-gray-400">
        Technologies on the website ({detections.length})
      </h2>
      <ul className="space-y-0.5">
        {detections.slice(0, 40).map((d) => {
          const weak = d.confidence < TECH_MIN_CONFIDENCE;
          return (
            <li key={d.name} data-testid="technology" data-name={d.name} className="text-xs">
              <details>
                <summary className="flex cursor-pointer items-center gap-2 rounded focus-visible:outline-2 focus-visible:outline-blue-600">
                  <span
                    className={`min-w-0 flex-1 truncate ${weak ? 'text-gray-500 dark:text-gray-400' : 'font-medium'}`}
                  >
                    {d.name}
                  </span>
                  <span className="shrink-0 text-gray-500 dark:text-gray-400">{d.category}</span>
                  <span
                    className="w-10 shrink-0 text-right tabular-nums"
                    aria-label={`confidence ${d.confidence} percent${weak ? ', too weak to score' : ''}`}
                  >
                    {d.confidence}%
                  </span>
                </summary>
                <ul className="mt-0.5 mb-1 ml-3 list-disc text-gray-600 dark:text-gray-400">
                  {d.evidence.map((e) => (
                    <li key={e} className="break-all">
                      {e}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
