/**
 * Capitalised words that look like a name's part in a list or a sentence but belong to places,
 * institutions or headings: a person's name never contains them.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'Kraj', 'Kraje', 'Kraji', 'Krajský', 'Krajského', 'Krajském', 'Úřad', 'Úřadu', 'Město', 'Města', 'Městský', 'Obec', 'Obce',
  'Praha', 'Prahy', 'Praze', 'Labem', 'Labe', 'Nisou', 'Vltavou', 'Ohří', 'Moravou', 'Odrou', 'Sázavou', 'Jizerou',
  'Centrum', 'Centra', 'Charita', 'Charity', 'Diakonie', 'Domov', 'Domova', 'Dům', 'Komise', 'Komunitní', 'Program',
  'Programu', 'Projekt', 'Plán', 'Zápis', 'Sociální', 'Služby', 'Rada', 'Zastupitelstvo', 'Magistrát', 'Odbor', 'Oddělení',
  'Sekce', 'Aktuality', 'Kontakt', 'Adresa', 'Telefon', 'Email', 'Republika', 'Republiky', 'Česká', 'České', 'Evropská',
  'Evropské', 'Unie', 'Fond', 'Fondu', 'Agentura', 'Policie', 'Nadace', 'Spolek', 'Sdružení', 'Škola', 'Školy', 'Nemocnice',
  'Ústí', 'Vary', 'Místek', 'Frýdek', 'Hradec', 'Králové', 'Budějovice', 'Mladá', 'Boleslav', 'Nové', 'Staré',
  'Horní', 'Dolní', 'Velké', 'Svaté', 'Hora', 'Hory', 'Ves', 'Lhota', 'Aktivita',
  'Priorita', 'Opatření', 'Cíl', 'Cíle', 'Úvod', 'Závěr', 'Diskuse', 'Různé', 'Informace', 'Dotazník', 'Operační',
  'Zaměstnanost', 'MAS', 'ORP', 'SO', 'ČR', 'EU', 'ESF', 'OSPOD', 'MPSV', 'MěÚ', 'OÚ', 'KÚ',
]);

/** words before a name that make it the name of a street, school or foundation: "ulice Boženy Němcové" */
export const NAMED_AFTER_CUE = /(?<![\p{L}])(ulic\p{L}*|dům|domu|domě|domem|klub\p{L}*|stadion\p{L}*|sál\p{L}*|síň\p{L}*|knihovn\p{L}*|pavilon\p{L}*|hospic\p{L}*|ústav\p{L}*|centr\p{L}*|spol\p{L}*|sdružení|cen[auy]|ul\.|nám\.|náměstí|třída|tř\.|nábř\.|nábřeží|sady|park\p{L}*|most\p{L}*|ZŠ|MŠ|SŠ|ZUŠ|škol\p{L}*|gymnázi\p{L}*|nadac\p{L}*|fond\p{L}*|domov\p{L}*|sídlišt\p{L}*|kasárn\p{L}*|jménem|cen[auy]|nemocnic\p{L}*|institut\p{L}*|univerzit\p{L}*|Adresa:?)\s*$/iu;
