import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../lib/icp/errors';
import { signedEnvelopeSchema } from '../../../lib/icp/schema-envelope';

describe('signed envelope schema', () => {
  it('accepts base64url payload and signature, with an optional key id', () => {
    const payload = Buffer.from('{"schemaVersion":1}').toString('base64url');
    expect(signedEnvelopeSchema.safeParse({ payload, signature: 'MEUCIQ-_x', keyId: 'team-2026' }).success).toBe(true);
    expect(signedEnvelopeSchema.safeParse({ payload, signature: 'abc=' }).success).toBe(true);
  });

  it('refuses standard base64 and missing parts with readable errors', () => {
    const parsed = signedEnvelopeSchema.safeParse({ payload: 'a+b/c' }, { reportInput: true });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(formatIssues(parsed.error)).toEqual([
      { path: '$.payload', message: 'expected base64url text, got string "a+b/c"' },
      { path: '$.signature', message: 'missing: expected text' },
    ]);
  });
});
