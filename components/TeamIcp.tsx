import { useState } from 'react';
import type { KeyInfo } from '@/lib/team/key-info';
import { mayTrustOnFirstUse, type TeamStatus, type TeamSubscription } from '@/lib/team/sync-state';
import type { EffectiveTeamSettings } from '@/lib/team/types';
import { TeamKeyConfirm } from './TeamKeyConfirm';

/** What the Team ICP section shows: the settings in force, the rep's own, and sync status. */
export interface TeamView {
  settings: EffectiveTeamSettings;
  subscription?: TeamSubscription;
  status?: TeamStatus;
  /** The id of the public key in force. */
  keyId?: string;
  /** Damaged stored values and ignored policy entries, in words. */
  problems: string[];
}

export interface TeamIcpProps {
  view: TeamView;
  busy: boolean;
  message?: { ok: boolean; text: string };
  keyPreview?: KeyInfo;
  onKeyInput(text: string): void;
  onSubscribe(url: string, key: string): void;
  onCheckNow(): void;
  onUnsubscribe(): void;
}

const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';
const BUTTON = `rounded-md px-3 py-1.5 text-sm font-medium border border-gray-300 bg-white hover:bg-gray-100 disabled:opacity-50 dark:border-gray-600 dark:bg-gray-800 dark:hover:bg-gray-700 ${FOCUS}`;
const FIELD = `w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm read-only:bg-gray-100 dark:border-gray-600 dark:bg-gray-800 dark:read-only:bg-gray-900 ${FOCUS}`;
const HINT = 'text-xs text-gray-600 dark:text-gray-400';

function When({ at }: { at: string }) {
  return <time dateTime={at}>{new Date(at).toLocaleString()}</time>;
}

function Managed({ on }: { on: boolean }) {
  return on ? (
    <span className="ml-2 text-xs font-normal text-amber-700 dark:text-amber-300">Set by your administrator</span>
  ) : null;
}

/** The key a signed bundle offered on first fetch, while the rep may still trust it. */
function pendingOf({ settings, status }: TeamView) {
  return mayTrustOnFirstUse(settings) ? status?.pending : undefined;
}

function keyText(view: TeamView): string {
  if (view.keyId) return `key id ${view.keyId}`;
  if (pendingOf(view)) return 'not trusted yet: check the key id below with your manager';
  return 'none: unsigned bundles are accepted';
}

