/**
 * Czech cues and shapes of identifiers: project registration numbers, resolution numbers, laws and decrees,
 * IČO. Used by extractors/fields/identifiers.ts.
 */

/** A project registration number of the EU operational programmes: "CZ.03.2.63/0.0/0.0/16_063/0006583", "CZ.1.04/3.1.00/05.00045". */
export const REGISTRATION_NUMBER = /(?<![\p{L}\p{N}])CZ\.\d{1,2}(?:\.\d{1,3})*(?:\/[0-9A-Z]+(?:[._][0-9A-Z]+)*){2,5}(?![\p{L}\p{N}])/gu;

/**
 * A resolution cue and up to eight words of whose resolution it is, then "č." and the number:
 * "usnesení č. 0211/Z09/15", "usn. č. 63/2018", "Usnesením Zastupitelstva Středočeského kraje č. 028-20/2022/ZK",
 * "číslo usnesení: UR/88/12/2019".
 */
export const RESOLUTION_CUE = String.raw`(?:usnesení(?:m|ch)?|usn\.|číslo usnesení|č\.\s*usnesení)`;
/**
 * the number itself: digits and letters (Czech ones too: "ŘS/2/2020") in parts joined by "/", at least one part
 * with a digit; the letters of the body may stand before it with a space ("ZK 312/09/23", "RM 45/2019").
 */
export const RESOLUTION_VALUE = String.raw`(?:\p{Lu}{1,4}[ \u00a0](?=\d))?[0-9\p{Lu}][0-9\p{L}-]*(?:\/[0-9\p{L}-]+)+`;

/** resolution numbers recognisable on their own: "0537/Z18/19" (R = rada, Z = zastupitelstvo), "UR/88/12/2019", "RM/12/3/2020" */
export const STANDALONE_RESOLUTION = /(?<![\p{L}\p{N}/.])(?:\d{1,5}\/(?:Z|R|ZM|RM|ZK|RK|ZMČ|RMČ|ZO|RO)\d{1,3}\/\d{2,4}|(?:UR|UZ|RM|ZM|RK|ZK|RMČ|ZMČ|ZO|RO)\/\d{1,4}\/\d{1,4}(?:\/\d{2,4})?|\d{1,4}[-/]\d{1,3}\/(?:19|20)\d{2}\/(?:ZK|RK|ZM|RM|ZMČ|RMČ))(?![\p{L}\p{N}/])/gu;

/** a law or decree of the Collection of Laws: "108/2006 Sb.", "č. 505/2006 Sb.", "108/2006Sb." */
export const LAW_NUMBER = /(?<![\p{L}\p{N}/.])(\d{1,4})\s*\/\s*((?:19|20)\d{2})\s*Sb\.?(?![\p{L}])/gu;

/** EU regulations and directives: "nařízení (EU) č. 1303/2013", "směrnice 2014/24/EU" */
export const EU_ACT = /(?:nařízení|směrnic\p{L}*)\s+(?:Evropského parlamentu a Rady\s+)?\((?:EU|ES|EHS)\)\s*(?:č\.\s*)?(\d{1,4}\/\d{4})|(?<![\p{L}\p{N}/.])((?:19|20)\d{2}\/\d{1,4}\/(?:EU|ES|EHS))(?![\p{L}\p{N}])/gu;

/** IČO labelled: "IČ: 00081531", "IČO 000 81 531" */
export const ICO = /(?<![\p{L}])(?:IČO?|IC|ICO)\s*[:.]?\s*(\d(?: ?\d){7})(?![\p{N}])/gu;

/** True for an IČO whose mod-11 check digit is right. */
export function validIco(digits: string): boolean {
  if (!/^\d{8}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  const rest = sum % 11;
  const check = rest === 0 ? 1 : rest === 1 ? 0 : 11 - rest;
  return check === Number(digits[7]);
}
