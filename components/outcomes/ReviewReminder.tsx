import { reviewWords, type Review } from '@/lib/outcomes/review';

const LOOK: Record<Review['state'], string> = {
  upcoming: 'border-gray-300 bg-gray-50 text-gray-800 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-200',
  due: 'border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100',
  overdue: 'border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100',
  unknown: 'border-gray-300 bg-gray-50 text-gray-800 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-200',
};

/** When the ICP should next be checked against these outcomes (90 days after its last change). */
export function ReviewReminder({ review }: { review: Review }) {
  return (
    <p
      role="status"
      data-testid="review-reminder"
      data-state={review.state}
      className={`min-h-9 rounded-md border-l-4 px-3 py-2 text-sm ${LOOK[review.state]}`}
    >
      {reviewWords(review)}
    </p>
  );
}
