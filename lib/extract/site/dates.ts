const MONTHS: Record<string, number> = {};
// English, German, French, Spanish, Dutch month names and common abbreviations.
[
  'january|jan|januar|janvier|janv|enero|ene|januari|jänner',
  'february|feb|februar|février|fevrier|févr|febrero|februari',
  'march|mar|märz|maerz|mars|marzo|maart|mär',
  'april|apr|avril|avr|abril|abr',
  'may|mai|mayo|mei',
  'june|jun|juni|juin|junio',
  'july|jul|juli|juillet|juil|julio',
  'august|aug|août|aout|agosto|ago|augustus',
  'september|sep|sept|septembre|septiembre|sep',
  'october|oct|oktober|okt|octobre|octubre|oktober',
  'november|nov|novembre|noviembre',
  'december|dec|dezember|dez|décembre|decembre|déc|diciembre|dic',
].forEach((names, i) => names.split('|').forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2016-04-06" for a real calendar day between 1900 and 2100 (no 2026-02-30), else undefined. */
function day(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : undefined;
}

const MONTH = '([A-Za-zÀ-ÿ]{3,10})\\.?';
const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  // 2016-04-06, 2016-04-06T16:00:00Z, "2020-12-18 14:00:00"
  [/\b(\d{4})-(\d{2})-(\d{2})(?![\d])/, (m) => day(+m[1], +m[2], +m[3])],
  // April 06, 2016 / Apr 6 2016
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`), (m) => monthDay(m[1], +m[2], +m[3])],
  // 6 April 2016 / 6. April 2016 / 6 avril 2016 / 6 de abril de 2016
  [
    new RegExp(`\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?(\\d{4})\\b`),
    (m) => monthDay(m[2], +m[1], +m[3]),
  ],
  // 31.05.2022 (day first wherever dots are used); slashes are ambiguous and never read.
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => day(+m[3], +m[2], +m[1])],
];

function monthDay(name: string, d: number, y: number): string | undefined {
  const m = MONTHS[name.toLowerCase().replace(/\.$/, '')];
  return m ? day(y, m, d) : undefined;
}

/**
 * The calendar day (YYYY-MM-DD) a text names, as written (no time-zone shift). ISO dates,
 * "April 6, 2016", "6 April 2016", "06.04.2016". "4/6/2016" is refused: month or day first?
 * @example dayOf('2016-01-12T09:00:44-08:00') // '2016-01-12'
 */
export function dayOf(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.slice(0, 200);
  for (const [re, read] of DATE_PATTERNS) {
    const m = re.exec(t);
    const d = m ? read(m) : undefined;
    if (d) return d;
  }
  return undefined;
}
