import { foldKey } from './fold-key';

// Words written as one capital letter in COUNTRY_KEYS: A is "republic", B "islands", ...
const WORDS = 'republic islands saint and united democratic congo of netherlands states korea micronesia'.split(' ');

/**
 * Every country name and alias of places-data/countries.ts as its foldKey: the names
 * `countryByName` (place-index.ts) knows, without the codes and the region, city and metro
 * tables, so that the site reader's content script stays small. Packed: WORDS as capitals, then
 * sorted and front-coded (a leading digit is how many characters the entry shares with the one
 * before). test/unit/extract/site/country-names.test.ts rebuilds this from countries.ts and fails,
 * printing the new value, when the two differ.
 */
export const COUNTRY_KEYS =
  'AHK|2ireland|2moldova|2theG|Cbarthelemy|1helena|7 ascensionDtristan da cunha|1kittsDnevis|1lucia|' +
  '1martin|7 french part|1pierreDmiquelon|1vincentDthe grenadines|EJ|2Hamerica|2minor outlyingB|' +
  '1arab emirates|1kingdom|8Hgreat britainDnorthern ireland|FAHtheG|G|1brazzaville|1kinshasa|1theFAHthe|' +
  'I|K|1AH|1FpeoplesAH|L|1federatedJH|afghanistan|1land|5B|2bania|2emania|2geria|2lemagne|1merica|' +
  '7n samoa|1ndorra|2gola|3uilla|2tarctica|3iguaDbarbuda|1otearoa|1rgentina|2menia|2uba|1ustralia|5ia|' +
  '1zerbaijan|bahamas|3rain|2ngladesh|2rbados|1elarus|3gie|6n|5que|5um|3ize|2nin|2rmuda|1hutan|1olivia|' +
  '7 plurinational stateH|2naire|7 sint eustatiusDsaba|2snia|6Dherzegovina|2tswana|2uvet island|1rasil|' +
  '3zil|2itain|4ish indian ocean territory|8virginB|2unei|6 darussalam|1ulgaria|2rkina faso|3ma|3undi|' +
  'cabo verde|2mbodia|3eroon|2nada|2pe verde|2ribbeanI|2ymanB|1entral africanA|2sko|1had|2ile|3na|' +
  '2ristmas island|1ocos keelingB|5B|2lombia|2moros|2okB|2sta rica|2te divoire|1roatia|1uba|2racao|' +
  '1yprus|1zechA|5ia|danmark|1enmark|2utschland|1jibouti|1ominica|8nA|1prk|1rG|2c|east timor|1cuador|' +
  '1esti|1gypt|1ire|1l salvador|1mirates|1quatorial guinea|1ritrea|1spana|2tados unidos|3onia|2watini|' +
  '1tats unis|2hiopia|falklandB|9malvinas|2roeB|1ederalAHgermany|6tedJHL|1iji|2nland|1rance|' +
  '2ench guiana|7polynesia|7southern territories|gabon|2mbia|1eorgia|2rmany|1hana|1ibraltar|' +
  '1reat britain|3ece|4nland|3nada|1uadeloupe|3m|3temala|2ernsey|2inea|6 bissau|2yana|haiti|' +
  '1eard islandDmcdonaldB|2llas|1olland|3y see|2nduras|3g kong|9 sar|1rvatska|1ungary|iceland|1ndia|' +
  '3onesia|1ran|4 islamicAH|3q|2eland|1sleHman|2rael|1talia|4y|1vory coast|jamaica|2pan|1ersey|1ordan|' +
  'kazakhstan|1enya|1ingdomHsaudi arabia|2ribati|1osovo|1sa|1uwait|1yrgyzstan|lao pdr|5eoplesFA|3s|' +
  '2tvia|1ebanon|2sotho|1iberia|3ya|2echtenstein|2thuania|1uxembourg|macao|4u|3edonia|2dagascar|' +
  '2gyarorszag|2inland china|2lawi|4ysia|3dives|3i|3ta|2rshallB|3tinique|2uritania|6ius|2yotte|1exico|' +
  '1oldova|7AH|2naco|3golia|3tenegro|4serrat|2rocco|2zambique|1yanmar|namibia|2uru|1ederland|2pal|' +
  '2w caledonia|4zealand|1icaragua|2ederlande|2ger|5ia|2ue|1orfolk island|3ge|3th macedonia|5K|' +
  '5ern marianaB|3way|oman|1sterreich|pakistan|2lau|3estine|9 stateH|8ian territories|2nama|' +
  '2pua new guinea|2raguay|2ys bas|1eoplesAHchina|2ru|1hilippines|1itcairn|8B|1oland|3ska|2rtugal|1rc|' +
  '1uerto rico|qatar|reunion|1omania|1ussia|6n federation|1wanda|samoa|2n marino|2o tomeDprincipe|' +
  '2udi arabia|1chweiz|1enegal|2rbia|2ychelles|1ierra leone|2ngapore|3t maarten|9ten dutch part|1lovakA|' +
  '6ia|4enia|1olomonB|2malia|2uth africa|6georgiaDthe south sandwichB|6sudan|5K|1pain|1ri lanka|' +
  '1t barts|3kittsDnevis|3lucia|2ateHpalestine|1udan|2isse|2omi|2riname|1valbardDjan mayen|2erige|' +
  '2izzera|1waziland|2eden|2itzerland|1yria|5n arabA|taiwan|6 provinceHchina|2jikistan|2nzania|8EAH|' +
  '1hailand|2e bahamas|4gambia|3I|1imor leste|1ogo|2kelau|2nga|1rinidadDtobago|1unisia|2rkey|4iye|' +
  '4menistan|4sDcaicosB|2valu|uae|1ganda|1k|2raine|1ruguay|1s|2 virginB|2a|1zbekistan|vanuatu|2tican|' +
  '7 city|1enezuela|9 bolivarianAH|2reinigte staaten|1iet nam|4nam|2rginBbritish|7us|wallisDfutuna|' +
  '1estern sahara|yemen|zambia|1imbabwe';

let keys: Set<string> | undefined;

/** The folded country names, unpacked from COUNTRY_KEYS. */
export function countryKeys(): Set<string> {
  if (!keys) {
    keys = new Set();
    let prev = '';
    for (const entry of COUNTRY_KEYS.split('|')) {
      const shared = /^\d/.test(entry) ? +entry[0] : 0;
      prev = prev.slice(0, shared) + entry.slice(shared ? 1 : 0);
      keys.add(
        prev
          .replace(/[A-Z]/g, (c) => ` ${WORDS[c.charCodeAt(0) - 65]} `)
          .replace(/ +/g, ' ')
          .trim(),
      );
    }
  }
  return keys;
}

/** Is this text a country's name or alias ("Germany", "Deutschland", "U.S.", "Côte d'Ivoire")? */
export const isCountryName = (text: string): boolean => countryKeys().has(foldKey(text));
