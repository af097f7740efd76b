import { useState } from 'react';
import { criterionTypes, type CriterionType, type ProfileKind } from '@/lib/icp/edit/ops';
import type { EditPath } from '@/lib/icp/edit/paths';
import { profileTotals } from '@/lib/icp/edit/totals';
import type { EditIssue } from '@/lib/icp/edit/validate';
import { CriterionEditor } from './CriterionEditor';
import { FieldErrors, NumberField, TextField } from './Field';
import { inputId, issuesAt } from './issues';
import { TYPE_LABELS } from './labels';
import { TiersEditor } from './TiersEditor';
import { Totals } from './Totals';
import { BUTTON, INPUT, BORDER_OK } from './ui';

type Draft = Record<string, unknown>;

export interface ProfileActions {
  onPatch(path: EditPath, value: unknown): void;
  onAddCriterion(type: CriterionType): void;
  onChangeType(index: number, type: CriterionType): void;
  onMoveCriterion(from: number, to: number): void;
  onRemoveCriterion(index: number): void;
  onAddTier(): void;
  onRemoveTier(index: number): void;
}

/** One ICP or persona: name, criteria with their points and a running total, tiers. */
export function ProfileEditor(props: {
  kind: ProfileKind;
  profile: Draft;
  path: EditPath;
  issues: readonly EditIssue[];
  disabled?: boolean;
  actions: ProfileActions;
}) {
  const { kind, profile, path, issues, disabled, actions } = props;
  const [type, setType] = useState<CriterionType>('in');
  const criteria = Array.isArray(profile.criteria) ? (profile.criteria as Draft[]) : [];
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-[2fr_1fr] gap-2">
        <TextField
          id={inputId([...path, 'name'])}
          label="Name"
          value={profile.name}
          disabled={disabled}
          issues={issuesAt(issues, [...path, 'name'])}
          onChange={(v) => actions.onPatch(['name'], v)}
        />
        <NumberField
          id={inputId([...path, 'minCoverage'])}
          label="Minimum coverage (0-1, optional)"
          step={0.05}
          value={profile.minCoverage}
          disabled={disabled}
          issues={issuesAt(issues, [...path, 'minCoverage'])}
          hint="Below it, a score is flagged low confidence (default 0.5)."
          onChange={(v) => actions.onPatch(['minCoverage'], v)}
        />
      </div>
      <TextField
        id={inputId([...path, 'description'])}
        label="Description (optional)"
        optional
        value={profile.description}
        disabled={disabled}
        issues={issuesAt(issues, [...path, 'description'])}
        onChange={(v) => actions.onPatch(['description'], v)}
      />
      <Totals totals={profileTotals(profile)} />
      <section aria-label="Criteria" className="space-y-2">
        <h4 className="text-sm font-semibold">Criteria</h4>
        <FieldErrors issues={issuesAt(issues, [...path, 'criteria'])} />
        <ol className="space-y-3">
          {criteria.map((c, i) => (
            <CriterionEditor
              key={`${i}-${String(c.type)}`}
              kind={kind}
              criterion={c}
              index={i}
              count={criteria.length}
              path={[...path, 'criteria', i]}
              issues={issues}
              disabled={disabled}
              onPatch={(rel, v) => actions.onPatch(['criteria', i, ...rel], v)}
              onType={(t) => actions.onChangeType(i, t)}
              onMove={(to) => actions.onMoveCriterion(i, to)}
              onRemove={() => actions.onRemoveCriterion(i)}
            />
          ))}
        </ol>
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor="new-criterion-type" className="block text-xs font-medium">
              New criterion type
            </label>
            <select
              id="new-criterion-type"
              className={`${INPUT} ${BORDER_OK}`}
              value={type}
              disabled={disabled}
              onChange={(e) => setType(e.target.value as CriterionType)}
            >
              {criterionTypes(kind).map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={BUTTON} disabled={disabled} onClick={() => actions.onAddCriterion(type)}>
            Add criterion
          </button>
        </div>
      </section>
      <section aria-label="Tiers" className="space-y-2">
        <h4 className="text-sm font-semibold">Tiers</h4>
        <TiersEditor
          tiers={profile.tiers}
          path={[...path, 'tiers']}
          issues={issues}
          disabled={disabled}
          onPatch={actions.onPatch}
          onAdd={actions.onAddTier}
          onRemove={actions.onRemoveTier}
        />
      </section>
    </div>
  );
}
