import { enterpriseSecurity } from './defaults/enterprise-security';
import { manufacturingCloudErp } from './defaults/manufacturing-cloud-erp';
import { midMarketSaas } from './defaults/mid-market-saas';
import { revenueLeader } from './defaults/revenue-leader';
import type { IcpBundle } from './schema-bundle';

/**
 * What a fresh install scores against until the team publishes its own bundle. Data, not code:
 * a unit test parses it with the bundle schema.
 */
export const defaultBundle: IcpBundle = {
  schemaVersion: 1,
  id: 'icp-lens-defaults',
  name: 'ICP Lens starter ICPs',
  version: 1,
  publishedAt: '2026-01-01T00:00:00Z',
  publisher: 'ICP Lens',
  icps: [midMarketSaas, manufacturingCloudErp, enterpriseSecurity],
  personas: [revenueLeader],
  defaultIcpId: midMarketSaas.id,
};

export { enterpriseSecurity, manufacturingCloudErp, midMarketSaas, revenueLeader };
