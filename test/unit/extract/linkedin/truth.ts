import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import type { LinkedInEvalCase, LinkedInTruth } from '../../../../lib/extract/linkedin/eval';
import { extractPage } from '../../../../lib/extract/registry';
import { fixture } from './load';

const DIR = new URL('../../../fixtures/linkedin/', import.meta.url);
const TRUTH = new URL('truth/', DIR);

const text = z.string().min(1);
const company = z
  .object({
    name: text,
    industry: text,
    employees: z.object({ min: z.number().int().nonnegative(), max: z.number().int().positive().optional() }).strict(),
    hq: z
      .object({
        country: z.string().regex(/^[A-Z]{2}$/),
        region: z
          .string()
          .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
          .optional(),
        city: text.optional(),
      })
      .strict(),
    foundedYear: z.number().int().min(1600).max(2100),
    website: z.url(),
    domain: z.string().min(3),
    linkedinUrl: z.url(),
    followers: z.number().int().nonnegative(),
    specialties: z.array(text).min(1),
    specialtiesCount: z.number().int().positive(),
    descriptionStartsWith: z.string().min(1).max(80),
  })
  .partial()
  .strict();
const person = z
  .object({ name: text, headline: text, title: text, companyName: text, location: text })
  .partial()
  .strict();
const item = z
  .object({
    kind: z.enum(['company', 'person']),
    name: text,
    title: text.optional(),
    companyName: text.optional(),
    industry: text.optional(),
    linkedinUrl: z.url().optional(),
  })
  .strict();

/** The truth file format; a typo in a hand-written truth must fail loudly, not score silently. */
export const linkedinTruthSchema = z
  .object({
    fixture: z.string().regex(/^linkedin-.+\.html$/),
    url: z.url(),
    kind: z.enum(['company', 'person', 'list', 'unknown']),
    company: company.optional(),
    person: person.optional(),
    items: z.array(item).optional(),
    notes: z.string().optional(),
  })
  .strict();

/** Saved LinkedIn pages in test/fixtures/linkedin/. */
export const linkedinFixtureNames = (): string[] =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();

/** Truth files in test/fixtures/linkedin/truth/, as the page names they describe. */
export const linkedinTruthNames = (): string[] =>
  readdirSync(TRUTH)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, '.html'))
    .sort();

export function linkedinTruthOf(name: string): LinkedInTruth {
  const json: unknown = JSON.parse(readFileSync(new URL(name.replace(/\.html$/, '.json'), TRUTH), 'utf8'));
  return linkedinTruthSchema.parse(json);
}

/** Every saved LinkedIn page with its truth and what the registry (as the content script) reads from it. */
export function linkedinEvalCases(): LinkedInEvalCase[] {
  return linkedinFixtureNames().map((name) => {
    const truth = linkedinTruthOf(name);
    const { doc, url } = fixture(name, truth.url);
    return { truth, result: extractPage(doc, url) };
  });
}
