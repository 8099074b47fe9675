// Words of the English date grammar.

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
  few: 3,
  'a few': 3,
  several: 3,
  'a couple of': 2,
  'couple of': 2,
  'a couple': 2,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty first': 21,
};

/** Regex source for a count: digits or number words ("two", "a few", "a couple of", "twenty-five"). */
export const COUNT =
  '(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'a\\s+few|few|several|a\\s+couple\\s+of|couple\\s+of|a\\s+dozen|dozen|an?)';

export function countValue(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(t)) return +t;
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  const compound = /^(\w+)[\s-](\w+)$/.exec(t);
  if (compound && compound[1]! in NUMBER_WORDS && compound[2]! in NUMBER_WORDS)
    return NUMBER_WORDS[compound[1]!]! + NUMBER_WORDS[compound[2]!]!;
  return null;
}

/**
 * Words that, right before a four-digit number, make it a label rather than a year:
 * "Flight 1549", "Resolution 2231", "Room 1402".
 */
export const NUMBER_LABELS = new Set(
  (
    'flight route room resolution highway interstate suite apartment unit gate terminal platform bus train model version ' +
    'windows article section chapter rule code form case line track channel pier block lot exit box level floor ward ' +
    'no nos number page pages p pp vol volume issue item bill act hr s h.r ext extension tel phone fax id pin zip ' +
    'postcode code area district precinct lane road street avenue drive cell population pop elevation altitude'
  ).split(' '),
);

/** Words that, right after a number, make it a quantity rather than a year: "2000 troops", "1500 km". */
export const UNIT_WORDS = new Set(
  (
    'percent per km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot ft ' +
    'yards yard inches inch cm mm kg kilograms kilogram grams gram g lb lbs pounds pound tons tonnes tonne ton acres acre ' +
    'hectares hectare gallons gallon litres liters barrels barrel hours hour hrs hr minutes minute mins seconds second ' +
    'gmt utc bst est edt cet pst pdt cst cdt times points pts votes calories mph kph degrees degree euros euro dollars ' +
    'dollar yen yuan rupees pesos francs bn m mn billion million thousand hundred crore lakh'
  ).split(' '),
);

/** Nouns ending in -s that are singular: "the 1962 crisis", "the 2015 series". */
export const SINGULAR_S = new Set(
  'crisis series news process analysis basis thesis status census campus bonus virus consensus congress business address class loss gas bus access progress success stress princess express mass pass boss axis genesis exodus species olympics games this thus plus does goes less always perhaps whereas besides sometimes towards afterwards across unless news yes'.split(
    ' ',
  ),
);
