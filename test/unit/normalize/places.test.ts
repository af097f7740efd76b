import { describe, expect, it } from 'vitest';
import type { RawAddress } from '../../../lib/extract/types';
import { countryName, parsePlace, regionName } from '../../../lib/normalize/places';

type P = { country?: string; region?: string; city?: string };
const at = (country: string, region?: string, city?: string): P => ({
  country,
  ...(region ? { region } : {}),
  ...(city ? { city } : {}),
});

describe('parsePlace: LinkedIn headquarters strings', () => {
  it.each<[string, P]>([
    ['San Francisco, California', at('US', 'US-CA', 'San Francisco')],
    ['San Francisco, CA', at('US', 'US-CA', 'San Francisco')],
    ['Mountain View, California, United States', at('US', 'US-CA', 'Mountain View')],
    ['Sunnyvale, CA 94089, US', at('US', 'US-CA', 'Sunnyvale')],
    ['1600 Amphitheatre Pkwy, Mountain View, CA 94043, USA', at('US', 'US-CA', 'Mountain View')],
    ['Austin, TX', at('US', 'US-TX', 'Austin')],
    ['Austin, Texas, United States', at('US', 'US-TX', 'Austin')],
    ['Austin TX 78701', at('US', 'US-TX', 'Austin')],
    ['Headquarters: Austin, Texas', at('US', 'US-TX', 'Austin')],
    ['Indianapolis, IN', at('US', 'US-IN', 'Indianapolis')],
    ['Boise, ID, US', at('US', 'US-ID', 'Boise')],
    ['Portland, OR', at('US', 'US-OR', 'Portland')],
    ['Portland, Maine', at('US', 'US-ME', 'Portland')],
    ['Cambridge, MA', at('US', 'US-MA', 'Cambridge')],
    ['St. Louis, Missouri', at('US', 'US-MO', 'St. Louis')],
    ['Atlanta, Georgia', at('US', 'US-GA', 'Atlanta')],
    ['Savannah, Georgia', at('US', 'US-GA', 'Savannah')],
    ['Georgia, United States', at('US', 'US-GA')],
    ['Washington, DC', at('US', 'US-DC', 'Washington')],
    ['Washington, D.C., United States', at('US', 'US-DC', 'Washington')],
    ['Seattle, Washington', at('US', 'US-WA', 'Seattle')],
    ['Tacoma, WA', at('US', 'US-WA', 'Tacoma')],
    ['New York, NY', at('US', 'US-NY', 'New York')],
    ['New York, New York, United States', at('US', 'US-NY', 'New York')],
    ['Brooklyn, NY', at('US', 'US-NY', 'New York')],
    ['Hamburg, PA', at('US', 'US-PA', 'Hamburg')],
    ['Paris, TX', at('US', 'US-TX', 'Paris')],
    ['Dublin, CA', at('US', 'US-CA', 'Dublin')],
    ['Dublin, Ohio', at('US', 'US-OH', 'Dublin')],
    ['Honolulu, Hawaii', at('US', 'US-HI', 'Honolulu')],
    ['Cheyenne, WY', at('US', 'US-WY', 'Cheyenne')],
    ['Toronto, Ontario, Canada', at('CA', 'CA-ON', 'Toronto')],
    ['Toronto, ON', at('CA', 'CA-ON', 'Toronto')],
    ['Toronto, ON M5V 3L9, CA', at('CA', 'CA-ON', 'Toronto')],
    ['Toronto, CA', at('CA', 'CA-ON', 'Toronto')],
    ['London, ON', at('CA', 'CA-ON', 'London')],
    ['London, Ontario, Canada', at('CA', 'CA-ON', 'London')],
    ['Montréal, Québec', at('CA', 'CA-QC', 'Montreal')],
    ['Halifax, NS', at('CA', 'CA-NS', 'Halifax')],
    ["St. John's, NL", at('CA', 'CA-NL', "St. John's")],
    ['Whitehorse, Yukon', at('CA', 'CA-YT', 'Whitehorse')],
    ['Vancouver, British Columbia, Canada', at('CA', 'CA-BC', 'Vancouver')],
    ['London, England, United Kingdom', at('GB', 'GB-ENG', 'London')],
    ['London SW1A 1AA, UK', at('GB', 'GB-ENG', 'London')],
    ['Edinburgh, Scotland, United Kingdom', at('GB', 'GB-SCT', 'Edinburgh')],
    ['Cardiff, Wales', at('GB', 'GB-WLS', 'Cardiff')],
    ['Belfast, Northern Ireland, United Kingdom', at('GB', 'GB-NIR', 'Belfast')],
    ['Munich, Bavaria, Germany', at('DE', 'DE-BY', 'Munich')],
    ['München, Bayern', at('DE', 'DE-BY', 'Munich')],
    ['80331 München, Deutschland', at('DE', 'DE-BY', 'Munich')],
    ['Friedrichstraße 123, 10117 Berlin, Germany', at('DE', 'DE-BE', 'Berlin')],
    ['Berlin, DE', at('DE', 'DE-BE', 'Berlin')],
    ['Cologne, North Rhine-Westphalia, Germany', at('DE', 'DE-NW', 'Cologne')],
    ['Essen, Nordrhein-Westfalen', at('DE', 'DE-NW', 'Essen')],
    ['Stuttgart, Baden-Württemberg, Germany', at('DE', 'DE-BW', 'Stuttgart')],
    ['Walldorf, Baden-Wuerttemberg', at('DE', 'DE-BW', 'Walldorf')],
    ['Leipzig, Sachsen', at('DE', 'DE-SN', 'Leipzig')],
    ['Magdeburg, Saxony-Anhalt', at('DE', 'DE-ST', 'Magdeburg')],
    ['Hannover, Lower Saxony, Germany', at('DE', 'DE-NI', 'Hannover')],
    ['Wiesbaden, Hesse', at('DE', 'DE-HE', 'Wiesbaden')],
    ['Erfurt, Thüringen', at('DE', 'DE-TH', 'Erfurt')],
    ['Kiel, Schleswig-Holstein', at('DE', 'DE-SH', 'Kiel')],
    ['Mainz, Rhineland-Palatinate', at('DE', 'DE-RP', 'Mainz')],
    ['Saarbrücken, Saarland', at('DE', 'DE-SL', 'Saarbrücken')],
    ['Rostock, Mecklenburg-Vorpommern', at('DE', 'DE-MV', 'Rostock')],
    ['Potsdam, Brandenburg', at('DE', 'DE-BB', 'Potsdam')],
    ['Paris, Île-de-France, France', at('FR', 'FR-IDF', 'Paris')],
    ['75008 Paris, France', at('FR', 'FR-IDF', 'Paris')],
    ['Lyon, Auvergne-Rhône-Alpes, France', at('FR', 'FR-ARA', 'Lyon')],
    ['Amsterdam, North Holland, Netherlands', at('NL', 'NL-NH', 'Amsterdam')],
    ['1012 AB Amsterdam, The Netherlands', at('NL', 'NL-NH', 'Amsterdam')],
    ['Eindhoven, Noord-Brabant', at('NL', 'NL-NB', 'Eindhoven')],
    ['Sydney, New South Wales, Australia', at('AU', 'AU-NSW', 'Sydney')],
    ['Sydney NSW 2000, Australia', at('AU', 'AU-NSW', 'Sydney')],
    ['Perth, WA', at('AU', 'AU-WA', 'Perth')],
    ['Bengaluru, Karnataka, India', at('IN', 'IN-KA', 'Bengaluru')],
    ['Bangalore, IN', at('IN', 'IN-KA', 'Bengaluru')],
    ['Mumbai, Maharashtra', at('IN', 'IN-MH', 'Mumbai')],
    ['Zurich, Switzerland', at('CH', 'CH-ZH', 'Zurich')],
    ['Madrid, Community of Madrid, Spain', at('ES', 'ES-MD', 'Madrid')],
    ['Barcelona, Catalonia, Spain', at('ES', 'ES-CT', 'Barcelona')],
    ['Milan, Lombardy, Italy', at('IT', 'IT-25', 'Milan')],
    ['São Paulo, São Paulo, Brazil', at('BR', 'BR-SP', 'São Paulo')],
    ['Shibuya, Tokyo, Japan', at('JP', 'JP-13', 'Shibuya')],
    ['Vienna, Austria', at('AT', 'AT-9', 'Vienna')],
    ['Stockholm, Sweden', at('SE', 'SE-AB', 'Stockholm')],
    ['Copenhagen, Capital Region of Denmark, Denmark', at('DK', 'DK-84', 'Copenhagen')],
    ['Tbilisi, Georgia', at('GE', undefined, 'Tbilisi')],
    ['Tel Aviv, Israel', at('IL', 'IL-TA', 'Tel Aviv')],
    ['Dubai, United Arab Emirates', at('AE', 'AE-DU', 'Dubai')],
    ['Lagos, Nigeria', at('NG', 'NG-LA', 'Lagos')],
    ['Nairobi, Kenya', at('KE', 'KE-30', 'Nairobi')],
    ['Kraków, Poland', at('PL', undefined, 'Kraków')],
    ['Munich (Germany)', at('DE', 'DE-BY', 'Munich')],
    ['Remote, United States', at('US')],
  ])('%s', (text, expected) => {
    expect(parsePlace(text)).toEqual(expected);
  });
});

