import { useMemo } from 'react';
import {
  countryChoices,
  industryChoices,
  regionChoices,
  SENIORITIES,
  technologyChoices,
  type Choice,
} from '@/lib/icp/edit/choices';
import type { EditIssue } from '@/lib/icp/edit/validate';
import { ChoicePicker } from './ChoicePicker';

const PICKERS: Record<string, { choices: () => Choice[]; custom: boolean; hint?: string }> = {
  industry: {
    choices: industryChoices,
    custom: true,
    hint: "LinkedIn's industries; a group (e.g. Manufacturing) also matches every industry below it.",
  },
  'hq.country': { choices: countryChoices, custom: false },
  'hq.region': { choices: regionChoices, custom: false, hint: 'ISO 3166-2 codes, e.g. US-NY, DE-BY.' },
  technologies: {
    choices: technologyChoices,
    custom: true,
    hint: 'Technologies ICP Lens detects on company websites.',
  },
  seniority: { choices: () => SENIORITIES.map((s) => ({ value: s, label: s })), custom: false },
};

/** The values of an `in` criterion with the picker its field calls for; free text for the rest. */
export function ValuesInput(props: {
  id: string;
  field: string;
  values: unknown;
  onChange(values: string[]): void;
  issues: readonly EditIssue[];
  disabled?: boolean;
}) {
  const picker = PICKERS[props.field];
  const choices = useMemo(() => picker?.choices() ?? [], [picker]);
  const values = Array.isArray(props.values) ? props.values.map(String) : [];
  return (
    <ChoicePicker
      id={props.id}
      label="Values"
      choices={choices}
      values={values}
      onChange={props.onChange}
      allowCustom={picker?.custom ?? true}
      issues={props.issues}
      disabled={props.disabled}
      hint={picker?.hint ?? 'Type a value and press Enter to add it.'}
    />
  );
}
