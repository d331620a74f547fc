/**
 * Prague's 57 city districts (městské části), which data/territory.json does not list: the 22 numbered
 * ones ("Praha 1" … "Praha 22") and the 35 named ones ("Praha-Zličín"). Names as in zákon č. 131/2000 Sb.,
 * o hlavním městě Praze (statut).
 */
export const PRAGUE_NUMBERED_DISTRICTS = 22;

export const PRAGUE_NAMED_DISTRICTS: readonly string[] = [
  'Běchovice', 'Benice', 'Březiněves', 'Čakovice', 'Ďáblice', 'Dolní Chabry', 'Dolní Měcholupy',
  'Dolní Počernice', 'Dubeč', 'Klánovice', 'Koloděje', 'Kolovraty', 'Královice', 'Křeslice', 'Kunratice',
  'Libuš', 'Lipence', 'Lochkov', 'Lysolaje', 'Nebušice', 'Nedvězí', 'Petrovice', 'Přední Kopanina',
  'Řeporyje', 'Satalice', 'Slivenec', 'Suchdol', 'Šeberov', 'Štěrboholy', 'Troja', 'Újezd', 'Velká Chuchle',
  'Vinoř', 'Zbraslav', 'Zličín',
];

/** The district names of Prague, as written officially ("Praha 17", "Praha-Zličín"). */
export function pragueDistricts(): string[] {
  const numbered = Array.from({ length: PRAGUE_NUMBERED_DISTRICTS }, (_, i) => `Praha ${i + 1}`);
  return [...numbered, ...PRAGUE_NAMED_DISTRICTS.map((n) => `Praha-${n}`)];
}
