import { foldKey } from '../../normalize/fold-key';
import { dayOf } from './dates';
import { MAX_SIGNALS } from './limits';
import type { NewsText } from './news';
import { newsIn } from './news-patterns';
import { clean, sentencesOf, wordSet } from './text';

export interface RawSignal {
  type: string;
  observedAt?: string;
  detail: string;
  source: string;
}

const FIRST_PERSON = /(?<![\p{L}])(?:we|we've|we're|our|wir|unser\w*|nous|notre|nosotros)(?![\p{L}])/iu;
const QUOTED = /["“”„«»]/;

/** Where the company's name (or, on its own pages, "we") stands in a sentence; -1 if absent. */
function ownerAt(sentence: string, key: string, firstPerson: boolean): number {
  const folded = ` ${foldKey(sentence)} `;
  if (key && folded.includes(` ${key} `)) {
    // Position in the original sentence (approximately: accents are stripped first).
    const words = key.split(' ').join('[^\\p{L}\\p{N}]+');
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${words}`, 'iu').exec(sentence.normalize('NFKD').replace(/\p{M}/gu, ''));
    return m ? m.index : 0;
  }
  if (firstPerson && !QUOTED.test(sentence)) {
    const m = FIRST_PERSON.exec(sentence);
    if (m) return m.index;
  }
  return -1;
}

// Words that may start a sentence before its subject: "On March 3, 2023, Acme …", "Today Acme …".
const LEAD_WORDS = wordSet(`
  on in at as by for with since after following today yesterday this the earlier last now also additionally
  meanwhile press release news update breaking announcement monday tuesday wednesday thursday friday saturday
  sunday january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec
`);

/** Is the company the subject, i.e. no other name comes before it ("Globex, a customer of Acme, raised …")? */
function ownerLeads(sentence: string, owner: number): boolean {
  // A dateline ("SAN FRANCISCO, CA--(Marketwired - April 06, 2016) -") is no subject.
  const prefix = sentence.slice(0, owner).replace(/^.*(?:\s[—–]\s|--|\)\s-\s)/u, '');
  for (const m of prefix.matchAll(/\p{Lu}[\p{L}\p{N}&.'’-]*/gu)) {
    if (!LEAD_WORDS.has(m[0].toLowerCase().replace(/[.,]$/, ''))) return false;
  }
  return true;
}

/**
 * Is the company the one the news is about? Funding and leadership: it is the subject (named
 * before the verb, no other name before it). Acquisitions: subject, or the object right after
 * the verb ("Globex acquires Acme", not "Globex acquires Initech, a partner of Acme").
 */
function isParty(sentence: string, owner: number, verb: number, type: string): boolean {
  if (owner < verb) return ownerLeads(sentence, owner);
  if (type !== 'acquisition') return false;
  const between = sentence.slice(verb, owner).split(/\s+/).slice(1).join(' ');
  return ![...between.matchAll(/\p{Lu}[\p{L}\p{N}&.'’-]*/gu)].some((m) => !LEAD_WORDS.has(m[0].toLowerCase()));
}

function scan(
  texts: readonly string[],
  day: string | undefined,
  key: string,
  firstPerson: boolean,
  url: string,
  out: RawSignal[],
): void {
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      if (out.length >= MAX_SIGNALS) return;
      const news = newsIn(sentence);
      if (!news) continue;
      const owner = ownerAt(sentence, key, firstPerson);
      // Funding and leadership news name the company as the one doing it; an acquisition either side.
      if (owner < 0 || !isParty(sentence, owner, news.at, news.type)) continue;
      const observedAt = dayOf(sentence) ?? day;
      if (out.some((s) => s.type === news.type && s.observedAt === observedAt)) continue;
      out.push({ type: news.type, ...(observedAt ? { observedAt } : {}), detail: clean(sentence, 300)!, source: url });
    }
  }
}

/**
 * Funding, acquisition and leadership news about the site's owner, from the text readNewsText
 * gathered (news.ts). A sentence counts only when it names the owner (or says "we" on the
 * owner's own pages, outside quotes); a story about another company is not a signal for the
 * site that published it. Runs in the background (and in extractSite for the CLI and tests).
 */
export function newsSignals(text: NewsText): RawSignal[] {
  const out: RawSignal[] = [];
  for (const block of text.blocks) {
    if (out.length >= MAX_SIGNALS) break;
    scan(block.lines, block.day, text.owner, text.firstPerson, text.source, out);
  }
  return out;
}