describe('parsePlace: metro areas', () => {
  it.each<[string, P]>([
    ['San Francisco Bay Area', at('US', 'US-CA', 'San Francisco')],
    ['Bay Area', at('US', 'US-CA')],
    ['Silicon Valley', at('US', 'US-CA')],
    ['Greater New York City Area', at('US', 'US-NY', 'New York')],
    ['New York City Metropolitan Area', at('US', 'US-NY', 'New York')],
    ['Greater London', at('GB', 'GB-ENG', 'London')],
    ['Greater London, England, United Kingdom', at('GB', 'GB-ENG', 'London')],
    ['Greater Boston', at('US', 'US-MA', 'Boston')],
    ['Greater Seattle Area', at('US', 'US-WA', 'Seattle')],
    ['Greater Chicago Area', at('US', 'US-IL', 'Chicago')],
    ['Los Angeles Metropolitan Area', at('US', 'US-CA', 'Los Angeles')],
    ['Dallas-Fort Worth Metroplex', at('US', 'US-TX')],
    ['Greater Toronto Area', at('CA', 'CA-ON', 'Toronto')],
    ['Greater Toronto Area, Canada', at('CA', 'CA-ON', 'Toronto')],
    ['Greater Munich Metropolitan Area', at('DE', 'DE-BY', 'Munich')],
    ['Metropolregion München', at('DE', 'DE-BY', 'Munich')],
    ['Berlin Metropolitan Area', at('DE', 'DE-BE', 'Berlin')],
    ['Greater Paris Metropolitan Region', at('FR', 'FR-IDF', 'Paris')],
    ['Île-de-France', at('FR', 'FR-IDF')],
    ['Ile de France', at('FR', 'FR-IDF')],
    ['Randstad', at('NL')],
    ['Amsterdam Area', at('NL', 'NL-NH', 'Amsterdam')],
    ['Greater Sydney Area', at('AU', 'AU-NSW', 'Sydney')],
    ['Greater Bengaluru Area', at('IN', 'IN-KA', 'Bengaluru')],
  ])('%s', (text, expected) => {
    expect(parsePlace(text)).toEqual(expected);
  });
});

