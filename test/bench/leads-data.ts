/**
 * 50,000 realistic, varied saved leads for the leads-page bench (test/bench/leads-bench.ts):
 * deterministic (a seeded generator, no Math.random), dated relative to today (UTC) so readiness
 * signals stay "recent", and scored with the bundled ICPs the way the extension scores them.
 */
import type { Company, Signal } from '../../lib/icp/company';
import { defaultBundle } from '../../lib/icp/defaults';
import { rowOf } from '../../lib/leads/lead-row';
import { snapshotScorer } from '../../lib/leads/rescore';
import type { Lead, LeadPerson, LeadRow, LeadStatus, ScoreSnapshot } from '../../lib/leads/types';
import type { FieldOrigin } from '../../lib/merge/merge-company';
import { seededRandom } from '../../lib/calibrate/random';

type Kind = 'software' | 'services' | 'finance' | 'health' | 'manufacturing' | 'security' | 'other';

const INDUSTRIES: readonly (readonly [{ industry: string; kind: Kind }, number])[] = [
  [{ industry: 'Software Development', kind: 'software' }, 30],
  [{ industry: 'IT Services and IT Consulting', kind: 'services' }, 10],
  [{ industry: 'Technology, Information and Internet', kind: 'software' }, 6],
  [{ industry: 'Computer and Network Security', kind: 'security' }, 3],
  [{ industry: 'Financial Services', kind: 'finance' }, 5],
  [{ industry: 'Banking', kind: 'finance' }, 3],
  [{ industry: 'Insurance', kind: 'finance' }, 3],
  [{ industry: 'Investment Management', kind: 'finance' }, 1],
  [{ industry: 'Hospitals and Health Care', kind: 'health' }, 4],
  [{ industry: 'Pharmaceutical Manufacturing', kind: 'health' }, 2],
  [{ industry: 'Machinery Manufacturing', kind: 'manufacturing' }, 4],
  [{ industry: 'Industrial Machinery Manufacturing', kind: 'manufacturing' }, 3],
  [{ industry: 'Food and Beverage Manufacturing', kind: 'manufacturing' }, 3],
  [{ industry: 'Chemical Manufacturing', kind: 'manufacturing' }, 2],
  [{ industry: 'Motor Vehicle Manufacturing', kind: 'manufacturing' }, 1],
  [{ industry: 'Medical Equipment Manufacturing', kind: 'manufacturing' }, 2],
  [{ industry: 'Plastics Manufacturing', kind: 'manufacturing' }, 1],
  [{ industry: 'Retail', kind: 'other' }, 4],
  [{ industry: 'Advertising Services', kind: 'other' }, 3],
  [{ industry: 'Staffing and Recruiting', kind: 'other' }, 2],
  [{ industry: 'Construction', kind: 'other' }, 3],
  [{ industry: 'Truck Transportation', kind: 'other' }, 2],
  [{ industry: 'Higher Education', kind: 'other' }, 2],
  [{ industry: 'E-Learning Providers', kind: 'software' }, 2],
  [{ industry: 'Government Administration', kind: 'other' }, 1],
  [{ industry: 'Utilities', kind: 'other' }, 1],
];

