import { z } from 'zod';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, 'expected base64url text');

/**
 * A signed bundle (design.md, Contracts): `payload` is base64url of the bundle's UTF-8 JSON
 * bytes, `signature` base64url of the ECDSA P-256 / SHA-256 signature over them in P1363 form.
 * Verification lives with the sync code; this only checks the shape.
 */
export const signedEnvelopeSchema = z.object({
  payload: base64url,
  signature: base64url,
  keyId: z.string().min(1).optional(),
});
export type SignedEnvelope = z.infer<typeof signedEnvelopeSchema>;
