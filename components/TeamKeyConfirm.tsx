import type { PendingKey } from '@/lib/team/sync-state';

export interface TeamKeyConfirmProps {
  pending: PendingKey;
  busy: boolean;
  button: string;
  onTrust(): void;
  /** Absent when the rep cannot unsubscribe (a URL set by policy). */
  onCancel?: () => void;
}

/** "c4ce97bc 5c3827fd …": the fingerprint in groups of eight, easier to compare aloud. */
const grouped = (hex: string) => hex.match(/.{1,8}/g)?.join(' ') ?? hex;

/**
 * The key shown on first fetch of a signed bundle, before anything of it is used: the rep checks
 * its key id with their manager, then trusts it (pinning it for every later bundle) or cancels.
 */
export function TeamKeyConfirm({ pending, busy, button, onTrust, onCancel }: TeamKeyConfirmProps) {
  const { bundle } = pending;
  return (
    <section
      aria-labelledby="team-key-confirm-h"
      data-testid="team-key-confirm"
      className="rounded-md border border-blue-300 bg-blue-50 p-3 text-sm dark:border-blue-800 dark:bg-blue-950"
    >
      <p id="team-key-confirm-h" className="font-semibold">
        This bundle is signed with key id{' '}
        <code data-testid="team-pending-key-id" className="font-mono">
          {pending.keyId}
        </code>
        . Check with your manager that this is your team&apos;s key.
      </p>
      <p className="mt-1 font-mono text-xs break-all text-gray-700 dark:text-gray-300">
        SHA-256 fingerprint: {grouped(pending.fingerprint)}
      </p>
      <p className="mt-1">
        ICP Lens does not use “{bundle.name}” version {bundle.version} until you trust this key. Once you do, it accepts
        only bundles signed with this key.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={button} disabled={busy} onClick={onTrust}>
          Trust this key and subscribe
        </button>
        {onCancel && (
          <button type="button" className={button} disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </section>
  );
}