describe('parsePlace: cities alone', () => {
  it.each<[string, P]>([
    ['Berlin', at('DE', 'DE-BE', 'Berlin')],
    ['Paris', at('FR', 'FR-IDF', 'Paris')],
    ['London', at('GB', 'GB-ENG', 'London')],
    ['New York', at('US', 'US-NY', 'New York')],
    ['NYC', at('US', 'US-NY', 'New York')],
    ['Tokyo', at('JP', 'JP-13', 'Tokyo')],
    ['Bengaluru', at('IN', 'IN-KA', 'Bengaluru')],
    ['Bangalore', at('IN', 'IN-KA', 'Bengaluru')],
    ['São Paulo', at('BR', 'BR-SP', 'São Paulo')],
    ['Sao Paulo', at('BR', 'BR-SP', 'São Paulo')],
    ['Sydney', at('AU', 'AU-NSW', 'Sydney')],
    ['Singapore', at('SG', undefined, 'Singapore')],
    ['Dublin', at('IE', 'IE-D', 'Dublin')],
    ['Tel Aviv', at('IL', 'IL-TA', 'Tel Aviv')],
    ['Munich', at('DE', 'DE-BY', 'Munich')],
    ['MÜNCHEN', at('DE', 'DE-BY', 'Munich')],
    ['Zürich', at('CH', 'CH-ZH', 'Zurich')],
    ['Hong Kong', at('HK', undefined, 'Hong Kong')],
    ['Shanghai', at('CN', 'CN-SH', 'Shanghai')],
    ['Seoul', at('KR', 'KR-11', 'Seoul')],
    ['Mexico City', at('MX', 'MX-CMX', 'Mexico City')],
    ['Toronto', at('CA', 'CA-ON', 'Toronto')],
    ['Amsterdam', at('NL', 'NL-NH', 'Amsterdam')],
    ['Stockholm', at('SE', 'SE-AB', 'Stockholm')],
    ['Istanbul', at('TR', 'TR-34', 'Istanbul')],
    ['Mumbai', at('IN', 'IN-MH', 'Mumbai')],
    ['Washington D.C.', at('US', 'US-DC', 'Washington')],
  ])('%s', (text, expected) => {
    expect(parsePlace(text)).toEqual(expected);
  });
});

