/**
 * Legal forms of Czech organisations and the words that open the names of public bodies.
 * Used by extractors/fields/organisations.ts.
 */

/** Legal forms as written after a name, each with its canonical spelling. Spaces and the comma before vary. */
export const ORG_FORMS: ReadonlyArray<readonly [string, string]> = [
  [String.raw`spol\.\s?s\s?r\.\s?o\.`, 'spol. s r. o.'],
  [String.raw`s\.\s?r\.\s?o\.`, 's. r. o.'],
  [String.raw`o\.\s?p\.\s?s\.`, 'o. p. s.'],
  [String.raw`z\.\s?s\.`, 'z. s.'],
  [String.raw`z\.\s?ú\.`, 'z. ú.'],
  [String.raw`a\.\s?s\.`, 'a. s.'],
  [String.raw`v\.\s?o\.\s?s\.`, 'v. o. s.'],
  [String.raw`o\.\s?s\.`, 'o. s.'],
  [String.raw`p\.\s?o\.`, 'p. o.'],
  [String.raw`příspěvková organizace`, 'p. o.'],
  [String.raw`obecně prospěšná společnost`, 'o. p. s.'],
  [String.raw`zapsaný ústav`, 'z. ú.'],
  [String.raw`zapsaný spolek`, 'z. s.'],
];
export const ORG_FORM = ORG_FORMS.map(([re]) => re).join('|');

/** A word that can stand inside a name between capitalised words ("Centrum pro rodinu", "Ústí nad Labem"). */
export const NAME_CONNECTORS = new Set(['pro', 'a', 'v', 've', 'na', 'nad', 'pod', 'u', 'z', 'ze', 's', 'se', 'o', 'při', 'do', 'k', '-', '–', '&']);

/** Words that open the name of a public body or a well-known kind of provider, with how many words may follow. */
export const BODY_NAME = String.raw`(?:Krajsk\p{L}+ úřad\p{L}*|Magistrát\p{L}*|Městsk\p{L}+ úřad\p{L}*|Obecní\p{L}* úřad\p{L}*|Úřad\p{L}* městské části|Charit\p{L}+|Diakoni\p{L}+|Slezsk\p{L}+ diakoni\p{L}+|Armád\p{L}+ spásy)`;

/** Public bodies whose name is complete as it stands. */
export const FIXED_BODY_NAME = String.raw`(?:Agentur\p{L}* pro sociální začleňování|Probační\p{L}* a mediační\p{L}* služb\p{L}*|Policie ČR|Policie České republiky|Ministerstv\p{L}* práce a sociálních věcí|MPSV|Úřad\p{L}* práce ČR|Úřad\p{L}* práce České republiky)(?![\p{L}])`;

/** A local action group: "MAS Šumavsko", "místní akční skupina Kyjovské Slovácko". */
export const MAS_NAME = /(?<![\p{L}])MAS(?: +[\p{Lu}][\p{L}-]*){1,3}/gu;
