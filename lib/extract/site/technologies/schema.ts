import { z } from 'zod';

/**
 * The contract of fingerprints.json. The data ships with the background and is validated by a
 * unit test, not at runtime, so the detector bundle stays free of zod.
 */

/** Category ids; B2B sellers filter on these (e.g. "uses an ATS", "runs marketing automation"). */
export const CATEGORIES = [
  'crm',
  'erp',
  'marketing-automation',
  'email-marketing',
  'abm',
  'advertising',
  'analytics',
  'product-analytics',
  'cdp',
  'tag-manager',
  'chat-support',
  'scheduling',
  'forms-surveys',
  'cms',
  'cms-extension',
  'ecommerce',
  'payments',
  'cdn-hosting',
  'ab-testing',
  'consent',
  'ats',
  'js-framework',
  'js-library',
  'fonts',
  'monitoring',
  'security',
  'video',
  'social',
  'reviews',
  'search',
  'maps',
] as const;

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

// Patterns run over hostile page text in the background, so keep them short and simple.
const regex = z.string().min(1).max(200).refine(compiles, { message: 'not a valid regular expression' });
const regexList = z.array(regex).min(1).max(20);

/** Window property paths, probed in the page's main world ("HubSpotConversations", "analytics.track"). */
const globalPath = z
  .string()
  .max(80)
  .regex(/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,3}$/, 'a dotted path of identifiers');

export const PatternsSchema = z
  .object({
    scriptSrc: regexList.optional(),
    linkHref: regexList.optional(),
    /** Keyed by lower-case meta name (name, property or http-equiv); the regex runs over content. */
    meta: z.record(z.string().regex(/^[a-z0-9:._-]+$/), regex).optional(),
    inlineScript: regexList.optional(),
    dom: z.array(z.string().min(1).max(200)).min(1).max(20).optional(),
    cookies: regexList.optional(),
    globals: z.array(globalPath).min(1).max(20).optional(),
    /** Over the bounded page outline (start tags and comments); weak evidence, use sparingly. */
    html: regexList.optional(),
  })
  .strict();

export const FingerprintSchema = z
  .object({
    name: z.string().min(1).max(60),
    category: z.enum(CATEGORIES),
    website: z.url({ protocol: /^https$/ }).optional(),
    patterns: PatternsSchema,
    implies: z.array(z.string().min(1)).min(1).max(5).optional(),
  })
  .strict();

export const FingerprintFileSchema = z
  .object({
    about: z.string(),
    technologies: z.array(FingerprintSchema).min(1),
  })
  .strict();

export type Category = (typeof CATEGORIES)[number];
export type Patterns = z.infer<typeof PatternsSchema>;
export type Fingerprint = z.infer<typeof FingerprintSchema>;
export type PatternKind = keyof Patterns;
