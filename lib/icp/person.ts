import { z } from 'zod';
import { SENIORITIES } from './fields';

/**
 * A person as the extractors and the CLI describe one (a LinkedIn profile). Every field is
 * optional; an absent field is unknown to scoring.
 */
export const personSchema = z.object({
  name: z.string().optional(),
  headline: z.string().optional(),
  title: z.string().optional(),
  companyName: z.string().optional(),
  companyLinkedinUrl: z.string().optional(),
  location: z.string().optional(),
  seniority: z.enum(SENIORITIES).optional(),
  department: z.string().optional(),
});
export type Person = z.infer<typeof personSchema>;