const COUNTRIES: readonly (readonly [{ code: string; tld: string; cities: string[] }, number])[] = [
  [
    {
      code: 'US',
      tld: 'com',
      cities: ['New York', 'San Francisco', 'Austin', 'Boston', 'Chicago', 'Seattle', 'Denver'],
    },
    34,
  ],
  [{ code: 'GB', tld: 'co.uk', cities: ['London', 'Manchester', 'Bristol', 'Edinburgh', 'Leeds'] }, 10],
  [{ code: 'DE', tld: 'de', cities: ['Berlin', 'München', 'Hamburg', 'Köln', 'Stuttgart'] }, 9],
  [{ code: 'FR', tld: 'fr', cities: ['Paris', 'Lyon', 'Toulouse', 'Nantes'] }, 6],
  [{ code: 'NL', tld: 'nl', cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven'] }, 4],
  [{ code: 'CA', tld: 'ca', cities: ['Toronto', 'Montréal', 'Vancouver', 'Ottawa'] }, 5],
  [{ code: 'SE', tld: 'se', cities: ['Stockholm', 'Göteborg', 'Malmö'] }, 2],
  [{ code: 'ES', tld: 'es', cities: ['Madrid', 'Barcelona', 'Valencia'] }, 3],
  [{ code: 'IT', tld: 'it', cities: ['Milano', 'Roma', 'Torino'] }, 3],
  [{ code: 'IE', tld: 'ie', cities: ['Dublin', 'Cork'] }, 2],
  [{ code: 'PL', tld: 'pl', cities: ['Warszawa', 'Kraków', 'Wrocław'] }, 2],
  [{ code: 'CH', tld: 'ch', cities: ['Zürich', 'Genève', 'Basel'] }, 2],
  [{ code: 'AU', tld: 'com.au', cities: ['Sydney', 'Melbourne', 'Brisbane'] }, 4],
  [{ code: 'IN', tld: 'in', cities: ['Bengaluru', 'Pune', 'Hyderabad', 'Mumbai'] }, 5],
  [{ code: 'BR', tld: 'com.br', cities: ['São Paulo', 'Rio de Janeiro', 'Curitiba'] }, 3],
  [{ code: 'JP', tld: 'co.jp', cities: ['Tokyo', 'Osaka'] }, 2],
  [{ code: 'SG', tld: 'sg', cities: ['Singapore'] }, 2],
];

const PREFIXES = [
  'Blue',
  'North',
  'Bright',
  'Cloud',
  'Iron',
  'Silver',
  'Nova',
  'Apex',
  'Quantum',
  'Green',
  'Red',
  'Summit',
  'River',
  'Stone',
  'Pixel',
  'Vector',
  'Atlas',
  'Harbor',
  'Maple',
  'Cedar',
  'Orbit',
  'Falcon',
  'Delta',
  'Crest',
  'Lumen',
  'Polar',
  'Sterling',
  'Evergreen',
  'Oak',
  'Zephyr',
  'Kite',
  'Ember',
  'Cobalt',
  'Granite',
  'Aurora',
  'Mosaic',
  'Beacon',
  'Prairie',
  'Tidal',
  'Juniper',
];
const CORES = [
  'works',
  'soft',
  'data',
  'logic',
  'forge',
  'grid',
  'path',
  'wave',
  'stack',
  'bridge',
  'point',
  'line',
  'field',
  'scale',
  'mind',
  'core',
  'gate',
  'loop',
  'shift',
  'view',
];
const SUFFIXES: Record<Kind, string[]> = {
  software: ['Labs', 'Software', 'Technologies', 'Analytics', 'Inc', 'HQ', 'Systems', 'AI'],
  services: ['Consulting', 'Solutions', 'Partners', 'Digital', 'Group', 'Services'],
  finance: ['Bank', 'Capital', 'Financial', 'Insurance', 'Asset Management', 'Credit Union'],
  health: ['Health', 'Medical', 'Pharma', 'Care', 'Clinics', 'Biosciences'],
  manufacturing: ['Manufacturing', 'Industries', 'Works', 'Fabrication', 'Machinery', 'Foods', 'Components'],
  security: ['Security', 'Cyber', 'Defense', 'Shield', 'Identity'],
  other: ['Group', 'Co', 'Ltd', 'Holdings', 'Logistics', 'Retail', 'Media', 'Academy'],
};
const LEGAL: Record<string, string[]> = {
  US: ['Inc.', 'LLC', ''],
  GB: ['Ltd', 'plc', ''],
  DE: ['GmbH', 'AG', 'GmbH & Co. KG'],
  FR: ['SAS', 'SA', ''],
  NL: ['B.V.', ''],
  CH: ['AG', 'SA'],
  SE: ['AB'],
  ES: ['S.L.', 'S.A.'],
  IT: ['S.r.l.', 'S.p.A.'],
  PL: ['Sp. z o.o.'],
  BR: ['Ltda.'],
  JP: ['K.K.'],
};
const EMPLOYEES = [
  { min: 2, max: 10 },
  { min: 11, max: 50 },
  { min: 51, max: 200 },
  { min: 201, max: 500 },
  { min: 501, max: 1000 },
  { min: 1001, max: 5000 },
  { min: 5001, max: 10000 },
  { min: 10001 },
];
/** Weights of the EMPLOYEES buckets per kind of company. */
const SIZES: Record<Kind, number[]> = {
  software: [2, 3, 5, 4, 3, 2, 1, 1],
  services: [2, 4, 5, 3, 2, 1, 1, 1],
  finance: [1, 1, 2, 2, 2, 3, 2, 2],
  health: [1, 1, 2, 2, 2, 3, 2, 2],
  manufacturing: [1, 3, 4, 3, 2, 2, 1, 1],
  security: [1, 2, 3, 3, 2, 2, 1, 1],
  other: [2, 3, 3, 2, 2, 2, 1, 1],
};
const CRM = ['Salesforce', 'HubSpot', 'Pipedrive', 'Zoho CRM', 'Microsoft Dynamics 365'];
const ERP = [
  'NetSuite',
  'SAP S/4HANA Cloud',
  'SAP Business ByDesign',
  'Microsoft Dynamics 365',
  'SAP ECC',
  'Epicor Vantage',
  'Infor LN',
];
const SECURITY_STACK = ['Okta', 'Microsoft Entra ID', 'Splunk', 'CrowdStrike', 'Palo Alto Networks'];
const WEB = [
  'WordPress',
  'React',
  'Google Analytics',
  'Google Tag Manager',
  'Cloudflare',
  'AWS',
  'Segment',
  'Intercom',
  'Zendesk',
  'Stripe',
  'Marketo',
  'Hotjar',
  'Vercel',
  'Next.js',
  'Drupal',
  'Shopify',
  'Optimizely',
  'Datadog',
];
const KEYWORDS: Record<Kind, string[]> = {
  software: [
    'SaaS',
    'B2B software',
    'analytics',
    'data platform',
    'API',
    'machine learning',
    'developer tools',
    'revenue operations',
    'cloud',
  ],
  services: [
    'IT consulting',
    'cloud migration',
    'managed services',
    'digital transformation',
    'Salesforce partner',
    'nearshore',
  ],
  finance: ['payments', 'risk management', 'compliance', 'wealth management', 'lending', 'insurance'],
  health: ['patient care', 'clinical research', 'medical devices', 'telehealth', 'compliance'],
  manufacturing: [
    'lean manufacturing',
    'supply chain',
    'precision machining',
    'automation',
    'quality control',
    'industrial IoT',
  ],
  security: ['cybersecurity', 'identity', 'zero trust', 'SOC 2', 'threat detection', 'ISO 27001'],
  other: ['logistics', 'e-commerce', 'marketing', 'recruiting', 'construction management', 'education'],
};
const DESCRIPTIONS: Record<Kind, string[]> = {
  software: [
    'A SaaS platform for B2B revenue teams: pipeline analytics, forecasting and account scoring.',
    'We build developer tools for teams shipping data products in the cloud.',
    'Enterprise workflow automation software for finance and operations teams.',
    'Consumer mobile apps for fitness and wellbeing.',
    'An open-source data platform with a managed cloud offering for businesses.',
  ],
  services: [
    'IT consulting and cloud migration for mid-sized companies.',
    'A digital agency building websites and apps for brands.',
    'Nearshore software outsourcing and staff augmentation.',
    'Managed IT services and security operations for enterprise clients.',
  ],
  finance: [
    'A regional bank serving businesses and families since 1921, with a focus on risk management and compliance.',
    'Payments infrastructure for online businesses.',
    'Specialty insurance for small businesses; data protection and privacy built in.',
  ],
  health: [
    'A network of hospitals and clinics providing patient care across the region.',
    'Medical research and clinical trials with strict data protection and compliance.',
    'Pharmaceutical development and production of generic medicines.',
  ],
  manufacturing: [
    'Precision machining and production of industrial components; three plants and a lean manufacturing culture.',
    'Food production and packaging with a supply chain reaching 30 countries.',
    'Manufacturer of industrial pumps and valves, with a new factory opened this year.',
    'Family-owned plastics moulding for the automotive supply chain.',
  ],
  security: [
    'Cybersecurity software: identity, zero trust and threat detection for enterprises.',
    'Managed security services and compliance audits (SOC 2, ISO 27001).',
  ],
  other: [
    'Retail stores and e-commerce across the country.',
    'A staffing agency placing engineers and nurses.',
    'Freight and logistics services with a fleet of 400 trucks.',
    'General contractor for commercial construction projects.',
    'Online courses and training for professionals.',
  ],
};
const SIGNALS: readonly (readonly [{ type: string; details: string[] }, number])[] = [
  [
    {
      type: 'hiring',
      details: [
        'Hiring 12 engineers',
        'Hiring an Account Executive',
        'Hiring a Head of RevOps',
        'Hiring plant operators',
      ],
    },
    5,
  ],
  [{ type: 'funding', details: ['Raised a $20M Series B', 'Seed round of $3M', 'Series A led by a European VC'] }, 2],
  [
    { type: 'expansion', details: ['Opened a new plant in Ohio', 'New office in Berlin', 'Expanding to the Nordics'] },
    2,
  ],
  [{ type: 'leadershipChange', details: ['New CISO appointed', 'New CIO', 'New VP of Sales'] }, 2],
];
const FIRST = [
  'Anna',
  'Ben',
  'Chloé',
  'David',
  'Elif',
  'Femi',
  'Greta',
  'Hiro',
  'Isabel',
  'Jonas',
  'Kavya',
  'Liam',
  'María',
  'Noah',
  'Olga',
  'Priya',
  'Rafael',
  'Sofia',
  'Tomasz',
  'Yusuf',
];
const LAST = [
  'Schmidt',
  'Smith',
  'Dubois',
  'García',
  'Rossi',
  'Nowak',
  'Andersson',
  'Kumar',
  'Tanaka',
  'O’Brien',
  'Müller',
  'Silva',
  'Jensen',
  'Khan',
  'Martin',
];
const TITLES = [
  ['VP of Sales', 'vp', 'sales'],
  ['Head of Revenue Operations', 'director', 'operations'],
  ['Chief Marketing Officer', 'cxo', 'marketing'],
  ['Sales Director EMEA', 'director', 'sales'],
  ['IT Manager', 'manager', 'it'],
  ['CISO', 'cxo', 'it'],
  ['Plant Manager', 'manager', 'operations'],
  ['Account Executive', 'senior', 'sales'],
] as const;
const NOTES = [
  'Met at SaaStr, interested in the analytics add-on. Follow up after Q1 planning.',
  'Asked for a data sheet and pricing for 200 seats.',
  'Champion left the company; find the new contact.',
  'Using a competitor until the contract ends in June.',
  'Intro via partner. Wants a demo with their RevOps lead next week.',
  'Not a fit right now: budget frozen.',
  'Called twice, no answer. Try email.',
  'Good call with the CTO. They are evaluating three vendors; decision by end of quarter. Security review needed (SOC 2 report, DPA). Sent the trust portal link and a case study from a similar manufacturer. Next: technical deep dive with their platform team and procurement.',
  'Renewal risk: unhappy with support response times.',
  'Inbound from webinar “Scoring leads with your ICP”.',
];
const TAGS = [
  'conference',
  'inbound',
  'partner-referral',
  'q4-push',
  'webinar',
  'enterprise',
  'expansion',
  'abm',
  'event:saastr',
  'churn-risk',
  'tier-1-account',
  'dach',
];
const STATUSES: readonly (readonly [LeadStatus, number])[] = [
  ['new', 55],
  ['working', 18],
  ['qualified', 10],
  ['disqualified', 7],
  ['won', 4],
  ['lost', 6],
];

const DAY = 86_400_000;
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface SeedLead {
  lead: Lead;
  row: LeadRow;
}

/**
 * `count` leads with their rows. `today` (default: today, UTC midnight) anchors every date, so a
 * given day gives the same data. Most were scored with the bundled default ICP ("Mid-market B2B
 * SaaS"), some with the other two bundled ICPs.
 */
export function generateLeads(count = 50_000, seed = 20_261_101, today = new Date()): SeedLead[] {
  const r = seededRandom(seed);
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 9);
  const iso = (daysAgo: number) => new Date(base - daysAgo * DAY - r.int(0, 8 * 3600) * 1000).toISOString();
  const [midMarket, manufacturing, enterprise] = defaultBundle.icps;
  const scorers = {
    midMarket: (at: string) => snapshotScorer(defaultBundle, midMarket, at),
    manufacturing: (at: string) => snapshotScorer(defaultBundle, manufacturing, at),
    enterprise: (at: string) => snapshotScorer(defaultBundle, enterprise, at),
  };
  // One compiled scorer per ICP and scoring day is what the extension does; a few days are enough.
  const compiled = new Map<string, (c: Company) => ScoreSnapshot>();
  const scorer = (which: keyof typeof scorers, at: string) => {
    const key = `${which}|${at.slice(0, 10)}`;
    let s = compiled.get(key);
    if (!s) compiled.set(key, (s = scorers[which](`${at.slice(0, 10)}T09:00:00.000Z`)));
    return s;
  };
  const domains = new Set<string>();
  const out: SeedLead[] = [];
  for (let i = 0; i < count; i++) {
    const { industry, kind } = r.weighted(INDUSTRIES);
    const country = r.weighted(COUNTRIES);
    const word = `${r.pick(PREFIXES)}${r.pick(CORES)}`;
    const brand = r.chance(0.5) ? `${word} ${r.pick(SUFFIXES[kind])}` : word;
    const legal = r.chance(0.4) ? r.pick(LEGAL[country.code] ?? ['']) : '';
    const name = legal ? `${brand} ${legal}` : brand;
    const tld = kind === 'software' && r.chance(0.3) ? r.pick(['io', 'ai', 'com']) : country.tld;
    let domain = `${slug(brand)}.${tld}`;
    for (let n = 2; domains.has(domain); n++) domain = `${slug(brand)}${n}.${tld}`;
    domains.add(domain);

    const employees = EMPLOYEES[r.weighted(SIZES[kind].map((w, idx) => [idx, w] as const))];
    const crm = r.chance(kind === 'software' || kind === 'services' ? 0.75 : 0.25) ? r.some(CRM, r.int(1, 2)) : [];
    const erp = r.chance(kind === 'manufacturing' ? 0.55 : 0.1) ? [r.pick(ERP)] : [];
    const sec = r.chance(kind === 'finance' || kind === 'health' || kind === 'security' ? 0.5 : 0.1)
      ? r.some(SECURITY_STACK, r.int(1, 2))
      : [];
    const detected = r.chance(0.85);
    const technologies = detected ? [...crm, ...erp, ...sec, ...r.some(WEB, r.int(0, 6))] : undefined;
    const signals: Signal[] = [];
    for (
      let s = r.weighted([
        [0, 5],
        [1, 3],
        [2, 2],
        [3, 1],
      ] as const);
      s > 0;
      s--
    ) {
      const sig = r.weighted(SIGNALS);
      signals.push({
        type: sig.type,
        observedAt: iso(1 + Math.floor(400 * r.next() ** 2)).slice(0, 10),
        detail: r.pick(sig.details),
        source: `https://${domain}/${sig.type === 'hiring' ? 'careers' : 'news'}`,
      });
    }
    const createdDaysAgo = r.int(0, 720);
    const createdAt = iso(createdDaysAgo);
    const updatedAt = iso(Math.max(0, createdDaysAgo - r.int(0, createdDaysAgo)));
    const lastSeen = iso(Math.max(0, createdDaysAgo - r.int(0, createdDaysAgo)));
    const hasLinkedIn = r.chance(0.7);
    const linkedinSlug = hasLinkedIn ? slug(brand) + (r.chance(0.2) ? `-${r.int(2, 99)}` : '') : undefined;
    const company: Company = {
      name,
      domain,
      website: `https://www.${domain}/`,
      industry,
      employees,
      hq: { country: country.code, city: r.pick(country.cities) },
      description: r.pick(DESCRIPTIONS[kind]),
      keywords: r.some(KEYWORDS[kind], r.int(0, 4)),
      foundedYear: r.int(1950, 2024),
      followers: r.int(0, 250_000),
      jobOpenings: r.int(0, 60),
      signals,
    };
    if (technologies) company.technologies = technologies;
    if (kind === 'manufacturing' || r.chance(0.2)) {
      const m = r.pick([1e6, 5e6, 1e7, 5e7, 1e8, 5e8, 1e9]);
      company.revenueUsd = { min: m, max: m * 5 };
    }
    if (hasLinkedIn) company.linkedinUrl = `https://www.linkedin.com/company/${linkedinSlug}/`;
    const liSeen = iso(r.int(0, createdDaysAgo));
    const siteSeen = iso(r.int(0, createdDaysAgo));
    const li = (field: string): FieldOrigin => ({
      source: 'json-ld',
      detail: field,
      url: company.linkedinUrl ?? `https://www.${domain}/`,
      seenAt: liSeen,
    });
    const site = (field: string): FieldOrigin => ({
      source: 'meta',
      detail: field,
      url: `https://www.${domain}/`,
      seenAt: siteSeen,
    });
    const origins: Record<string, FieldOrigin> = {
      name: li('name'),
      domain: site('domain'),
      website: site('website'),
      industry: li('industry'),
      employees: li('employees'),
      hq: li('hq'),
      description: site('description'),
      foundedYear: li('foundedYear'),
    };
    if (technologies) origins.technologies = { source: 'markup', url: `https://www.${domain}/`, seenAt: siteSeen };

    const people: LeadPerson[] = [];
    if (r.chance(0.3)) {
      for (let p = r.int(1, 3); p > 0; p--) {
        const [title, seniority, department] = r.pick(TITLES);
        const first = r.pick(FIRST);
        const last = r.pick(LAST);
        const url = `https://www.linkedin.com/in/${slug(`${first} ${last}`)}-${r.int(100, 99999)}/`;
        people.push({
          id: url,
          name: `${first} ${last}`,
          title,
          headline: `${title} at ${brand}`,
          location: `${company.hq!.city}, ${country.code}`,
          seniority,
          department,
          linkedinUrl: url,
          personaScore: r.int(10, 100),
          savedAt: iso(r.int(0, createdDaysAgo)),
        });
      }
    }

    // Saved while the ICP that fits them best was in use, mostly.
    const icp = r.weighted([
      ['midMarket', kind === 'manufacturing' || kind === 'finance' || kind === 'health' ? 20 : 80],
      ['manufacturing', kind === 'manufacturing' ? 70 : 10],
      ['enterprise', kind === 'finance' || kind === 'health' ? 70 : 10],
    ] as const);
    const scoredAt = iso(r.int(0, Math.min(createdDaysAgo, 30)));
    const score = scorer(icp, scoredAt)(company);
    const status = r.weighted(STATUSES);
    const notes = r.chance(0.2) ? r.pick(NOTES) : '';
    const tags = r.chance(0.25) ? r.some(TAGS, r.int(1, 3)) : [];
    const lead: Lead = {
      key: `domain:${domain}`,
      name,
      domain,
      country: country.code,
      company,
      origins,
      people,
      score,
      status,
      notes,
      tags,
      sourceUrl:
        hasLinkedIn && r.chance(0.6)
          ? company.linkedinUrl!
          : r.chance(0.2)
            ? 'import:hubspot-companies.csv'
            : `https://www.${domain}/`,
      createdAt,
      updatedAt: updatedAt < createdAt ? createdAt : updatedAt,
      lastSeen: lastSeen < createdAt ? createdAt : lastSeen,
    };
    if (hasLinkedIn) {
      lead.linkedinSlug = linkedinSlug;
      lead.linkedinUrl = company.linkedinUrl;
      if (r.chance(0.5)) lead.linkedinId = String(r.int(10_000, 99_999_999));
    }
    // Some leads moved tier at an earlier re-score ("B → A since v1").
    if (r.chance(0.08)) {
      const from = Math.max(0, Math.min(100, score.score + r.pick([-30, -20, -12, 10, 25])));
      const tier =
        from >= 80
          ? ['a', 'A — Ideal fit', 'high']
          : from >= 50
            ? ['b', 'B — Good fit', 'mid']
            : ['c', 'C — Poor fit', 'low'];
      lead.previousScore = {
        ...score,
        score: from,
        tierId: tier[0],
        tierLabel: tier[1],
        tone: tier[2] as ScoreSnapshot['tone'],
      };
      lead.movedSince = score.bundleVersion;
    }
    out.push({ lead, row: rowOf(lead) });
  }
  return out;
}

/** How many leads per tier tone, status and ICP (to check the spread). */
export function spread(leads: readonly SeedLead[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  for (const { row } of leads) {
    add(`tone:${row.tone}`);
    add(`status:${row.status}`);
    add(`icp:${row.icpId}`);
  }
  return counts;
}
