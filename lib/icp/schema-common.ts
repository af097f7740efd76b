import { z } from 'zod';

/** Fields every criterion has, whatever its type. */
export const criterionBase = {
  id: z.string().min(1),
  label: z.string().min(1),
  /** Groups criteria in the result ("fit", "readiness", ...). */
  dimension: z.string().min(1).default('fit'),
  /** Negative points make a penalty: subtracted when matched, never adding to what is possible. */
  points: z.number().int().min(-1000).max(1000),
  /** A miss disqualifies the record; unknown never does. */
  required: z.boolean().optional(),
};

export const tierSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Lowest score (0..100) that reaches this tier. */
  min: z.number().min(0).max(100),
  action: z.string().optional(),
});
export type Tier = z.infer<typeof tierSchema>;
