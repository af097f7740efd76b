import { foldKey } from '../../normalize/fold-key';
import { wordSet } from './text';

// Legal forms, which do not tell two names apart ("Acme, Inc." is "Acme").
const LEGAL = wordSet(`
  inc incorporated llc llp lp ltd limited plc pbc corp corporation co gmbh kg ag ug ohg mbh eg ev sa sas sarl srl
  spa bv nv ab as oy pty pte sl kk
`);
const MINOR = wordSet('the and of for a an und der die das la le el');

/** Comparison key of a company name: folded, legal forms dropped ("VIEHBACHER GmbH & Co. KG" is "viehbacher"). */
export function nameKey(name: string): string {
  const words = foldKey(name).split(' ').filter(Boolean);
  // "gmbh and co kg": legal forms and the "and" between them.
  while (words.length > 1 && (LEGAL.has(words[words.length - 1]) || words[words.length - 1] === 'and')) words.pop();
  return words.join(' ');
}

const squash = (name: string): string => nameKey(name).replace(/[^a-z0-9]/g, '');

/**
 * Does a name plausibly belong to a site whose domain label is `label`? Exact ("microlink" on
 * microlink.io), one contains the other with a short rest ("LeanData" on leandatainc.com,
 * "Kanzlei Viehbacher" on viehbacher.com), or initials ("Long Island University" on liu.edu).
 * "Google" on acme.io does not agree.
 */
export function agreesWithDomain(name: string | undefined, label: string | undefined): boolean {
  if (!name || !label) return false;
  const n = squash(name);
  if (n.length < 2 || label.length < 2) return false;
  if (n === label) return true;
  const words = nameKey(name).split(' ').filter(Boolean);
  if (words.length <= 4 && label.length >= 4 && n.includes(label) && n.length - label.length <= 12) return true;
  if (n.length >= 4 && label.includes(n) && label.length - n.length <= 12) return true;
  const initials = words
    .filter((w) => !MINOR.has(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 && (initials === label || label === initials + 'edu');
}

/** Two names for the same thing ("Segment" and "segment", "Acme Inc" and "ACME"). */
export const sameName = (a: string, b: string): boolean => {
  const ka = squash(a);
  return ka.length > 0 && ka === squash(b);
};
