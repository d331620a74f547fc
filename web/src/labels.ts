// Czech words of the page, in one place.

export const KIND: Record<string, string> = {
  minutes: 'zápis',
  plan: 'plán',
  project: 'projekt',
  news: 'zpráva',
  other: 'jiné',
};

export const SEVERITY: Record<string, string> = { error: 'chyba', warning: 'varování', info: 'informace' };

export const RULE: Record<string, string> = {
  'sum-mismatch': 'nesouhlasí součet',
  'percent-mismatch': 'nesouhlasí podíl',
  'period-order': 'nemožné období',
  'period-conflict': 'rozporná období',
  'weekday-mismatch': 'nesouhlasí den v týdnu',
  'count-mismatch': 'nesouhlasí počet',
  'date-order': 'data v chybném pořadí',
  'impossible-date': 'neexistující datum',
};

export const FIELD: Record<string, string> = {
  flags: 'Nesrovnalosti',
  dates: 'Data',
  periods: 'Období',
  people: 'Osoby',
  money: 'Částky',
  percentages: 'Procenta',
  goals: 'Cíle',
  identifiers: 'Identifikátory',
  contacts: 'Kontakty',
  places: 'Místa',
  organisations: 'Organizace',
  serviceTypes: 'Druhy služeb',
  targetGroups: 'Cílové skupiny',
};

/** singular, for the title of a highlighted span */
export const FIELD_ONE: Record<string, string> = {
  flags: 'nesrovnalost',
  dates: 'datum',
  periods: 'období',
  people: 'osoba',
  money: 'částka',
  percentages: 'procento',
  goals: 'cíl',
  identifiers: 'identifikátor',
  contacts: 'kontakt',
  places: 'místo',
  organisations: 'organizace',
  serviceTypes: 'druh služby',
  targetGroups: 'cílová skupina',
  target: 'odkazované místo',
};

export const DATE_ROLE: Record<string, string> = {
  meeting: 'jednání',
  written: 'vyhotovení',
  deadline: 'termín',
  next_meeting: 'příští jednání',
  published: 'zveřejnění',
  event: 'událost',
  other: 'jiné',
};

export const PERIOD_ROLE: Record<string, string> = {
  plan: 'plán',
  project: 'projekt',
  'action-plan': 'akční plán',
  validity: 'platnost',
  other: 'jiné',
};

export const PERSON_ROLE: Record<string, string> = {
  present: 'přítomen',
  excused: 'omluven',
  absent: 'nepřítomen',
  guest: 'host',
  recorder: 'zapisovatel',
  responsible: 'odpovídá',
  contact: 'kontakt',
  author: 'autor',
  other: 'jiná role',
};

export const PLACE_LEVEL: Record<string, string> = { kraj: 'kraj', okres: 'okres', orp: 'ORP', obec: 'obec', 'mestska-cast': 'městská část' };

export const CONTACT: Record<string, string> = { email: 'e-mail', phone: 'telefon', web: 'web', address: 'adresa' };

export const IDENTIFIER: Record<string, string> = { registration: 'registrační číslo', resolution: 'usnesení', law: 'zákon', ico: 'IČO', other: 'jiné' };

export const GOAL_KIND: Record<string, string> = {
  goal: 'cíl',
  'main-goal': 'hlavní cíl',
  'partial-goal': 'dílčí cíl',
  aim: 'záměr',
  subject: 'předmět',
  focus: 'zaměření',
  priority: 'priorita',
  measure: 'opatření',
};

export const label = (table: Record<string, string>, key: string | undefined): string => (key === undefined ? '' : (table[key] ?? key));

/** Czech plural: 1 dokument, 2–4 dokumenty, 5+ dokumentů */
export function plural(n: number, one: string, few: string, many: string): string {
  const word = n === 1 ? one : n >= 2 && n <= 4 ? few : many;
  return `${n.toLocaleString('cs-CZ')} ${word}`;
}

/** "2017-10-17" → "17. 10. 2017"; "2012-09" → "9/2012"; "2014" as is */
export function czDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${Number(d)}. ${Number(m)}. ${y}`;
  if (m) return `${Number(m)}/${y}`;
  return iso;
}

export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('cs-CZ', { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount.toLocaleString('cs-CZ')} ${currency}`;
  }
}

export const MONEY_LABEL: Record<string, string> = {
  total: 'celkem',
  subsidy: 'dotace',
  esf: 'z ESF',
  national: 'národní zdroje',
  cofinancing: 'spolufinancování',
  budget: 'rozpočet',
  cost: 'náklad',
  income: 'příjem',
};
