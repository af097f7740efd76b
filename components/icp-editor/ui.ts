/** Shared classes of the ICP editor's controls: one look for focus, fields and buttons, light and dark. */
export const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';
export const BUTTON = `rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-gray-600 dark:bg-gray-800 dark:hover:bg-gray-700 ${FOCUS}`;
export const PRIMARY = `rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-blue-600 dark:hover:bg-blue-500 ${FOCUS}`;
export const SMALL = `rounded border border-gray-300 px-1.5 py-0.5 text-xs hover:bg-gray-100 disabled:opacity-40 dark:border-gray-600 dark:hover:bg-gray-700 ${FOCUS}`;
export const INPUT = `w-full rounded-md border bg-white px-2 py-1 text-sm disabled:bg-gray-100 dark:bg-gray-800 dark:disabled:bg-gray-900 ${FOCUS}`;
export const BORDER_OK = 'border-gray-300 dark:border-gray-600';
export const BORDER_BAD = 'border-red-600 dark:border-red-400';
export const HINT = 'text-xs text-gray-600 dark:text-gray-400';
export const ERROR = 'text-xs text-red-700 dark:text-red-300';
export const CARD = 'rounded-lg border border-gray-200 bg-white p-3 dark:border-gray-700 dark:bg-gray-900';
