import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { processBytes } from '../../pipeline/process.js';

/** Things that look like inconsistencies and are not: no rule may fire on them, through the whole pipeline. */
const CLEAN: Record<string, string> = {
  'successive plans': `Komunitní plán sociálních služeb města Kladna 2014–2017
Nový Komunitní plán sociálních služeb města Kladna 2018–2021 navazuje na předchozí plán 2014–2017.
Akční plán na rok 2018 a Akční plán na rok 2019 jsou přílohou.`,
  'numbered plans of one town': `Odkaz na 5. Komunitní plán péče města Ústí nad Labem 2014-2017 a na 6. komunitní plán péče SO ORP Ústí nad Labem 2018-2021.`,
  'a budget with rounded shares': `Financování projektu:
celkové způsobilé náklady: 2 000 625,- Kč
dotace z Evropského soc. fondu (85 %): 1 700 531,25 Kč
dotace ze státního rozpočtu ČR (10 %) : 200 062,50 Kč
vlastní financování (5 %): 100 031,25 Kč`,
  'two budgets on one page': `Projekt A: celkové náklady 1 000 000 Kč, dotace 950 000 Kč, spolufinancování 50 000 Kč.
Projekt B: celkové náklady 500 000 Kč, dotace 450 000 Kč, spolufinancování 50 000 Kč.`,
  'weekdays that fit': `Setkání proběhlo ve čtvrtek 14. 6. 2018, další v pondělí 18. června 2018 a v pátek dne 20. 4. 2018.`,
  'counts that fit or are no lists': `Přítomni (3): Jan Novák, Eva Malá, Petr Svoboda
Zúčastnilo se 21 obyvatel obce. Pracovaly 4 pracovní skupiny (senioři, osoby se zdravotním postižením, osoby ohrožené sociálním vyloučením, rodiny s dětmi).
V každém z 8 regionů bude členění na pracovní skupiny:
1) služby sociální péče,
2) služby sociální prevence.
Hlasování: pro 6, proti 0, zdržel se 0.`,
  'minutes in order': `Zápis z jednání konaného dne 6. března 2020
Přítomni: Romana Bélová, Petr Konečný
Připomínky do 17. 3. 2020.
V Ostravě 9. března 2020
Zapsala Mgr. Hana Čtveráčková`,
  'amounts and hours that are no years': `Příspěvek činí 1000 – 2000 Kč měsíčně, provoz 1500–1700 hod., kapacita 1200 - 1500 osob.`,
  'real dates only': `Termíny: 29. 2. 2020, 31. 12. 2019, 30. 4. 2021; Zápis ze 51.jednání; usnesení č. 028-20/2022/ZK.`,
  'project phases': `Projekt bude realizován v období od 1. 10. 2018 do 30. 3. 2022 a sociální služby budou financovány v období od 1. 1. 2019 do 31. 12. 2021.
Projekt Podpora IV byl ukončen 30. 9. 2018. Dne 1. října 2018 byla zahájena realizace projektu Podpora V.`,
};

describe('no flag on what only looks inconsistent', () => {
  for (const [name, text] of Object.entries(CLEAN)) {
    it(name, async () => {
      const { record, entry } = await processBytes(Buffer.from(`Dokument\n\n${text}\n`), `${name}.txt`, DEFAULT_LIMITS);
      expect(record, entry.reason).toBeDefined();
      expect(record!.flags.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    });
  }
});
