import { z } from 'zod';
import { checkMatchMode, checkPhrases } from './criterion-checks';
import { PERSON_IN_FIELDS, PERSON_TEXT_FIELDS, SENIORITIES } from './fields';
import { checkProfile } from './profile-checks';
import { criterionBase } from './schema-common';
import { profileShape } from './schema-icp';

/**
 * A persona is an ICP for people: same shape, person fields. People carry no numbers or
 * signals, so only `in` and `text` criteria apply.
 */

function checkSeniorities(c: { field: string; values: string[] }, ctx: z.core.$RefinementCtx) {
  if (c.field !== 'seniority') return;
  const known: readonly string[] = SENIORITIES;
  c.values.forEach((value, i) => {
    if (!known.includes(value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['values', i],
        message: `expected a seniority (${SENIORITIES.join(', ')}), got "${value}"`,
      });
    }
  });
}

export const personaInCriterionSchema = z
  .object({
    ...criterionBase,
    type: z.literal('in'),
    field: z.enum(PERSON_IN_FIELDS),
    values: z.array(z.string().min(1)).min(1),
    match: z.enum(['any', 'all']).optional(),
  })
  .superRefine((c, ctx) => {
    checkMatchMode(c, ctx);
    checkSeniorities(c, ctx);
  });

export const personaTextCriterionSchema = z
  .object({
    ...criterionBase,
    type: z.literal('text'),
    field: z.enum(PERSON_TEXT_FIELDS),
    anyOf: z.array(z.string().min(1)).min(1),
  })
  .superRefine(checkPhrases);

export const personaCriterionSchema = z.discriminatedUnion('type', [
  personaInCriterionSchema,
  personaTextCriterionSchema,
]);

export const personaSchema = z
  .object({ ...profileShape, criteria: z.array(personaCriterionSchema).min(1) })
  .superRefine(checkProfile);

export type PersonaCriterion = z.infer<typeof personaCriterionSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type PersonaInput = z.input<typeof personaSchema>;