function Status({ view }: { view: TeamView }) {
  const { settings, status } = view;
  const source = settings.url ?? (settings.inlineBundle ? 'a bundle in your browser policy' : undefined);
  if (!source) return <p className="text-sm">Not subscribed to a team ICP.</p>;
  const bundle = status?.bundle;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="team-status">
      <dt className="text-gray-600 dark:text-gray-400">Subscribed to</dt>
      <dd className="break-all" data-testid="team-source">
        {source}
      </dd>
      <dt className="text-gray-600 dark:text-gray-400">Public key</dt>
      <dd data-testid="team-key">{keyText(view)}</dd>
      <dt className="text-gray-600 dark:text-gray-400">In use</dt>
      <dd data-testid="team-version">
        {bundle
          ? `“${bundle.name}” version ${bundle.version}${status?.signed ? ', signature verified' : ''}`
          : 'nothing yet'}
      </dd>
      <dt className="text-gray-600 dark:text-gray-400">Last checked</dt>
      <dd>{status?.checkedAt ? <When at={status.checkedAt} /> : 'never'}</dd>
      {status?.appliedAt && (
        <>
          <dt className="text-gray-600 dark:text-gray-400">Last update</dt>
          <dd>
            <When at={status.appliedAt} />
            {status.changes && status.changes.length > 0 && (
              <ul className="list-disc pl-5 text-xs">
                {status.changes.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </dd>
        </>
      )}
    </dl>
  );
}

/** What the rep can do about a bundle signed by another key than the one in force. */
function keyChangedHint(settings: EffectiveTeamSettings): string {
  if (settings.managed.publicKey || settings.locked) return 'Your administrator sets the team key: ask them.';
  return 'If your manager confirms that the team key changed: Unsubscribe, then Subscribe again with the URL alone to be shown the new key.';
}

function Failure({ status, settings }: { status?: TeamStatus; settings: EffectiveTeamSettings }) {
  const failure = status?.failure;
  if (!failure) return null;
  const kept = status?.bundle ? `ICP Lens keeps using version ${status.bundle.version}.` : 'Nothing was changed.';
  return (
    <div
      role="alert"
      data-testid="team-failure"
      data-code={failure.code}
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
    >
      <p className="font-semibold text-amber-900 dark:text-amber-200">
        Last check failed (<When at={failure.at} />)
      </p>
      <p className="mt-1">{failure.message}</p>
      {failure.code === 'key-changed' && <p className="mt-1">{keyChangedHint(settings)}</p>}
      <p className="mt-1">{kept}</p>
    </div>
  );
}

/**
 * The rep's subscription to the team's published ICP bundle: the URL and the team's public key
 * (its key id shown to compare with the manager's), status, "Check now" and unsubscribe. Values
 * set by enterprise policy are read-only.
 */
export function TeamIcp(props: TeamIcpProps) {
  const { view, busy, message, keyPreview } = props;
  const { settings, subscription } = view;
  const [url, setUrl] = useState(subscription?.url ?? '');
  const [key, setKey] = useState(subscription?.publicKey ?? '');
  const urlLocked = settings.managed.url || settings.managed.inlineBundle || settings.locked;
  const keyLocked = settings.managed.publicKey || settings.locked;
  const subscribed = settings.url !== undefined || settings.inlineBundle !== undefined;
  const pending = pendingOf(view);
  return (
    <div className="space-y-3">
      <p className={HINT}>
        Your manager publishes the team&apos;s ICP at a web address. ICP Lens checks it every {settings.pollMinutes}{' '}
        minutes, verifies it with the team&apos;s public key and switches to each new version. Team ICPs are read-only
        here.
      </p>
      {view.problems.length > 0 && (
        <ul data-testid="team-problems" className="list-disc pl-5 text-sm text-amber-800 dark:text-amber-200">
          {view.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      <Status view={view} />
      <Failure status={view.status} settings={settings} />
      {pending && (
        <TeamKeyConfirm
          pending={pending}
          busy={busy}
          button={BUTTON}
          onTrust={() => {
            // Trusting is subscribing with the key shown: it is pinned, then the bundle is checked with it.
            setKey(pending.publicKey);
            props.onKeyInput(pending.publicKey);
            props.onSubscribe(settings.url ?? url, pending.publicKey);
          }}
          {...(subscription && !urlLocked && { onCancel: props.onUnsubscribe })}
        />
      )}
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubscribe(url, key);
        }}
      >
        <label className="block text-sm font-medium" htmlFor="team-url">
          Team bundle URL
          <Managed on={urlLocked} />
        </label>
        <input
          id="team-url"
          type="url"
          className={FIELD}
          placeholder="https://intranet.example.com/icp/bundle.json"
          readOnly={urlLocked}
          value={urlLocked ? (settings.url ?? '') : url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <label className="block text-sm font-medium" htmlFor="team-key">
          Team public key (PEM)
          <Managed on={keyLocked} />
        </label>
        <textarea
          id="team-key"
          className={`${FIELD} h-24 font-mono text-xs`}
          placeholder="-----BEGIN PUBLIC KEY-----"
          readOnly={keyLocked}
          aria-describedby="team-key-hint"
          value={keyLocked ? (settings.publicKey ?? '') : key}
          onChange={(e) => {
            setKey(e.target.value);
            props.onKeyInput(e.target.value);
          }}
        />
        <p id="team-key-hint" className={HINT} data-testid="team-key-id">
          {keyPreview?.ok
            ? `Key id ${keyPreview.keyId}: check that your manager announced this id.`
            : keyPreview
              ? keyPreview.message
              : 'Optional: with a key, only bundles signed by your team are accepted. Without one, ICP Lens shows the key a signed bundle comes with, for you to check with your manager before it is used.'}
        </p>
        <div className="flex flex-wrap gap-2">
          {!urlLocked && (
            <button type="submit" className={BUTTON} disabled={busy}>
              {subscription ? 'Save and check' : 'Subscribe'}
            </button>
          )}
          {subscribed && (
            <button type="button" className={BUTTON} disabled={busy} onClick={props.onCheckNow}>
              {busy ? 'Checking…' : 'Check now'}
            </button>
          )}
          {subscription && !urlLocked && (
            <button type="button" className={BUTTON} disabled={busy} onClick={props.onUnsubscribe}>
              Unsubscribe
            </button>
          )}
        </div>
      </form>
      {message && (
        <p
          role="status"
          data-testid="team-message"
          className={`text-sm ${message.ok ? 'text-green-800 dark:text-green-200' : 'text-red-800 dark:text-red-200'}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