describe('parsePlace: countries and regions alone', () => {
  it.each<[string, P]>([
    ['United States', at('US')],
    ['United States of America', at('US')],
    ['USA', at('US')],
    ['U.S.', at('US')],
    ['U.S.A.', at('US')],
    ['United Kingdom', at('GB')],
    ['UK', at('GB')],
    ['Great Britain', at('GB')],
    ['England', at('GB', 'GB-ENG')],
    ['Scotland', at('GB', 'GB-SCT')],
    ['Wales', at('GB', 'GB-WLS')],
    ['Northern Ireland', at('GB', 'GB-NIR')],
    ['Deutschland', at('DE')],
    ['Germany', at('DE')],
    ['The Netherlands', at('NL')],
    ['Netherlands', at('NL')],
    ['Holland', at('NL')],
    ['South Korea', at('KR')],
    ['Korea, Republic of', at('KR')],
    ['Czechia', at('CZ')],
    ['Czech Republic', at('CZ')],
    ['Türkiye', at('TR')],
    ['Turkey', at('TR')],
    ['UAE', at('AE')],
    ['Russia', at('RU')],
    ['Vietnam', at('VN')],
    ['Viet Nam', at('VN')],
    ['Ivory Coast', at('CI')],
    ["Côte d'Ivoire", at('CI')],
    ['COTE D’IVOIRE', at('CI')],
    ['Congo, The Democratic Republic of the', at('CD')],
    ['Bosnia & Herzegovina', at('BA')],
    ['Georgia', at('GE')],
    ['Bayern', at('DE', 'DE-BY')],
    ['Bavaria', at('DE', 'DE-BY')],
    ['Nordrhein-Westfalen', at('DE', 'DE-NW')],
    ['North Rhine-Westphalia', at('DE', 'DE-NW')],
    ['California', at('US', 'US-CA')],
    ['Texas', at('US', 'US-TX')],
    ['TX', at('US', 'US-TX')],
    ['Washington', at('US', 'US-WA')],
    ['Ontario', at('CA', 'CA-ON')],
    ['Quebec', at('CA', 'CA-QC')],
    ['US-CA', at('US', 'US-CA')],
    ['DE-BY', at('DE', 'DE-BY')],
    ['US', at('US')],
    ['CA', at('CA')],
    ['DE', at('DE')],
    ['IN', at('IN')],
    ['DEU', at('DE')],
    ['GBR', at('GB')],
    ['che', at('CH')],
  ])('%s', (text, expected) => {
    expect(parsePlace(text)).toEqual(expected);
  });
});

