import { describe, expect, it } from 'vitest';
import { canonicalIndustry, industryAncestors, industryMatches } from '../../../lib/normalize/industries';

describe('canonicalIndustry', () => {
  it.each([
    // current (V2) names, any case, spacing or "&"
    ['Software Development', 'Software Development'],
    ['software development', 'Software Development'],
    ['  SOFTWARE   DEVELOPMENT ', 'Software Development'],
    ['IT Services and IT Consulting', 'IT Services and IT Consulting'],
    ['IT Services & IT Consulting', 'IT Services and IT Consulting'],
    ['Technology, Information and Internet', 'Technology, Information and Internet'],
    ['Technology Information and Internet', 'Technology, Information and Internet'],
    ['Oil, Gas and Mining', 'Oil, Gas, and Mining'],
    ['Retail Recyclable Materials and Used Merchandise', 'Retail Recyclable Materials & Used Merchandise'],
    ['Online and Mail-Order Retail', 'Online and Mail Order Retail'],
    ['Nonprofit Organizations', 'Nonprofit Organizations'],
    ['Non-profit Organizations', 'Non-profit Organizations'],
    ['Financial Services', 'Financial Services'],
    ['Staffing and Recruiting', 'Staffing and Recruiting'],
    ['Banking', 'Banking'],
    ['Insurance', 'Insurance'],
    ['Machinery Manufacturing', 'Machinery Manufacturing'],
    ['Holding Companies', 'Holding Companies'],
    ['hospitals and health care', 'Hospitals and Health Care'],
    // legacy (V1) names
    ['Computer Software', 'Software Development'],
    ['Information Technology and Services', 'IT Services and IT Consulting'],
    ['Information Technology & Services', 'IT Services and IT Consulting'],
    ['Internet', 'Technology, Information and Internet'],
    ['Hospital & Health Care', 'Hospitals and Health Care'],
    ['Hospital and Health Care', 'Hospitals and Health Care'],
    ['Marketing and Advertising', 'Advertising Services'],
    ['Marketing & Advertising', 'Advertising Services'],
    ['Computer & Network Security', 'Computer and Network Security'],
    ['Staffing & Recruiting', 'Staffing and Recruiting'],
    ['Machinery', 'Machinery Manufacturing'],
    ['Automotive', 'Motor Vehicle Manufacturing'],
    ['Management Consulting', 'Business Consulting and Services'],
    ['Biotechnology', 'Biotechnology Research'],
    ['Pharmaceuticals', 'Pharmaceutical Manufacturing'],
    ['Medical Devices', 'Medical Equipment Manufacturing'],
    ['Oil & Energy', 'Oil and Gas'],
    ['Mining & Metals', 'Mining'],
    ['Real Estate', 'Real Estate'],
    ['Commercial Real Estate', 'Leasing Non-residential Real Estate'],
    ['Venture Capital & Private Equity', 'Venture Capital and Private Equity Principals'],
    ['Higher Education', 'Higher Education'],
    ['E-Learning', 'E-Learning Providers'],
    ['Primary/Secondary Education', 'Primary and Secondary Education'],
    ['Airlines/Aviation', 'Airlines and Aviation'],
    ['Logistics and Supply Chain', 'Transportation, Logistics, Supply Chain and Storage'],
    ['Transportation/Trucking/Railroad', 'Truck Transportation'],
    ['Package/Freight Delivery', 'Freight and Package Transportation'],
    ['Electrical/Electronic Manufacturing', 'Appliances, Electrical, and Electronics Manufacturing'],
    ['Health, Wellness and Fitness', 'Wellness and Fitness Services'],
    ['Nonprofit Organization Management', 'Non-profit Organizations'],
    ['Non-Profit Organization Management', 'Non-profit Organizations'],
    ['Leisure, Travel & Tourism', 'Travel Arrangements'],
    ['Consumer Goods', 'Manufacturing'],
    ['Food & Beverages', 'Food and Beverage Services'],
    ['Mechanical or Industrial Engineering', 'Industrial Machinery Manufacturing'],
    ['Human Resources', 'Human Resources Services'],
    ['Outsourcing/Offshoring', 'Outsourcing and Offshoring Consulting'],
    ['Public Relations and Communications', 'Public Relations and Communications Services'],
    ['Semiconductors', 'Semiconductor Manufacturing'],
    ['Telecommunications', 'Telecommunications'],
    ['Wine and Spirits', 'Beverage Manufacturing'],
    // unknown names are kept, trimmed
    ['  Quantum Widgets ', 'Quantum Widgets'],
    ['SaaS', 'SaaS'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalIndustry(input)).toBe(expected);
  });

  it.each([[''], ['   '], ['<script>alert(1)</script>'], ['---'], ['x'.repeat(1000)], ['a\u0000b']])(
    'garbage %# -> undefined',
    (input) => {
      expect(canonicalIndustry(input)).toBeUndefined();
    },
  );

  it('never throws on values that are not strings', () => {
    for (const v of [undefined, null, 42, {}]) {
      expect(canonicalIndustry(v as unknown as string)).toBeUndefined();
      expect(industryAncestors(v as unknown as string)).toEqual([]);
      expect(industryMatches(v as unknown as string, 'Banking')).toBe(false);
    }
  });
});

