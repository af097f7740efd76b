import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { z } from 'zod';
import type { EvalCase, SiteTruth } from '../../../../lib/extract/site/eval';
import { extractSite } from '../../../../lib/extract/site/extract-site';

const DIR = new URL('../../../fixtures/sites/', import.meta.url);
const TRUTH = new URL('truth/', DIR);

const address = z
  .object({
    street: z.string(),
    locality: z.string(),
    region: z.string(),
    postalCode: z.string(),
    country: z.string(),
  })
  .partial()
  .strict();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The truth file format; a typo in a hand-written truth must fail loudly, not score silently. */
export const truthSchema = z
  .object({
    fixture: z.string().regex(/^site-.+\.html$/),
    url: z.url(),
    kind: z.enum(['company', 'unknown']),
    name: z.string().min(1).optional(),
    domain: z.string().min(3).optional(),
    descriptionStartsWith: z.string().min(1).max(60).optional(),
    linkedinUrl: z.url().optional(),
    address: address.optional(),
    foundedYear: z.number().int().optional(),
    employees: z.object({ min: z.number(), max: z.number().optional() }).optional(),
    jobOpenings: z.number().int().nonnegative().optional(),
    careersUrl: z.array(z.url()).min(1).optional(),
    pricingUrl: z.array(z.url()).min(1).optional(),
    technologies: z.array(z.string().min(1)).optional(),
    signals: z.array(z.object({ type: z.string(), observedAt: day.optional() }).strict()),
    notes: z.string().optional(),
  })
  .strict();

/** Saved company-site pages in test/fixtures/sites/ (copies of shared/fixtures/real/sites/). */
export const fixtureNames = (): string[] =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();

export function truthOf(fixture: string): SiteTruth {
  const json: unknown = JSON.parse(readFileSync(new URL(fixture.replace(/\.html$/, '.json'), TRUTH), 'utf8'));
  return truthSchema.parse(json);
}

/** A saved page parsed as if the browser were at `url` (scripts never run). */
export function loadPage(fixture: string, url: string): Document {
  return new JSDOM(readFileSync(new URL(fixture, DIR), 'utf8'), { url }).window.document;
}

/** Every fixture with its truth and what extractSite reads from it. */
export function evalCases(): EvalCase[] {
  return fixtureNames().map((fixture) => {
    const truth = truthOf(fixture);
    return { truth, result: extractSite(loadPage(fixture, truth.url), new URL(truth.url)) };
  });
}

/** A page made from a string, for small cases that need no fixture file. */
export function page(html: string, url = 'https://www.acme.io/'): { doc: Document; url: URL } {
  return { doc: new JSDOM(html, { url }).window.document, url: new URL(url) };
}
