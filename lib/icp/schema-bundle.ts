import { z } from 'zod';
import { checkUnique } from './profile-checks';
import { icpSchema } from './schema-icp';
import { personaSchema } from './schema-persona';

/** The bundle format this build understands; newer bundles are refused (see parseBundle). */
export const BUNDLE_SCHEMA_VERSION = 1;

/** What a manager publishes for the team (design.md, Contracts: ICP bundle). */
export const icpBundleSchema = z
  .object({
    schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
    id: z.string().min(1),
    name: z.string().min(1),
    /** Grows with each publish; a lower one than in use is refused (no rollback). */
    version: z.number().int().positive(),
    publishedAt: z.iso.datetime({ offset: true }),
    publisher: z.string().optional(),
    icps: z.array(icpSchema).min(1),
    personas: z.array(personaSchema).optional(),
    defaultIcpId: z.string().min(1),
  })
  .superRefine((bundle, ctx) => {
    checkUnique(bundle.icps, 'id', 'icps', 'ICP id', ctx);
    checkUnique(bundle.personas ?? [], 'id', 'personas', 'persona id', ctx);
    if (!bundle.icps.some((icp) => icp.id === bundle.defaultIcpId)) {
      const ids = bundle.icps.map((icp) => `"${icp.id}"`).join(', ');
      ctx.addIssue({
        code: 'custom',
        path: ['defaultIcpId'],
        message: `"${bundle.defaultIcpId}" is not one of this bundle's ICPs (${ids})`,
      });
    }
  });

export type IcpBundle = z.infer<typeof icpBundleSchema>;
export type IcpBundleInput = z.input<typeof icpBundleSchema>;
