/**
 * Sentence patterns of company news, English first with common German, French and Spanish
 * forms. Each returns where the event's verb starts, so the caller can check who did it.
 * Quantifiers are bounded: a 600-character sentence is matched in linear time.
 */
export type NewsType = 'funding' | 'acquisition' | 'leadershipChange';

// Word boundaries that know about "ü" and "é" (\b only knows ASCII letters).
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const UNIT = '(?:[kmb]n?|mm|million|billion|mio\\.?|mrd\\.?|millionen|milliarden|millions?|milliards?|millones)';
const AMOUNT = `(?:(?:US)?\\$|€|£|USD|EUR|GBP|CHF)\\s?\\d[\\d.,]*\\s?${UNIT}?${E}|${B}\\d[\\d.,]*\\s?${UNIT}${E}`;
const ROUND =
  '(?:series [a-h]\\d?|seed|pre-seed|angel|funding|financing|investment|round|venture (?:debt|capital)|growth equity|finanzierung(?:srunde)?|levée de fonds|ronda de financiación|tour de table)';
const RAISE =
  '(?:rais(?:es|ed|ing)|secur(?:es|ed|ing)|clos(?:es|ed|ing)|lands?|landed|complet(?:es|ed)|announc(?:es|ed|ing)|receiv(?:es|ed)|bags?|bagged|nabs?|nabbed|gets?|got|sammelt|erhält|erhielt|lève|levé|recauda|obtiene)';
const ACQUIRE_NAME =
  "(?:[Aa]cquir(?:es|ed)|[Bb]uys|[Bb]ought|[Aa]gree(?:s|d) to acquire|[Ww]ill acquire|[Tt]o acquire|übernimmt|[Rr]achète|[Aa]cquiert|[Aa]dquiere)\\s+(?:the |a |an |its |der |die |das |la |le |l')?(?:\\p{Lu}|\\d)";
const ACQUIRED =
  '(?:[Aa]cquired by|[Bb]een acquired|übernommen|[Cc]omplet(?:es|ed) (?:the |its )?acquisition of|[Aa]nnounc(?:es|ed) (?:the |its )?acquisition of|[Ff]inaliz(?:es|ed) (?:the |its )?acquisition of)';
const APPOINT =
  '(?:appoint(?:s|ed|ing)?|names?|named|hires?|hired|welcom(?:es|ed)|promot(?:es|ed)|elect(?:s|ed)|taps?|tapped|joins as|joined as|steps? down|stepped down|resign(?:s|ed)|succeed(?:s|ed)|ernennt|ernannt|beruft|berufen|nomme|nommé|nombra|nombrado)';
const ROLE =
  '(?:CEO|CFO|CTO|COO|CMO|CRO|CIO|CISO|CPO|CHRO|chief [a-z]+(?: [a-z]+)? officer|(?:senior |executive )?vice president|SVP|EVP|president|chair(?:man|woman|person)?|managing director|general manager|geschäftsführer(?:in)?|vorstand(?:svorsitzender?)?|directeur général|PDG|director general)';

// Each pattern with what it cannot match without (plain alternations, far cheaper than the
// patterns' lookbehinds): most sentences of an article are passed over without running them.
const DIGIT = /\d/;
const PATTERNS: [NewsType, RegExp, RegExp[]][] = [
  // "raised a $30M Series B", "announces $12 million seed round", "closes €5m funding round"
  [
    'funding',
    new RegExp(`${B}${RAISE}${E}[^.]{0,60}?(?:${AMOUNT})[^.]{0,80}?${ROUND}`, 'iu'),
    [DIGIT, new RegExp(RAISE, 'iu')],
  ],
  // "lève 3 millions d'euros", "sammelt 5 Mio. Euro ein": these verbs need no round word.
  [
    'funding',
    new RegExp(`${B}(?:lève|levé|sammelt|recauda)${E}[^.]{0,30}?(?:${AMOUNT})`, 'iu'),
    [DIGIT, /lève|levé|sammelt|recauda/iu],
  ],
  // "a $20M Series B led by Thrive", "Series A funding round"
  [
    'funding',
    new RegExp(
      `${B}(?:series [a-h]\\d?|seed|pre-seed)\\s+(?:funding|financing|round|investment)${E}|${ROUND}[^.]{0,40}${B}led by${E}`,
      'iu',
    ),
    [/series|seed|led by/iu],
  ],
  // "acquires Beta", "was acquired by", "completes acquisition of". Case-sensitive on purpose:
  // the object must be a name ("acquires Beta"), not "the data we acquired".
  ['acquisition', new RegExp(`${B}${ACQUIRE_NAME}|${B}${ACQUIRED}${E}`, 'u'), [/cqui|dqui|uys|ought|übern|achète/u]],
  // "appoints Jane Doe as CEO", "names new CFO", "Jane Doe joins as Chief Revenue Officer"
  [
    'leadershipChange',
    new RegExp(`${B}${APPOINT}${E}[^.]{0,120}?${B}${ROLE}${E}`, 'iu'),
    [new RegExp(ROLE, 'iu'), new RegExp(APPOINT, 'iu')],
  ],
];

/** The news a sentence reports, with the index where its verb starts. */
export function newsIn(sentence: string): { type: NewsType; at: number } | undefined {
  for (const [type, re, needs] of PATTERNS) {
    if (!needs.every((n) => n.test(sentence))) continue;
    const m = re.exec(sentence);
    if (m) return { type, at: m.index };
  }
  return undefined;
}
