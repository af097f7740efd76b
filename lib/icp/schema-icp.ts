import { z } from 'zod';
import { checkProfile } from './profile-checks';
import { tierSchema } from './schema-common';
import { criterionSchema } from './schema-criterion';

/** Fields an ICP and a persona share apart from their criteria. */
export const profileShape = {
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  /** Below this coverage the result is flagged low confidence (default 0.5). */
  minCoverage: z.number().min(0).max(1).optional(),
  tiers: z.array(tierSchema).min(1),
};

export const icpSchema = z
  .object({ ...profileShape, criteria: z.array(criterionSchema).min(1) })
  .superRefine(checkProfile);

export type Icp = z.infer<typeof icpSchema>;
/** An ICP as written by hand: `dimension` may be left out. Scoring accepts either form. */
export type IcpInput = z.input<typeof icpSchema>;
