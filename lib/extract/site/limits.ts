/**
 * Work caps for one page. A company site is hostile input like any other page: a 20 MB
 * single-page app or a footer with 50 000 links must cost no more than a normal page.
 * Plain constants, so that the bundler writes the numbers where they are used.
 */
/** Elements of one kind (links, paragraphs, ...) read from the page. */
export const MAX_ANCHORS = 3000;
export const MAX_FOOTER_ANCHORS = 400;
export const MAX_PARAGRAPHS = 300;
export const MAX_ITEMSCOPES = 60;
export const MAX_ITEMPROPS = 200;
export const MAX_METAS = 400;
export const MAX_BLOCKS = 40;
export const MAX_TIMES = 200;
export const MAX_NEWS_ITEMS = 80;
/** JSON-LD: blocks read, characters per block, objects visited, nesting depth. */
export const MAX_JSON_LD_BLOCKS = 20;
export const MAX_JSON_LD_CHARS = 300_000;
export const MAX_JSON_LD_NODES = 2000;
export const MAX_JSON_LD_DEPTH = 8;
/** Characters of one block's text (address, footer) and of the article text scanned for news. */
export const MAX_BLOCK_CHARS = 4000;
export const MAX_BODY_TEXT = 200_000;
export const MAX_SENTENCES = 3000;
export const MAX_SENTENCE_CHARS = 600;
export const MAX_SIGNALS = 10;

/** Length caps of returned values: page text must not bloat messages or storage. */
export const CAP_NAME = 200;
export const CAP_SHORT = 300;
export const CAP_URL = 2000;
export const CAP_DESCRIPTION = 5000;

/** The caps as tables, for tests and readers of this module. */
export const LIMITS = {
  anchors: MAX_ANCHORS,
  footerAnchors: MAX_FOOTER_ANCHORS,
  paragraphs: MAX_PARAGRAPHS,
  itemscopes: MAX_ITEMSCOPES,
  itemprops: MAX_ITEMPROPS,
  metas: MAX_METAS,
  blocks: MAX_BLOCKS,
  times: MAX_TIMES,
  newsItems: MAX_NEWS_ITEMS,
  jsonLdBlocks: MAX_JSON_LD_BLOCKS,
  jsonLdChars: MAX_JSON_LD_CHARS,
  jsonLdNodes: MAX_JSON_LD_NODES,
  jsonLdDepth: MAX_JSON_LD_DEPTH,
  blockChars: MAX_BLOCK_CHARS,
  bodyText: MAX_BODY_TEXT,
  sentences: MAX_SENTENCES,
  sentenceChars: MAX_SENTENCE_CHARS,
  signals: MAX_SIGNALS,
} as const;
export const CAP = {
  name: CAP_NAME,
  short: CAP_SHORT,
  url: CAP_URL,
  description: CAP_DESCRIPTION,
} as const;
