/**
 * Comparison keys for names typed by many hands: "Côte d'Ivoire", "COTE D’IVOIRE" and
 * "Cote d'Ivoire" share one key, as do "Hospital & Health Care" and "hospital and health care".
 */

// Letters that NFKD leaves whole (no base letter + combining mark to strip).
const WHOLE_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/** Lower case, no accents, "&" as "and", dots and apostrophes dropped ("U.S." is "us"), other punctuation as one space. */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßøæœđłıþð]/g, (c) => WHOLE_LETTERS[c] ?? c)
    .replace(/[.'’ʼ`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
