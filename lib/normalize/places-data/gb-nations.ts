/** ISO 3166-2:GB countries of the United Kingdom (LinkedIn writes "London, England, United Kingdom"). */
export const GB_NATIONS: readonly string[] = [
  'GB-ENG England',
  'GB-SCT Scotland',
  'GB-WLS Wales|Cymru',
  'GB-NIR Northern Ireland',
];
