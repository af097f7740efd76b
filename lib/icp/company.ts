import { z } from 'zod';

/** A numeric bucket: "51-200" is {min: 51, max: 200}; "10,001+" is {min: 10001}; an exact count is {n, n}. */
export const bucketSchema = z
  .object({
    min: z.number().finite().nonnegative(),
    max: z.number().finite().nonnegative().optional(),
  })
  .refine((b) => b.max === undefined || b.max >= b.min, { message: 'max must be >= min' });
export type Bucket = z.infer<typeof bucketSchema>;

export const signalSchema = z.object({
  /** hiring, funding, leadershipChange, expansion, ... */
  type: z.string().min(1),
  /** ISO date (YYYY-MM-DD or a full ISO timestamp). */
  observedAt: z.string().optional(),
  detail: z.string().optional(),
  source: z.string().optional(),
});
export type Signal = z.infer<typeof signalSchema>;

export const hqSchema = z.object({
  /** ISO 3166-1 alpha-2 */
  country: z.string().optional(),
  /** ISO 3166-2, e.g. "US-NY" */
  region: z.string().optional(),
  city: z.string().optional(),
});
export type Hq = z.infer<typeof hqSchema>;

/**
 * The normalized company of the scoring spec: what extractors produce and what scoring reads.
 * Every field is optional; an absent field means "unknown".
 */
export const companySchema = z.object({
  name: z.string().optional(),
  domain: z.string().optional(),
  linkedinUrl: z.string().optional(),
  website: z.string().optional(),
  industry: z.string().optional(),
  employees: bucketSchema.optional(),
  revenueUsd: bucketSchema.optional(),
  foundedYear: z.number().finite().optional(),
  followers: z.number().finite().optional(),
  jobOpenings: z.number().finite().optional(),
  hq: hqSchema.optional(),
  /** absent = detection did not run; [] = ran, found none */
  technologies: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
  description: z.string().optional(),
  /** absent = not looked for; [] = looked, none */
  signals: z.array(signalSchema).optional(),
});
export type Company = z.infer<typeof companySchema>;

/** Fields of a company that criteria may name (dotted paths for nested ones). */
export type CompanyField = keyof Company | 'hq.country' | 'hq.region' | 'hq.city';
