import { useState } from 'react';
import { DownloadLink } from './DownloadLink';
import { BUTTON, HINT, INPUT, BORDER_OK, PRIMARY } from './ui';

export interface PublishView {
  key?: { keyId: string; pem: string; createdAt: string };
  release?: { fileName: string; text: string; version: number };
  /** Why publishing is not possible now, or undefined. */
  blocked?: string;
  busy: boolean;
}

/**
 * Publish for the team: signs the saved bundle's next version with this browser's team key (made
 * on first use) and downloads the file to host; shows the public key to hand to the team.
 */
export function PublishPanel(props: { view: PublishView; onPublish(publisher: string): void }) {
  const { key, release, blocked, busy } = props.view;
  const [publisher, setPublisher] = useState('');
  return (
    <div className="space-y-3 text-sm">
      <p className={HINT}>
        Publishing signs the saved bundle with your team key (ECDSA P-256, kept in this browser and never exportable),
        raises its version and downloads the signed file. Host it at your team&apos;s bundle URL (intranet, object
        storage, GitHub Pages) and give reps that URL and the public key below.
      </p>
      <div className="flex items-end gap-2">
        <div className="grow">
          <label htmlFor="publisher" className="block text-xs font-medium">
            Published by (optional)
          </label>
          <input
            id="publisher"
            className={`${INPUT} ${BORDER_OK}`}
            value={publisher}
            placeholder="e.g. Dana, Sales Ops"
            onChange={(e) => setPublisher(e.target.value)}
          />
        </div>
        <button
          type="button"
          className={PRIMARY}
          disabled={!!blocked || busy}
          aria-describedby="publish-blocked"
          onClick={() => props.onPublish(publisher)}
        >
          {busy ? 'Publishing…' : 'Publish'}
        </button>
      </div>
      <p id="publish-blocked" className={HINT}>
        {blocked ?? ''}
      </p>
      {release && (
        <DownloadLink auto testId="release-link" fileName={release.fileName} text={release.text}>
          Download {release.fileName} again
        </DownloadLink>
      )}
      {key ? (
        <div className="space-y-1">
          <label htmlFor="team-public-key" className="block text-xs font-medium">
            Team public key (key id <span data-testid="publisher-key-id">{key.keyId}</span>)
          </label>
          <textarea
            id="team-public-key"
            readOnly
            className={`${INPUT} ${BORDER_OK} h-28 font-mono text-xs`}
            value={key.pem}
            data-testid="publisher-pem"
          />
          <button type="button" className={BUTTON} onClick={() => void navigator.clipboard?.writeText(key.pem)}>
            Copy public key
          </button>
          <p className={HINT}>
            Created {new Date(key.createdAt).toLocaleDateString()}. Announce the key id so reps can compare it when they
            paste the key. The private key cannot be exported: a new browser profile means a new key to hand out.
          </p>
        </div>
      ) : (
        <p className={HINT}>Your team key is created the first time you publish.</p>
      )}
    </div>
  );
}