describe('parsePlace: structured addresses', () => {
  it.each<[RawAddress, P]>([
    [
      { locality: 'Mountain View', region: 'CA', postalCode: '94043', country: 'US' },
      at('US', 'US-CA', 'Mountain View'),
    ],
    [{ locality: 'Toronto', region: 'ON', country: 'CA' }, at('CA', 'CA-ON', 'Toronto')],
    [{ locality: 'Ottawa', country: 'CA' }, at('CA', 'CA-ON', 'Ottawa')],
    [{ locality: 'Halifax', country: 'CA' }, at('CA', undefined, 'Halifax')],
    [{ locality: 'Perth', region: 'WA', country: 'AU' }, at('AU', 'AU-WA', 'Perth')],
    [{ locality: 'München', region: 'Bayern', country: 'DE' }, at('DE', 'DE-BY', 'Munich')],
    [{ locality: 'München' }, at('DE', 'DE-BY', 'Munich')],
    [{ region: 'Bavaria' }, at('DE', 'DE-BY')],
    [{ country: 'DEU' }, at('DE')],
    [{ country: 'us' }, at('US')],
    [{ country: 'United States' }, at('US')],
    [{ country: 'GE' }, at('GE')],
    [{ street: '1 Main St', locality: 'Springfield', region: 'IL', country: 'USA' }, at('US', 'US-IL', 'Springfield')],
    [{ locality: 'Paris', country: 'FR' }, at('FR', 'FR-IDF', 'Paris')],
    [{ locality: 'Paris', region: 'TX', country: 'US' }, at('US', 'US-TX', 'Paris')],
    [{ region: 'US-NY', country: 'US' }, at('US', 'US-NY')],
  ])('%j', (address, expected) => {
    expect(parsePlace(address)).toEqual(expected);
  });
});

describe('parsePlace: no place', () => {
  it.each<[string | RawAddress]>([
    ['Remote'],
    ['Worldwide'],
    ['Global'],
    ['Anywhere'],
    ['remote, worldwide'],
    ['Europe'],
    ['EMEA'],
    ['Springfield'],
    [''],
    ['   '],
    ['<script>alert(1)</script>'],
    ['NaN'],
    ['https://acme.com'],
    ['12345'],
    ['a, b, c, d, e, f, g, h'],
    ['London, '.repeat(1000)],
    ['x'.repeat(100_000)],
    [{}],
    [{ street: '1 Main St' }],
    [{ country: 'N/A' }],
    [{ country: 'Atlantis' }],
  ])('%#', (input) => {
    expect(parsePlace(input)).toBeUndefined();
  });

  it('never throws on values of the wrong type', () => {
    for (const v of [undefined, null, 42, [], true, { country: 42 }, { locality: {} }]) {
      expect(() => parsePlace(v as unknown as string)).not.toThrow();
    }
  });
});

describe('countryName and regionName', () => {
  it.each([
    ['US', 'United States'],
    ['de', 'Germany'],
    ['GB', 'United Kingdom'],
    ['CI', "Côte d'Ivoire"],
    ['TR', 'Türkiye'],
    ['XK', 'Kosovo'],
  ])('countryName(%s) is %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it.each([
    ['US-CA', 'California'],
    ['US-DC', 'District of Columbia'],
    ['CA-QC', 'Quebec'],
    ['GB-ENG', 'England'],
    ['DE-BY', 'Bayern'],
    ['DE-NW', 'Nordrhein-Westfalen'],
    ['FR-IDF', 'Île-de-France'],
    ['AU-NSW', 'New South Wales'],
    ['IN-KA', 'Karnataka'],
  ])('regionName(%s) is %s', (code, name) => {
    expect(regionName(code)).toBe(name);
  });

  it('unknown codes have no name', () => {
    expect(countryName('ZZ')).toBeUndefined();
    expect(regionName('US-ZZ')).toBeUndefined();
    expect(countryName(undefined as unknown as string)).toBeUndefined();
  });
});
