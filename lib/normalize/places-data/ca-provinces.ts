/** ISO 3166-2:CA provinces and territories; the part after "CA-" is the postal abbreviation. */
export const CA_PROVINCES: readonly string[] = [
  'CA-AB Alberta',
  'CA-BC British Columbia|Colombie-Britannique',
  'CA-MB Manitoba',
  'CA-NB New Brunswick|Nouveau-Brunswick',
  'CA-NL Newfoundland and Labrador|Newfoundland',
  'CA-NS Nova Scotia|Nouvelle-Écosse',
  'CA-NT Northwest Territories',
  'CA-NU Nunavut',
  'CA-ON Ontario',
  'CA-PE Prince Edward Island',
  'CA-QC Quebec|Québec|Province of Quebec',
  'CA-SK Saskatchewan',
  'CA-YT Yukon',
];
