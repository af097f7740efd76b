/** ISO 3166-2:DE, the 16 Länder: German name first (as German pages write it), then English. */
export const DE_STATES: readonly string[] = [
  'DE-BW Baden-Württemberg|Baden-Wuerttemberg',
  'DE-BY Bayern|Bavaria|Freistaat Bayern',
  'DE-BE Berlin',
  'DE-BB Brandenburg',
  'DE-HB Bremen|Freie Hansestadt Bremen',
  'DE-HH Hamburg|Freie und Hansestadt Hamburg',
  'DE-HE Hessen|Hesse',
  'DE-MV Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania|Mecklenburg-West Pomerania',
  'DE-NI Niedersachsen|Lower Saxony',
  'DE-NW Nordrhein-Westfalen|North Rhine-Westphalia|NRW',
  'DE-RP Rheinland-Pfalz|Rhineland-Palatinate',
  'DE-SL Saarland',
  'DE-SN Sachsen|Saxony|Freistaat Sachsen',
  'DE-ST Sachsen-Anhalt|Saxony-Anhalt',
  'DE-SH Schleswig-Holstein',
  'DE-TH Thüringen|Thuringia|Thueringen',
];
