/** Word lists and bounds the checks share. Folded forms (lower case, no diacritics) where noted. */

/** Years a plan, project or meeting can plausibly name; outside them a year is a typo ("2014 – 1017"). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Month names in the cases a date uses ("20. dubna 2018", "leden 2018"), folded → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  leden: 1, ledna: 1, unor: 2, unora: 2, brezen: 3, brezna: 3, duben: 4, dubna: 4, kveten: 5, kvetna: 5,
  cerven: 6, cervna: 6, cervenec: 7, cervence: 7, srpen: 8, srpna: 8, zari: 9, rijen: 10, rijna: 10,
  listopad: 11, listopadu: 11, prosinec: 12, prosince: 12,
};

/** Weekday names as a date stands beside them ("ve středu 22. 11.", "čtvrtek 14. 6."), folded → 0 = Sunday … 6. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  nedele: 0, nedeli: 0, pondeli: 1, pondelka: 1, pondelku: 1, utery: 2, uterka: 2, uterku: 2,
  streda: 3, stredu: 3, stredy: 3, strede: 3, ctvrtek: 4, ctvrtka: 4, ctvrtku: 4, patek: 5, patku: 5,
  sobota: 6, sobotu: 6, soboty: 6, sobote: 6,
};
export const WEEKDAY_ID = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** Czech names in the nominative, 0 = Sunday, for messages. */
export const WEEKDAY_CS = ['neděle', 'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota'] as const;
/** The same in the accusative ("připadá na středu"). */
export const WEEKDAY_CS_ACC = ['neděli', 'pondělí', 'úterý', 'středu', 'čtvrtek', 'pátek', 'sobotu'] as const;

/** Small numbers written as words, in the cases a count takes ("čtyři skupiny", "čtyř skupin"), lower case. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  dva: 2, dvě: 2, dvou: 2, dvěma: 2, tři: 3, třech: 3, třem: 3, třemi: 3, čtyři: 4, čtyř: 4, čtyřech: 4, čtyřem: 4,
  čtyřmi: 4, pět: 5, pěti: 5, šest: 6, šesti: 6, sedm: 7, sedmi: 7, osm: 8, osmi: 8, devět: 9, devíti: 9,
  deset: 10, deseti: 10, jedenáct: 11, jedenácti: 11, dvanáct: 12, dvanácti: 12,
};

/** Ordinal words that number a plan in its series ("Druhý v pořadí plán", "1. Komunitní plán"), folded stems. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  prvni: 1, druhy: 2, druheho: 2, druha: 2, treti: 3, ctvrty: 4, ctvrteho: 4, paty: 5, pateho: 5, sesty: 6,
  sesteho: 6, sedmy: 7, osmy: 8,
};
