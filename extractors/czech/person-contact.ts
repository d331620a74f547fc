import type { PersonRole } from '../../schema/index.js';

/**
 * Whether a name in prose is a contact: a phone or an e-mail right after it ("Mgr. Jana Nová, tel. …"),
 * a sentence that names the person to ask ("Kontaktní osobou je …"), or a signature block (the name on
 * its own line, a phone or an e-mail in the next lines); a guest when a sentence announces one ("Účast
 * přislíbila … Ing. Jana Nová"). Any other name in prose: other.
 */

/** a phone or an e-mail in the lines right after a name: a contact's signature block */
const CONTACT_CUE = /(?<![\p{L}])(tel\.?|telefon|mob\.?|mobil|e-mail|email)(?![\p{L}])|@/iu;

/**
 * A phone or an e-mail right after a name in prose, perhaps after the person's function:
 * "Mgr. Jana Nová, tel. 777 123 456", "Petr Starý, vedoucí odboru, na tel. 123 456 789 nebo e-mailu …".
 */
const CONTACT_AFTER = /^(?:\s*,[^\n;„“"()]{0,60}?)?\s*[,(–\-/|]?\s*(?:(?:na|pod)\s+)?(?:[Tt]el\.|[Tt]elefon(?:u|em)?(?![\p{L}])|[Mm]obil(?:u|em)?(?![\p{L}])|[Ee]-?mail(?:u|em|ová\s+adresa)?(?![\p{L}])|[Tt]el(?=\s*[:+\d]))/u;
/**
 * A guest announced in an invitation or a report: "Účast přislíbila také radní … Ing. Jana Nová",
 * "Pozvání přijal …", "Jako host vystoupí …"; or after the name: "Ing. Jana Nová přislíbila účast".
 */
const GUEST_BEFORE = /(?:[Úú]čast\s+(?:přislíbil|potvrdil)\p{L}*|[Pp]ozvání\s+(?:přijal|přijmul)\p{L}*|[Jj]ako\s+host(?:é|é\s+se|\s+se)?\s+(?:zúčastn|vystoup|přijel|přijal|dorazil)\p{L}*)(?:\s+\p{Ll}[\p{L}.]*){0,6}\s*(?:\p{Lu}\p{L}*\.\s*)*$/u;
const GUEST_AFTER = /^(?:,[^\n,]{1,60},)?\s+(?:(?:také|rovněž|i)\s+)?(?:přislíbil[aiy]?\s+(?:(?:svou|svoji)\s+)?účast|(?:přijal|přijmul)[aiy]?\s+(?:naše\s+)?pozvání)/u;

/**
 * words that CONTACT_BEFORE and GUEST_BEFORE cannot match without (each spelt there in these letters):
 * most text before a name has none, and the long patterns need not be tried along it
 */
const CONTACT_BEFORE_WORD = /ontaktní|informace|otazy|řihlášky|bracet/;
const GUEST_BEFORE_WORD = /čast|ozvání|ako\s+host/;
/** a character that `trim()` keeps: whether a piece of text is more than white space, without copying it */
const NON_SPACE = /\S/;

/** the verb of drawing a document up right before a name, its titles and a function between: "zpracovala (koordinátorka KPSS) Mgr." */
const AUTHOR_BEFORE = /(?<![\p{L}])(?:zpracoval|vypracoval)[aiy]?\s+(?:\p{Ll}+\s+(?:\p{Lu}{2,6}\s+)?)?(?:\p{Lu}[\p{L}]*\.\s*)*$/u;

/** a function's label before a name on its line: "Manažerka projektu: Ing. Jana Nová" */
const FUNCTION_LABEL = /^[\s•·*\-–]*\p{Lu}[\p{L} ]{1,40}:\s*$/u;
/** a line that begins with a phone or an e-mail: "tel.: 571 491 256, e-mail: …" */
export const CONTACT_LINE = /^\s*(?:tel\.?|telefon|mob\.?|mobil|e-?mail)(?![\p{L}])/iu;

/** a sentence that names the person to ask: "Kontaktní osobou je", "Bližší informace poskytne", "Dotazy zodpoví" */
const CONTACT_BEFORE = /(?:[Kk]ontaktní\s+osob(?:ou|a)\s+(?:je|bude)|informace\s+(?:poskytne|podá|podají)|[Dd]otazy\s+(?:zodpoví|odpoví|vyřizuje)|[Pp]řihlášky\s+přijímá|[Oo]bracet\s+na)(?:\s+\p{Ll}[\p{L}.]*){0,5}\s*(?:\p{Lu}\p{L}*\.\s*)*$/u;

/**
 * The role of a name that stands on its own line ("Mgr. Jana Nová" or "Mgr. Jana Nová, koordinátorka")
 * with a phone or an e-mail in the next lines, or after a function's label with a line that begins with a
 * phone or an e-mail right below ("Manažerka projektu: Ing. Jana Nová⏎tel.: …"): a contact. Any other name
 * in prose: other — unless a sentence announces the person as a guest (GUEST_BEFORE, GUEST_AFTER).
 */
export function signatureRole(text: string, start: number, end: number): PersonRole {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const contactBefore = text.slice(Math.max(lineStart, start - 80), start);
  if (CONTACT_AFTER.test(text.slice(end, lineEnd)) || (CONTACT_BEFORE_WORD.test(contactBefore) && CONTACT_BEFORE.test(contactBefore))) return 'contact';
  // "Plán zpracovala Mgr. Radka Nová ve spolupráci s …": who drew the document up
  if (AUTHOR_BEFORE.test(contactBefore)) return 'author';
  const guestBefore = text.slice(Math.max(lineStart, start - 100), start);
  if ((GUEST_BEFORE_WORD.test(guestBefore) && GUEST_BEFORE.test(guestBefore)) || GUEST_AFTER.test(text.slice(end, lineEnd))) return 'guest';
  const before = text.slice(lineStart, start);
  if (NON_SPACE.test(before)) {
    // "Manažerka projektu: Ing. Jana Nová" with a phone or an e-mail on the next line
    if (!FUNCTION_LABEL.test(before) || NON_SPACE.test(text.slice(end, lineEnd))) return 'other';
    return CONTACT_LINE.test(text.slice(lineEnd + 1, lineEnd + 200)) ? 'contact' : 'other';
  }
  const rest = text.slice(end, lineEnd);
  if (NON_SPACE.test(rest) && !/^\s*[,–-]\s*\p{Ll}/u.test(rest)) return 'other';
  const next = text.slice(lineEnd, lineEnd + 200).split('\n').slice(1, 4).join('\n');
  return CONTACT_CUE.test(next) ? 'contact' : 'other';
}
