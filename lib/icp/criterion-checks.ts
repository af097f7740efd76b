import type { z } from 'zod';
import { LIST_FIELDS } from './fields';
import { tokenize } from './normalize-text';

/** Cross-field rules of single criteria, worded for the person editing the ICP. */
type Ctx = z.core.$RefinementCtx;

export function checkMatchMode(c: { field: string; match?: 'any' | 'all' }, ctx: Ctx): void {
  if (c.match === 'all' && !LIST_FIELDS.includes(c.field)) {
    ctx.addIssue({
      code: 'custom',
      path: ['match'],
      message: `match "all" only works on a list field (${LIST_FIELDS.join(', ')}); "${c.field}" holds one value, so use "any"`,
    });
  }
}

interface Bounds {
  min?: number | undefined;
  max?: number | undefined;
}

function checkBounds(b: Bounds, path: (string | number)[], ctx: Ctx): void {
  if (b.min === undefined && b.max === undefined) {
    ctx.addIssue({ code: 'custom', path, message: 'give a min, a max, or both' });
  } else if (b.min !== undefined && b.max !== undefined && b.min > b.max) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'min'],
      message: `min (${b.min}) must not be greater than max (${b.max})`,
    });
  }
}

export function checkRange(
  c: Bounds & { points: number; partial?: (Bounds & { points: number }) | undefined },
  ctx: Ctx,
): void {
  checkBounds(c, [], ctx);
  if (!c.partial) return;
  checkBounds(c.partial, ['partial'], ctx);
  const low = Math.min(0, c.points);
  const high = Math.max(0, c.points);
  if (c.partial.points < low || c.partial.points > high) {
    ctx.addIssue({
      code: 'custom',
      path: ['partial', 'points'],
      message: `partial points must be between 0 and the criterion's ${c.points} points`,
    });
  }
}

export function checkPhrases(c: { anyOf: string[] }, ctx: Ctx): void {
  c.anyOf.forEach((phrase, i) => {
    if (tokenize(phrase).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['anyOf', i],
        message: `"${phrase}" has no letters or digits to search for`,
      });
    }
  });
}
