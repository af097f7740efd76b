/**
 * Work caps for one page. A company site is hostile input like any other page: a 20 MB
 * single-page app or a footer with 50 000 links must cost no more than a normal page.
 */
export const LIMITS = {
  /** Elements of one kind (links, paragraphs, ...) read from the page. */
  anchors: 3000,
  footerAnchors: 400,
  paragraphs: 300,
  itemscopes: 60,
  itemprops: 200,
  metas: 400,
  blocks: 40,
  times: 200,
  newsItems: 80,
  /** JSON-LD: blocks read, characters per block, objects visited, nesting depth. */
  jsonLdBlocks: 20,
  jsonLdChars: 300_000,
  jsonLdNodes: 2000,
  jsonLdDepth: 8,
  /** Characters of one block's text (address, footer) and of the article text scanned for news. */
  blockChars: 4000,
  bodyText: 200_000,
  sentences: 3000,
  sentenceChars: 600,
  signals: 10,
} as const;

/** Length caps of returned values: page text must not bloat messages or storage. */
export const CAP = { name: 200, short: 300, url: 2000, description: 5000 } as const;
