/**
 * Shapes and cues of contacts in Czech documents: e-mail, web addresses, phone numbers, postal addresses.
 * Used by extractors/fields/contacts.ts.
 */

export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** "https://…", "http://…", "www.…" up to white space or a closing quote or bracket */
export const WEB = /(?<![\p{L}\p{N}@.\/-])(?:https?:\/\/|www\.)[^\s<>"“”„»«]+/giu;
/** a bare domain without scheme or "www." on a common top-level domain: "kr-ustecky.cz", "mpsv.cz/cs/1234" */
export const BARE_DOMAIN = /(?<![\p{L}\p{N}@.\/_-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:cz|sk|eu|com|org|net|info)(?:\/[^\s<>"“”„»«]*)?(?![\p{L}\p{N}@_-])/giu;

/** punctuation that ends a sentence rather than an address */
export const WEB_TRAILING = /[.,;:!?)\]'’]+$/u;

/**
 * A Czech phone number: nine digits starting 2–9, grouped 3-3-3 or 3-2-2-2 or run together, with an optional
 * +420 / 00420 / (+420) in front. Not after another digit group (an amount "1 214 625"), not before a currency,
 * a percent sign or more digits.
 */
export const PHONE = /(?<![\p{L}\p{N}/._-])(?<!\d[ .])(?<prefix>(?:\+|00)\s?420\s?|\(\s?\+?420\s?\)\s?)?(?<num>[2-9]\d{2}(?:[ -]?\d{3}){2}|[2-9]\d{2}(?: \d{2}){3})(?![\p{N}]|[.,]\d|\s\d|\s*(?:Kč|,-|mil\.|tis\.|%|\/))/gu;

/** a label that makes a run of nine digits a phone number */
export const PHONE_LABEL = /(?<![\p{L}])(?:tel(?:efon)?|mob(?:il)?|GSM|fax|T|M)\s*\.?\s*(?:č\.|číslo)?\s*:?\s*$/iu;

/** a label that makes a number not a phone number (IČO, account, registration, reference number) */
export const NOT_PHONE_LABEL = /(?<![\p{L}])(?:IČO?|DIČ|účet|ú\.\s?č\.|č\.\s?ú\.|č\.\s?j\.|reg\.|registrační|číslo projektu|PSČ)\s*[:.]?\s*$/iu;

/**
 * A postal address with PSČ: an optional street with its house number, a comma, then PSČ and the town
 * ("Archiváře Teplého 102, 387 06 Malenice", "Mírové náměstí 1, 400 01 Ústí nad Labem", "PSČ 110 00 Praha 1").
 */
const STREET_WORD = String.raw`(?:[\p{Lu}][\p{L}.]*|nám\.|náměstí|nábř\.|nábřeží|tř\.|třída|ul\.|ulice|[\p{Ll}]{1,3})`;
const TOWN = String.raw`[\p{Lu}][\p{L}]+(?:(?: (?:nad|pod|u|v|ve|na|při)| -)? [\p{Lu}][\p{L}]+){0,3}(?: \d{1,2}(?![\p{N}.]))?`;
export const ADDRESS = new RegExp(
  String.raw`(?<street>(?<![\p{L}])[\p{Lu}][\p{L}.]*(?: ${STREET_WORD}){0,3} \d{1,5}[a-z]?(?:\/(?:\d{1,5}[a-z]?|[IVX]{1,4}))?,\s*)?(?<psc>(?<![\p{N}][ .]?)[1-7]\d{2} ?\d{2})(?![\p{N}]) (?<town>${TOWN})`,
  'gu',
);
