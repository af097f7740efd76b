import { foldKey } from '../normalize/fold-key';

/** What a CSV column can be read as. */
export const IMPORT_FIELDS = [
  'name',
  /** A domain or a website address (both give the domain). */
  'website',
  'linkedinUrl',
  'industry',
  /** A head count ("1200") or a bucket ("51-200", "10,001+"). */
  'employees',
  /** The upper bound when a file splits the bucket in two columns (our 'all' export). */
  'employeesMax',
  /** An amount ("50000000", "$10M-$50M"); a bare number is taken as US dollars. */
  'revenue',
  /** The upper bound when a file splits the amount in two columns. */
  'revenueMax',
  'founded',
  'country',
  'region',
  'city',
  /** A whole headquarters line: "San Francisco, California". */
  'location',
  'description',
  /** A list: "React; Node.js" (split on ";", "," and "|"). */
  'technologies',
  /** Our statuses, or a CRM stage: Closed Won / Closed Lost are won / lost. */
  'status',
  /** A list, like technologies. */
  'tags',
  'notes',
  /** A deal amount ("12,500"); read by calibration only, the leads import ignores it. */
  'amount',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Names for a mapping picker. */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  name: 'Company name',
  website: 'Domain / website',
  linkedinUrl: 'LinkedIn company page',
  industry: 'Industry',
  employees: 'Employees',
  employeesMax: 'Employees (upper bound)',
  revenue: 'Annual revenue',
  revenueMax: 'Annual revenue (upper bound)',
  founded: 'Year founded',
  country: 'Country',
  region: 'State / region',
  city: 'City',
  location: 'Location (one line)',
  description: 'Description',
  technologies: 'Technologies',
  status: 'Status',
  tags: 'Tags',
  notes: 'Notes',
  amount: 'Deal amount',
  ignore: 'Ignore',
};

/** One column of the file and what it is read as. `index` is the column's position (0-based). */
export interface ColumnMapping {
  index: number;
  header: string;
  field: ImportField;
}
/** One entry per column of the header row, in order. */
export type Mapping = ColumnMapping[];

/**
 * Header names, folded (see `headerKey`), for each field: our own names (the 'all' export),
 * HubSpot's and Salesforce's export and import names (labels and API names), and what Apollo,
 * ZoomInfo, LinkedIn Sales Navigator and hand-made sheets use.
 */
