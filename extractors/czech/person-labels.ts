import type { PersonRole } from '../../schema/index.js';

/**
 * Labels that introduce people in minutes and on project pages ("Přítomni:", "Omluveni:", "Zapsala:",
 * "Z:", "Kontakt:"), each with the role it gives. `verb` labels ("Zapsala Mgr. Hana Čtveráčková") need no
 * colon when a name follows on the same line.
 */
/** up to three words after a list label: "Přítomni členové PS:", "Omluveni členové komise:" */
const MORE_WORDS = String.raw`(?: +[\p{L}\p{N}.]{1,20}){0,3}`;

export interface PersonLabel {
  role: PersonRole;
  source: string;
  verb?: boolean;
  /** matched case-sensitively ("Z:" is a label, "z:" is not) */
  exactCase?: boolean;
  /** a list of members: its role holds where the document records a meeting, else the people are `other` */
  membership?: boolean;
}

export const PERSON_LABELS: readonly PersonLabel[] = [
  { role: 'absent', source: String.raw`(?:neomluven[iíyaá]?|nepřítomen|nepřítomn[iíyaáé])${MORE_WORDS}` },
  { role: 'present', source: String.raw`(?:přítomn[iíyaáéo]|prezenční\s+listina|prezence|seznam\s+(?:účastníků|přítomných)|účastníci|účastnice|účast|přítomen|přítomna)${MORE_WORDS}(?:\s*[–-]\s*[\p{L} ]{1,40}?)?` },
  // "Členové řídící skupiny:" lists who belongs, which tells who was there in minutes only
  { role: 'present', source: String.raw`členové${MORE_WORDS}`, membership: true },
  { role: 'excused', source: String.raw`(?:omluven[iíyaá]?|omluvil[iay]?\s+se)${MORE_WORDS}` },
  { role: 'guest', source: String.raw`(?:hosté|host[éůy]?|přizvaní|přizvaný|přizvaná)${MORE_WORDS}` },
  { role: 'recorder', source: String.raw`zapsal\/a|zapsal[aiy]?|zapisovatel(?:ka)?|zápis\s+(?:provedl[a]?|pořídil[a]?|zapsal[a]?)|zapsáno|zapsal\(a\)`, verb: true },
  { role: 'author', source: String.raw`(?:(?:plán|dokument|materiál|analýzu|text)\s+)?(?:zpracoval\/a|zpracoval[aiy]?|vypracoval[aiy]?|zpracoval\(a\)|připravil[aiy]?)|autor(?:ka|ři)?(?:\s+\p{L}+)?|zpracovatel(?:ka|é)?(?:\s+\p{L}+){0,2}|text`, verb: true },
  { role: 'responsible', source: String.raw`Z|Zodp\.?|Odp\.?`, exactCase: true },
  { role: 'responsible', source: String.raw`zodpovídá|odpovídá|odpovědn\p{L}*(?:\s+osoba)?|(?:odborn\p{L}*\s+)?garant(?:ka)?(?:\s+\p{L}+)?|zodpovědn\p{L}*(?:\s+osoba)?|(?:projektov\p{L}*\s+)?manažer(?:ka)?(?:\s+projektu)?` },
  { role: 'contact', source: String.raw`kontakt(?:ní\s+osoba)?|kontaktní\s+osob[ay]|kontaktní\s+osobou\s+je|kontakty|(?:bližší|další)\s+informace(?:\s+podá\p{L}*)?|více\s+informací|informace\s+podá\p{L}*` },
  { role: 'other', source: String.raw`ověřovatel(?:é|ka|ky)?(?:\s+zápisu)?|(?:zápis\s+)?ověřil[a]?|schválil[a]?|předsedající|řídil[a]?|moderoval[a]?|předsed(?:a|kyně)(?:\s+\p{L}+)?|místopředsed\p{L}*|foto(?:grafie)?`, verb: true },
];

/** lines that say who was there without naming anyone */
export const ATTENDANCE_SHEET = /prezenční\s+listin|dle\s+prezen|viz\s+příloh/iu;
