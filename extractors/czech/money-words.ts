/**
 * Czech words around amounts of money: currencies, multipliers, the cues that name what an amount is
 * (its label), and the hedges that make it approximate. Used by extractors/fields/money.ts.
 */

/**
 * A Czech number as written in money: thousands grouped by spaces or dots ("1 214 625", "1.734.210"),
 * or an ungrouped run of digits; an optional decimal comma ("60 731,25", "1,9").
 */
export const CZECH_NUMBER = String.raw`\d{1,3}(?:(?: |\.)\d{3})+(?:,\d{1,2})?|\d+(?:,\d+)?`;

/** Currencies: the code each word stands for. Matched case-insensitively, longest first. */
export const CURRENCY_WORDS: ReadonlyArray<readonly [RegExp, 'CZK' | 'EUR']> = [
  [/^(?:kč|kc|czk|korun(?:a|y|ou|ami|ách)?(?: českých| české)?)$/iu, 'CZK'],
  [/^(?:eur|euro|eura|eur[ůu]|€)$/iu, 'EUR'],
];
export const CURRENCY = String.raw`Kč|Kc|CZK|korun(?:ami|ách|ou|a|y)?(?:\s+česk(?:ých|é))?|EUR|eur(?:o|a|ům|ech)?|€`;

/** Multipliers after a number ("1,9 mil. Kč", "350 tis. Kč", "2 miliardy korun"). */
export const MULTIPLIER = String.raw`mld\.?|miliard(?:a|y|ou|ami)?|mil\.?|milion(?:ů|y|u|em)?|milión(?:ů|y|u|em)?|tis\.?|tisíc(?:e|i|ů|ích)?`;

export function multiplierValue(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase();
  if (w.startsWith('mld') || w.startsWith('miliard')) return 1e9;
  if (w.startsWith('mil')) return 1e6;
  if (w.startsWith('tis')) return 1e3;
  return 1;
}

export function currencyOf(word: string): 'CZK' | 'EUR' {
  const w = word.trim().replace(/\s+.*/u, '');
  for (const [re, code] of CURRENCY_WORDS) if (re.test(w)) return code;
  return 'CZK';
}

/** Parses "1 214 625", "1.734.210,50", "1,9", "12.300" to a number. */
export function parseCzechNumber(s: string): number {
  let t = s.replace(/ /g, '');
  const dots = (t.match(/\./g) ?? []).length;
  // a single dot not followed by exactly three digits is a decimal point ("1.5 mil.")
  if (dots === 1 && !t.includes(',') && !/\.\d{3}$/.test(t)) t = t.replace('.', ',');
  else t = t.replace(/\./g, '');
  return Number(t.replace(',', '.'));
}

/**
 * Labels: what an amount is, read from the text before it on its line (or from its sentence).
 * The vocabulary is stable because the checks test sums with it:
 *   total        – the whole cost or budget of a project ("celkové (způsobilé) náklady", "celkem", "celkový rozpočet")
 *   esf          – the part paid from the European Social Fund or other EU money ("dotace z ESF")
 *   national     – the part paid from the state budget or national public sources ("státní rozpočet")
 *   cofinancing  – the beneficiary's own share ("spolufinancování města", "vlastní financování", "vlastní podíl")
 *   subsidy      – a grant as a whole ("výše dotace", "příspěvek")
 *   budget       – a planned or estimated sum ("rozpočet", "odhad nákladů", "předpokládané náklady")
 *   cost         – a cost or expense that is not the project total ("náklady na", "výdaje", "cena")
 *   income       – revenue, payments by users ("příjmy", "úhrady")
 * ESF + national + cofinancing = total; subsidy + cofinancing = total.
 * The first cue that matches wins, so the more specific cues stand first.
 */
export const MONEY_LABEL_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['cofinancing', /spolufinancov|vlastn\p{L}* (?:financov|podíl|zdroj|prostředk)|podíl (?:města|obce|kraje|příjemce|žadatele)|spoluúčast/iu],
  ['esf', /(?<![\p{L}])ESF(?![\p{L}])|[Ee]vropsk\p{L}* [Ss]oc(?:\.|iáln\p{L}*) fond|[Ee]vropsk\p{L}* [Uu]ni|(?<![\p{L}])EU(?![\p{L}])|fond\p{L}* EU/u],
  ['national', /státní\p{L}* rozpoč|státního rozpočtu|národní\p{L}*(?: veřejn\p{L}*)? zdroj|ze státního|MPSV/iu],
  ['total', /celkov|celkem|úhrnem|způsobil\p{L}* výdaj|způsobil\p{L}* náklad/iu],
  ['subsidy', /(?<![\p{L}])(?:dotac|dotov|příspěv|grant|podpor\p{L}* ve výši)/iu],
  ['budget', /(?<![\p{L}])(?:rozpočt|rozpočet|odhad|předpoklád|plánovan|alokac|finanční rám)/iu],
  ['income', /(?<![\p{L}])(?:příjm|úhrad|tržb)/iu],
  ['cost', /(?<![\p{L}])(?:náklad|výdaj|nájem|nájm|cen[ayěuo](?![\p{L}])|stál|stojí|investic|uhrad|zaplat)/iu],
];

/** Words that make an amount approximate when they stand just before it. */
export const APPROXIMATE_CUE = /(?:přibližně|približně|cca\.?|asi|zhruba|okolo|kolem|téměř|takřka|odhadem|odhadovaných|řádově|až)\s*$/iu;

/** Line labels under which a bare number (no currency) is an amount: "Výše spolufinancování města: 60 731,25". */
export const MONEY_LINE_LABEL = /(?:náklad|výdaj|dotac|spolufinanc|financov|rozpočet|rozpočt|zdroj|výše|částk|cena|příspěv|podíl|celkem|Kč|EUR)/iu;

/**
 * A table header cell that gives its column's currency and unit: "Náklady 2023 (Kč)", "Rozpočet (v Kč)",
 * "částka v tis. Kč", "Dotace [mil. Kč]", "Kč". `mult` is the unit ("tis." → 1000).
 */
export const HEADER_CURRENCY = new RegExp(
  String.raw`(?:^|[\s(\[/])(?:v\s+)?(?:(?<mult>${MULTIPLIER})\s*)?(?<cur>Kč|Kc|CZK|EUR|€)\s*[)\]]?\s*$`,
  'iu',
);

/** Header or row words of counts, capacities and shares: no money in their column or row. */
export const COUNT_COLUMN = /(?<![\p{L}])(?:počet|počty|počtu|kapacit|lůž|klient|uživatel|osob(?!n)|úvazk|%|procent|IČO?)/iu;
/** A currency header that is still no money column: "Počet plateb (Kč)", "Podíl (% z Kč)". */
export const NOT_MONEY_HEADER = /%|(?<![\p{L}])(?:počet|počty|počtu)(?![\p{L}])/iu;