const SYNONYMS: Readonly<Record<Exclude<ImportField, 'ignore'>, readonly string[]>> = {
  name: [
    'name',
    'company',
    'companyname',
    'account',
    'accountname',
    'organization',
    'organisation',
    'organizationname',
    'organisationname',
    'business',
    'businessname',
    'associatedcompany',
    'employer',
    'firm',
    'firma',
    'entreprise',
    'empresa',
    'unternehmen',
  ],
  website: [
    'domain',
    'domainname',
    'companydomainname',
    'website',
    'websiteurl',
    'web',
    'webaddress',
    'url',
    'site',
    'homepage',
    'webseite',
    'sitewebsite',
  ],
  linkedinUrl: [
    'linkedin',
    'linkedinurl',
    'linkedincompanypage',
    'linkedincompanypageurl',
    'linkedinpage',
    'linkedinprofile',
    'linkedincompanyurl',
    'linkedincompanyprofile',
  ],
  industry: ['industry', 'sector', 'vertical', 'industrysector', 'branche', 'secteur'],
  employees: [
    'employees',
    'employeesmin',
    'numberofemployees',
    'noofemployees',
    'numemployees',
    'employeecount',
    'employeesnumber',
    'headcount',
    'size',
    'companysize',
    'staff',
    'staffcount',
    'employeerange',
    'employeesrange',
    'mitarbeiter',
    'effectif',
  ],
  employeesMax: ['employeesmax'],
  revenue: [
    'revenue',
    'revenuemin',
    'revenueminusd',
    'revenueusd',
    'annualrevenue',
    'annualrevenueusd',
    'turnover',
    'annualturnover',
    'umsatz',
  ],
  revenueMax: ['revenuemax', 'revenuemaxusd'],
  founded: ['founded', 'foundedyear', 'yearfounded', 'foundingyear', 'established', 'yearestablished', 'since'],
  country: ['country', 'countryregion', 'countrycode', 'billingcountry', 'nation', 'land', 'pays'],
  region: [
    'region',
    'state',
    'stateregion',
    'province',
    'stateprovince',
    'billingstateprovince',
    'billingstate',
    'billingprovince',
    'county',
  ],
  city: ['city', 'town', 'billingcity', 'locality', 'stadt', 'ville', 'ciudad'],
  location: ['location', 'headquarters', 'hq', 'hqlocation', 'address', 'companyaddress', 'headquarter'],
  description: ['description', 'about', 'aboutus', 'summary', 'overview', 'companydescription'],
  technologies: ['technologies', 'technology', 'techstack', 'tech', 'technographics', 'tools'],
  status: [
    'status',
    'icpstatus',
    'leadstatus',
    'dealstage',
    'stage',
    'opportunitystage',
    'stagename',
    'outcome',
    'result',
  ],
  tags: ['tags', 'tag', 'icptags', 'labels', 'label', 'lists'],
  notes: ['notes', 'note', 'icpnotes', 'comments', 'comment', 'remarks'],
  amount: ['amount', 'dealamount', 'opportunityamount', 'amountincompanycurrency', 'dealsize', 'dealvalue'],
};

const BY_KEY = new Map<string, ImportField>();
for (const [field, keys] of Object.entries(SYNONYMS) as [ImportField, readonly string[]][]) {
  for (const key of keys) if (!BY_KEY.has(key)) BY_KEY.set(key, field);
}

// Words that only say whose field it is: "Company Country", "Account Industry", "HQ City".
const OWNER_PREFIX = /^(?:company|account|organization|organisation|billing|hq|headquarters|primary|main)(?=.)/;
// Words that only say the unit or form: "Website URL", "Annual Revenue (USD)", "Industry Name".
const FORM_SUFFIX = /(?<=.)(?:url|usd|name|code|text|value)$/;

/** A header as a lookup key: lower case, no accents, no spaces or punctuation ("Country/Region" is "countryregion"). */
export function headerKey(header: string): string {
  return foldKey(String(header ?? '')).replace(/ /g, '');
}

/** The field one header most likely holds, or 'ignore'. */
export function guessField(header: string): ImportField {
  const key = headerKey(header);
  if (!key || key.length > 60) return 'ignore';
  const direct = BY_KEY.get(key);
  if (direct) return direct;
  const unowned = key.replace(OWNER_PREFIX, '');
  const candidates = [unowned, key.replace(FORM_SUFFIX, ''), unowned.replace(FORM_SUFFIX, '')];
  for (const c of candidates) {
    const found = c !== key ? BY_KEY.get(c) : undefined;
    if (found) return found;
  }
  // "# Employees", "Employees (estimate)", "No. of employees" fold to keys that still hold the word.
  if (/^(?:number|no|num|total|estimated)?employees/.test(key)) return 'employees';
  if (/linkedin/.test(key) && !/person|contact|profileurl|^in$/.test(key)) return 'linkedinUrl';
  return 'ignore';
}

/**
 * A mapping guessed from the header row: each header to the field its name says (ignoring case,
 * spaces, accents and punctuation), else 'ignore'. Several columns may share a field; the import
 * reads the first non-empty one of them on each row (lists are joined).
 */
export function guessMapping(headers: readonly string[]): Mapping {
  const list = Array.isArray(headers) ? headers : [];
  return list.map((header, index) => {
    const h = typeof header === 'string' ? header : String(header ?? '');
    return { index, header: h, field: guessField(h) };
  });
}
