import type { z } from 'zod';

/** Rules shared by ICPs and personas: ids are unique and every score lands in some tier. */
type Ctx = z.core.$RefinementCtx;

interface Profile {
  tiers: { id: string; min: number }[];
  criteria: { id: string }[];
}

function checkUnique(
  items: readonly Record<string, unknown>[],
  key: string,
  where: string,
  what: string,
  ctx: Ctx,
): void {
  const seen = new Map<unknown, number>();
  items.forEach((item, i) => {
    const value = item[key];
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, i);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [where, i, key],
      message: `${what} ${JSON.stringify(value)} is already used by ${where}[${first}]; each must be different`,
    });
  });
}

export function checkProfile(profile: Profile, ctx: Ctx): void {
  checkUnique(profile.criteria, 'id', 'criteria', 'criterion id', ctx);
  checkUnique(profile.tiers, 'id', 'tiers', 'tier id', ctx);
  // Two tiers with one threshold: the second could never be reached.
  checkUnique(profile.tiers, 'min', 'tiers', 'tier min', ctx);
  if (!profile.tiers.some((tier) => tier.min === 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['tiers'],
      message: 'add a tier with min 0, so that every score (and every disqualified record) has a tier',
    });
  }
}

/** Shared by bundles: ICP and persona ids must be unique within their list. */
export { checkUnique };
