import { foldKey } from '../../normalize/fold-key';
import { CAP_DESCRIPTION } from './limits';
import type { Meta } from './meta';
import type { Picked } from './name';
import { nameKey } from './name-match';
import type { PageRole } from './page-role';
import { clean } from './text';

export interface DescriptionInput {
  meta: Meta;
  role: PageRole;
  name?: string;
  /** The owner's structured description (JSON-LD or microdata Organization). */
  structured?: Picked;
  /** The site's tagline (JSON-LD WebSite description). */
  tagline?: string;
  /** Paragraphs of the page and its footer, in document order; read one by one, only when needed. */
  paragraphs: () => Iterable<string>;
}

// Self-introductions: "We are a …", "We help companies …", "Wir sind ein …", "Wir gehören zu …",
// "Nous sommes une …", "Somos una …". Not "We're excited to announce …" (a post, not a company).
const FIRST_PERSON =
  /^(?:we(?:'|’)re (?:a|an|the)|we are (?:a|an|the)|we help (?:companies|businesses|organi[sz]ations|teams|brands|clients|customers)|wir sind (?:ein|eine|der|die|das|ihr|ihre)|wir gehören zu|nous sommes (?:un|une|le|la|l['’])|somos (?:un|una|el|la)|siamo (?:un|una|il|la)|wij zijn (?:een|de|het))\b/i;
const VERBS =
  '(?:is|are|was|ist|sind|est|es|è|helps|provides|builds|makes|offers|delivers|develops|brings|lets|enables)';
const COPULA = '(?:is|are|ist|sind|est|es|è)';

/** A test: does a text start with the company as its subject ("Segment is the analytics API …")? */
function subjectTest(name: string | undefined, verbs: string): ((text: string) => boolean) | undefined {
  const key = name ? nameKey(name) : '';
  if (!key) return undefined;
  // Folded text keeps words and single spaces, so the name can be matched whatever its punctuation.
  const re = new RegExp(`^(?:the |die |der |das |la |le |el )?${key}(?: \\w+){0,3}? ${verbs} `, 'u');
  return (text) => re.test(`${foldKey(text.slice(0, 200))} `) && !/^\S+['’]s\b/.test(text);
}

/**
 * The company's description. Structured data first; a page's meta description only where it
 * speaks for the company: on the home or about page, or when it has the company (or "we") as
 * its subject. A blog post's or product page's description describes that page, not the company.
 */
export function pickDescription(input: DescriptionInput): Picked | undefined {
  if (input.structured) return input.structured;
  const { meta, role, name } = input;
  const ownPage = role.home || role.about;
  const subject = subjectTest(name, VERBS);
  // A directory's profile page speaks for the listed company, in its words ("We're building …").
  const speaksForOwner = (text: string): boolean =>
    ownPage || (!role.directory && (FIRST_PERSON.test(text) || !!subject?.(text)));
  for (const key of ['description', 'og:description', 'twitter:description']) {
    const text = clean(meta.get(key), CAP_DESCRIPTION);
    if (text && speaksForOwner(text)) return { value: text, source: 'meta', detail: `meta ${key}` };
  }
  const named = subjectTest(name, COPULA);
  // Without a name no paragraph can name the company: the page's paragraphs are not even read.
  for (const p of named ? input.paragraphs() : []) {
    if (p.length >= 40 && named!(p))
      return { value: clean(p, CAP_DESCRIPTION)!, source: 'text', detail: 'paragraph naming the company' };
  }
  const tagline = clean(input.tagline, CAP_DESCRIPTION);
  return tagline ? { value: tagline, source: 'json-ld', detail: 'schema.org WebSite description' } : undefined;
}

/** The founding year a description states ("The Verge was founded in 2011 …", "gegründet 1998"). */
export function foundedIn(text: string | undefined): string | undefined {
  const m =
    /\b(?:founded|established|started|gegründet|fondée?|fundad[ao])\s+(?:in\s+|im\s+(?:jahr\s+)?|en\s+)?((?:1[6-9]|20)\d{2})\b/iu.exec(
      text?.slice(0, 2000) ?? '',
    );
  return m?.[1];
}
