/**
 * Named areas that are no single city: "code Name|alias". "Greater X Area" and "X Metropolitan
 * Area" forms of a city in cities.ts need no entry here (place-readings strips those words).
 */
export const METROS: readonly string[] = [
  'US-CA Bay Area|SF Bay Area|Silicon Valley',
  'US-TX Dallas-Fort Worth Metroplex|Dallas-Fort Worth|DFW',
  'US-NC Research Triangle|Raleigh-Durham',
  'US-DC Washington DC-Baltimore Area|Washington D.C. Metro Area|DMV',
  'CA-ON GTA',
  'NL Randstad',
  'DE-NW Ruhr|Ruhrgebiet|Ruhr Area',
  'DE-HE Rhine-Main|Rhein-Main|FrankfurtRheinMain|Frankfurt Rhine-Main',
  'FR-IDF Grand Paris',
];
