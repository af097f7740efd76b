import type { Icp } from '../schema-icp';
import { defaultTiers } from './tiers';

/**
 * Manufacturers on (or moving to) a cloud ERP (points sum to 100). The industry list names
 * LinkedIn's "Manufacturing" group and its largest members, so it matches with or without a
 * taxonomy-aware industry matcher.
 */
export const manufacturingCloudErp: Icp = {
  id: 'manufacturing-cloud-erp',
  name: 'Manufacturing with cloud ERP',
  description: 'Manufacturers with $10M-$500M revenue running NetSuite, SAP or Microsoft Dynamics 365.',
  minCoverage: 0.6,
  tiers: defaultTiers,
  criteria: [
    {
      id: 'industry',
      label: 'Manufacturing',
      dimension: 'fit',
      type: 'in',
      field: 'industry',
      points: 25,
      required: true,
      values: [
        'Manufacturing',
        'Machinery Manufacturing',
        'Industrial Machinery Manufacturing',
        'Food and Beverage Manufacturing',
        'Chemical Manufacturing',
        'Plastics Manufacturing',
        'Motor Vehicle Manufacturing',
        'Medical Equipment Manufacturing',
        'Appliances, Electrical, and Electronics Manufacturing',
        'Computers and Electronics Manufacturing',
        'Furniture and Home Furnishings Manufacturing',
        'Textile Manufacturing',
      ],
    },
    {
      id: 'revenue',
      label: 'Revenue $10M-$500M',
      dimension: 'fit',
      type: 'range',
      field: 'revenueUsd',
      points: 25,
      min: 10_000_000,
      max: 500_000_000,
      partial: { min: 5_000_000, max: 1_000_000_000, points: 10 },
    },
    {
      id: 'erp',
      label: 'Cloud ERP in use',
      dimension: 'fit',
      type: 'in',
      field: 'technologies',
      points: 25,
      values: ['NetSuite', 'SAP S/4HANA Cloud', 'SAP Business ByDesign', 'Microsoft Dynamics 365'],
    },
    {
      id: 'operations',
      label: 'Talks about supply chain or production',
      dimension: 'fit',
      type: 'text',
      field: 'description',
      points: 10,
      anyOf: ['supply chain', 'production', 'plant', 'factory', 'lean manufacturing', 'inventory'],
    },
    {
      id: 'expansion',
      label: 'Expanding (new plant or site) in the last 6 months',
      dimension: 'readiness',
      type: 'signal',
      signal: 'expansion',
      withinDays: 180,
      points: 10,
    },
    {
      id: 'hiring',
      label: 'Hiring in the last 90 days',
      dimension: 'readiness',
      type: 'signal',
      signal: 'hiring',
      withinDays: 90,
      points: 5,
    },
    {
      id: 'legacy-erp',
      label: 'Committed to an on-premise ERP (penalty)',
      dimension: 'fit',
      type: 'in',
      field: 'technologies',
      points: -10,
      values: ['SAP ECC', 'Infor LN', 'Epicor Vantage'],
    },
  ],
};