describe('industryAncestors', () => {
  it.each([
    ['Software Development', ['Technology, Information and Media']],
    ['Computer Software', ['Technology, Information and Media']],
    ['Mobile Gaming Apps', ['Computer Games', 'Software Development', 'Technology, Information and Media']],
    ['Banking', ['Credit Intermediation', 'Financial Services']],
    ['Computer and Network Security', ['IT Services and IT Consulting', 'Professional Services']],
    ['Machinery Manufacturing', ['Manufacturing']],
    ['Industrial Machinery Manufacturing', ['Machinery Manufacturing', 'Manufacturing']],
    [
      'Motor Vehicle Parts Manufacturing',
      ['Motor Vehicle Manufacturing', 'Transportation Equipment Manufacturing', 'Manufacturing'],
    ],
    ['Hospitals', ['Hospitals and Health Care']],
    ['Restaurants', ['Food and Beverage Services', 'Accommodation Services']],
    ['Staffing and Recruiting', ['Administrative and Support Services']],
    ['Truck Transportation', ['Transportation, Logistics, Supply Chain and Storage']],
    ['Solar Electric Power Generation', ['Electric Power Generation', 'Utilities']],
    ['Manufacturing', []],
    ['Holding Companies', []],
    ['Quantum Widgets', []],
  ])('%s', (name, ancestors) => {
    expect(industryAncestors(name)).toEqual(ancestors);
  });
});

describe('industryMatches', () => {
  it.each([
    ['Software Development', 'Software Development', true],
    ['software development', 'Computer Software', true],
    ['Computer Software', 'Software Development', true],
    ['Manufacturing', 'Machinery Manufacturing', true],
    ['Manufacturing', 'Machinery', true],
    ['Manufacturing', 'Industrial Machinery Manufacturing', true],
    ['Manufacturing', 'Automotive', true],
    ['Technology, Information and Media', 'Software Development', true],
    ['Technology, Information and Media', 'Internet', true],
    ['Financial Services', 'Banking', true],
    ['Financial Services', 'Insurance', true],
    ['Financial Services', 'Venture Capital & Private Equity', true],
    ['Professional Services', 'Information Technology and Services', true],
    ['Professional Services', 'Computer & Network Security', true],
    ['IT Services and IT Consulting', 'Computer and Network Security', true],
    ['Hospitals and Health Care', 'Hospital & Health Care', true],
    ['Hospitals and Health Care', 'Dentists', true],
    ['Quantum Widgets', 'quantum widgets', true],
    // not the reverse: a narrower ICP value does not match the broader group
    ['Machinery Manufacturing', 'Manufacturing', false],
    ['Software Development', 'Technology, Information and Media', false],
    ['Banking', 'Financial Services', false],
    // siblings and strangers
    ['Software Development', 'IT Services and IT Consulting', false],
    ['Manufacturing', 'Software Development', false],
    ['Retail', 'Wholesale', false],
    ['Financial Services', 'Real Estate', false],
    ['Quantum Widgets', 'Software Development', false],
    ['', 'Software Development', false],
  ])('ICP %s / company %s -> %s', (icp, company, expected) => {
    expect(industryMatches(icp, company)).toBe(expected);
  });
});
