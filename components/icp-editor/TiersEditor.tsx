import type { EditPath } from '@/lib/icp/edit/paths';
import type { EditIssue } from '@/lib/icp/edit/validate';
import { FieldErrors, NumberField, TextField } from './Field';
import { inputId, issuesAt } from './issues';
import { SMALL } from './ui';

type Draft = Record<string, unknown>;

/** Tiers: label, the lowest score that reaches it, and what a rep should do; the lowest starts at 0. */
export function TiersEditor(props: {
  tiers: unknown;
  path: EditPath;
  issues: readonly EditIssue[];
  disabled?: boolean;
  onPatch(path: EditPath, value: unknown): void;
  onAdd(): void;
  onRemove(index: number): void;
}) {
  const { path, issues, disabled, onPatch } = props;
  const tiers = Array.isArray(props.tiers) ? (props.tiers as Draft[]) : [];
  return (
    <div className="space-y-2">
      <ol className="space-y-2">
        {tiers.map((t, i) => {
          const at = [...path, i];
          const name = typeof t.label === 'string' && t.label ? t.label : `Tier ${i + 1}`;
          return (
            <li key={i} data-testid="tier-editor" className="grid grid-cols-[1fr_6rem_2fr_auto] items-start gap-2">
              <TextField
                id={inputId([...at, 'label'])}
                label="Tier label"
                value={t.label}
                disabled={disabled}
                issues={issuesAt(issues, [...at, 'label'])}
                onChange={(v) => onPatch(['tiers', i, 'label'], v)}
              />
              <NumberField
                id={inputId([...at, 'min'])}
                label="From score"
                srSuffix={`: ${name}`}
                value={t.min}
                disabled={disabled}
                issues={issuesAt(issues, [...at, 'min'])}
                onChange={(v) => onPatch(['tiers', i, 'min'], v)}
              />
              <TextField
                id={inputId([...at, 'action'])}
                label="Action for reps"
                optional
                value={t.action}
                disabled={disabled}
                issues={issuesAt(issues, [...at, 'action'])}
                onChange={(v) => onPatch(['tiers', i, 'action'], v)}
              />
              <button
                type="button"
                className={`${SMALL} mt-5`}
                disabled={disabled || tiers.length <= 1}
                aria-label={`Remove tier “${name}”`}
                onClick={() => props.onRemove(i)}
              >
                Remove
              </button>
              <FieldErrors issues={issuesAt(issues, [...at, 'id'])} />
            </li>
          );
        })}
      </ol>
      <FieldErrors issues={issuesAt(issues, path)} />
      <button type="button" className={SMALL} disabled={disabled} onClick={props.onAdd}>
        Add tier
      </button>
    </div>
  );
}
