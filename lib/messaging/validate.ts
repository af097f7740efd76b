import { z } from 'zod';
import { CAP_NAME, MAX_BODY_TEXT, MAX_NEWS_ITEMS } from '../extract/site/limits';
import type { ExtractResult } from '../extract/types';

/** Page text is hostile input: cap every string and list so a crafted page cannot bloat storage. */
const str = (max = 5000) => z.string().max(max);
const provenance = z.object({
  source: z.enum(['json-ld', 'embedded-json', 'meta', 'markup', 'text', 'url']),
  detail: str(300).optional(),
});

const rawCompany = z.object({
  name: str(300).optional(),
  website: str(2000).optional(),
  linkedinUrl: str(2000).optional(),
  linkedinId: str(100).optional(),
  linkedinSlug: str(300).optional(),
  industry: str(300).optional(),
  size: str(200).optional(),
  employeeCount: str(200).optional(),
  revenue: str(200).optional(),
  headquarters: str(500).optional(),
  address: z
    .object({
      street: str(500).optional(),
      locality: str(300).optional(),
      region: str(300).optional(),
      postalCode: str(50).optional(),
      country: str(100).optional(),
    })
    .optional(),
  founded: str(100).optional(),
  followers: str(100).optional(),
  jobOpenings: str(100).optional(),
  companyType: str(200).optional(),
  specialties: z.array(str(300)).max(200).optional(),
  description: str(20000).optional(),
  technologies: z.array(str(200)).max(500).optional(),
  signals: z
    .array(
      z.object({
        type: str(100),
        observedAt: str(100).optional(),
        detail: str(1000).optional(),
        source: str(300).optional(),
      }),
    )
    .max(200)
    .optional(),
});

const rawPerson = z.object({
  name: str(300).optional(),
  headline: str(1000).optional(),
  title: str(500).optional(),
  companyName: str(300).optional(),
  companyLinkedinUrl: str(2000).optional(),
  location: str(300).optional(),
});

const kind = z.enum(['company', 'person', 'list', 'unknown']);

export const extractResultSchema: z.ZodType<ExtractResult> = z.object({
  kind,
  company: rawCompany.optional(),
  person: rawPerson.optional(),
  items: z
    .array(
      z.object({ kind: z.enum(['company', 'person']), company: rawCompany.optional(), person: rawPerson.optional() }),
    )
    .max(200)
    .optional(),
  missing: z.array(str(200)).max(100),
  provenance: z.record(str(100), provenance),
});

export const pageExtractedSchema = z.object({ url: z.url().max(4000), result: extractResultSchema });
export const getFitForTabSchema = z.object({ tabId: z.number().int().nonnegative() });
export const openDetailsSchema = z.object({ row: z.number().int().nonnegative().max(1000).optional() });

/** What technology detection reads from a page; caps as in SIGNAL_CAPS (collect.ts), plus slack. */
const pageSignals = z.object({
  scriptSrcs: z.array(str(1000)).max(600),
  linkHrefs: z.array(str(1000)).max(500),
  metas: z.array(z.object({ name: str(100), content: str(500) })).max(250),
  inlineScripts: z.array(str(20_000)).max(150),
  cookieNames: z.array(str(200)).max(250),
  globals: z.array(str(100)).max(1000),
  domHits: z.array(str(200)).max(1000).optional(),
  html: str(130_000).optional(),
});

export const siteSetupSchema = z.object({ url: z.url().max(4000) });
/** The text news is read from (NewsText, lib/extract/site/news.ts): at most about a megabyte. */
const newsText = z
  .object({
    source: z.url().max(4000),
    owner: str(CAP_NAME * 2),
    firstPerson: z.boolean(),
    blocks: z
      .array(z.object({ lines: z.array(str(MAX_BODY_TEXT)).max(20_000), day: str(10).optional() }))
      .max(MAX_NEWS_ITEMS * 4 + 1),
  })
  .refine((t) => t.blocks.reduce((n, b) => n + b.lines.reduce((m, l) => m + l.length, 0), 0) <= 1_000_000, {
    message: 'news text over 1,000,000 characters',
  });
export const siteExtractedSchema = z.object({
  url: z.url().max(4000),
  result: extractResultSchema,
  signals: pageSignals,
  news: newsText.optional(),
});
export const scanTabSchema = getFitForTabSchema;
export const enrichSchema = getFitForTabSchema;
/** What the page-side probes return: only paths and selectors we asked about. */
export const probeAnswerSchema = z.array(str(200)).max(1000);

/** "Save lead" from a badge (the tab is the sender's) and from the popup (the tab is named). */
export const badgeSaveSchema = openDetailsSchema;
export const tabRowSchema = z.object({
  tabId: z.number().int().nonnegative(),
  row: z.number().int().nonnegative().max(1000).optional(),
});

/** "Check now" carries nothing: anything else is not ours. */
export const teamCheckNowSchema = z.object({}).strict();
