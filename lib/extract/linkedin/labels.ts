import type { RawCompany } from '../types';

export type LabelledField =
  'website' | 'industry' | 'size' | 'headquarters' | 'founded' | 'companyType' | 'specialties';

/**
 * About-tab dt labels in the UI languages we read: English, German, French, Spanish.
 * Keys are lower case with curly apostrophes straightened; see labelKey().
 */
const LABELS: Record<string, LabelledField> = {
  website: 'website',
  webseite: 'website',
  'site web': 'website',
  'site internet': 'website',
  'sitio web': 'website',
  industry: 'industry',
  branche: 'industry',
  secteur: 'industry',
  "secteur d'activité": 'industry',
  sector: 'industry',
  'company size': 'size',
  unternehmensgröße: 'size',
  "taille de l'entreprise": 'size',
  'tamaño de la empresa': 'size',
  headquarters: 'headquarters',
  hauptsitz: 'headquarters',
  'siège social': 'headquarters',
  sede: 'headquarters',
  founded: 'founded',
  'year founded': 'founded',
  gegründet: 'founded',
  'fondée en': 'founded',
  fondation: 'founded',
  'año de fundación': 'founded',
  fundación: 'founded',
  type: 'companyType',
  'company type': 'companyType',
  unternehmensart: 'companyType',
  tipo: 'companyType',
  specialties: 'specialties',
  spezialgebiete: 'specialties',
  domaines: 'specialties',
  "domaines d'expertise": 'specialties',
  especialidades: 'specialties',
};

export const labelKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*:$/, '')
    .trim();

// hasOwn: a page can put "constructor" in a dt.
const own = <V>(map: Record<string, V>, key: string): V | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

export const fieldForLabel = (label: string): LabelledField | undefined => own(LABELS, labelKey(label));

/** data-test-id suffixes of the guest about-us block (language-independent). */
const GUEST_KEYS: Record<string, keyof RawCompany> = {
  website: 'website',
  industry: 'industry',
  size: 'size',
  headquarters: 'headquarters',
  organizationType: 'companyType',
  foundedOn: 'founded',
  specialties: 'specialties',
  description: 'description',
};

export const fieldForGuestKey = (key: string): keyof RawCompany | undefined => own(GUEST_KEYS, key);
