import type { Persona } from '../schema-persona';
import { defaultTiers } from './tiers';

/** The people who buy for a revenue team: senior, in sales, marketing or RevOps (sum 100). */
export const revenueLeader: Persona = {
  id: 'revenue-leader',
  name: 'Revenue leader',
  description: 'Director-level and above in sales, marketing or revenue operations.',
  tiers: defaultTiers,
  criteria: [
    {
      id: 'seniority',
      label: 'Director or above',
      dimension: 'fit',
      type: 'in',
      field: 'seniority',
      points: 35,
      required: true,
      values: ['c-level', 'vp', 'director'],
    },
    {
      id: 'department',
      label: 'Sales, marketing or RevOps',
      dimension: 'fit',
      type: 'in',
      field: 'department',
      points: 30,
      values: ['Sales', 'Marketing', 'Revenue Operations', 'Business Development'],
    },
    {
      id: 'title',
      label: 'Revenue title',
      dimension: 'fit',
      type: 'text',
      field: 'title',
      points: 25,
      anyOf: [
        'CRO',
        'Chief Revenue Officer',
        'VP Sales',
        'Head of Sales',
        'Sales Director',
        'CMO',
        'RevOps',
        'Revenue Operations',
        'Head of Growth',
      ],
    },
    {
      id: 'headline',
      label: 'Headline mentions pipeline or growth',
      dimension: 'fit',
      type: 'text',
      field: 'headline',
      points: 10,
      anyOf: ['pipeline', 'revenue', 'growth', 'go-to-market', 'GTM'],
    },
  ],
};
