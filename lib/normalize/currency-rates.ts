/**
 * US dollars per unit of each currency we convert. Approximate mid-market rates, rounded, as of
 * 2025-07-01. Revenue is bucketed ("$10M-$50M"), not booked, so a few percent of drift is fine;
 * refresh when a rate moves by more than ~10%.
 */
export const USD_PER_UNIT = {
  USD: 1,
  EUR: 1.18,
  GBP: 1.37,
  CHF: 1.26,
  CAD: 0.735,
  AUD: 0.66,
  JPY: 0.0069,
  INR: 0.0117,
} as const;

export type Currency = keyof typeof USD_PER_UNIT;

/**
 * How each currency is written, most specific first ("US$" and "CA$" before "$"). A `null`
 * currency is one we do not convert (HK$, R$, kr, ...): better unknown than read as dollars.
 */
export const CURRENCY_MARKS: readonly (readonly [RegExp, Currency | null])[] = [
  [
    /\b(?:hk|s|nz|r|mx|nt|rd)\$|\b(?:hkd|sgd|nzd|brl|mxn|twd|cny|rmb|sek|nok|dkk|pln|zar|krw|rub|try|ils|aed|sar|kr|zl)\b|[₩₽₺₪]/,
    null,
  ],
  [/\bus\$|\busd\b|\bus dollars?\b/, 'USD'],
  [/\bc\$|\bca\$|\bcad\b/, 'CAD'],
  [/\ba\$|\bau\$|\baud\b/, 'AUD'],
  [/\bchf\b|\bsfr\b/, 'CHF'],
  [/€|\beur\b|\beuros?\b/, 'EUR'],
  [/£|\bgbp\b/, 'GBP'],
  [/[¥円]|\bjpy\b|\byen\b/, 'JPY'],
  [/₹|\binr\b|\brs\b|\brupees?\b|\blakhs?\b|\bcrores?\b/, 'INR'],
  [/\$|\bdollars?\b/, 'USD'],
];

/** Every currency mark above, removed before the amount is read. */
export const CURRENCY_TOKENS =
  /\b[a-z]{1,2}\$|\$|[€£¥円₹₩₽₺₪]|\b(?:usd|us dollars?|dollars?|eur|euros?|gbp|chf|sfr|cad|aud|jpy|yen|inr|rs|rupees?)\b/g;
