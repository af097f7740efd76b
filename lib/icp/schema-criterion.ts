import { z } from 'zod';
import { checkMatchMode, checkPhrases, checkRange } from './criterion-checks';
import { COMPANY_IN_FIELDS, COMPANY_RANGE_FIELDS, COMPANY_TEXT_FIELDS } from './fields';
import { criterionBase } from './schema-common';

/** The four criterion types of an ICP (spec: "Criterion types"). */

export const inCriterionSchema = z
  .object({
    ...criterionBase,
    type: z.literal('in'),
    field: z.enum(COMPANY_IN_FIELDS),
    values: z.array(z.string().min(1)).min(1),
    /** Default "any"; "all" only for list fields. */
    match: z.enum(['any', 'all']).optional(),
  })
  .superRefine(checkMatchMode);

const rangeBound = z.number().finite();

export const rangeCriterionSchema = z
  .object({
    ...criterionBase,
    type: z.literal('range'),
    field: z.enum(COMPANY_RANGE_FIELDS),
    min: rangeBound.optional(),
    max: rangeBound.optional(),
    /** A wider range that earns some of the points. */
    partial: z
      .object({
        min: rangeBound.optional(),
        max: rangeBound.optional(),
        points: z.number().int(),
      })
      .optional(),
  })
  .superRefine(checkRange);

export const textCriterionSchema = z
  .object({
    ...criterionBase,
    type: z.literal('text'),
    field: z.enum(COMPANY_TEXT_FIELDS),
    anyOf: z.array(z.string().min(1)).min(1),
  })
  .superRefine(checkPhrases);

export const signalCriterionSchema = z.object({
  ...criterionBase,
  type: z.literal('signal'),
  /** hiring, funding, leadershipChange, expansion, ... */
  signal: z.string().min(1),
  /** Counts only signals observed this many days before asOf, or fewer. */
  withinDays: z.number().int().nonnegative().optional(),
});

export const criterionSchema = z.discriminatedUnion('type', [
  inCriterionSchema,
  rangeCriterionSchema,
  textCriterionSchema,
  signalCriterionSchema,
]);

export type InCriterion = z.infer<typeof inCriterionSchema>;
export type RangeCriterion = z.infer<typeof rangeCriterionSchema>;
export type TextCriterion = z.infer<typeof textCriterionSchema>;
export type SignalCriterion = z.infer<typeof signalCriterionSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
/** A criterion as written by hand, before defaults are applied. */
export type CriterionInput = z.input<typeof criterionSchema>;
