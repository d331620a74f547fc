import { describe, expect, it } from 'vitest';
import { datesExtractor } from '../../extractors/fields/dates.js';
import { periodsExtractor } from '../../extractors/fields/periods.js';
import { run, runAll } from './helpers-dates-people.js';

// things that look like dates, periods or names and are not

describe('not dates', () => {
  it.each([
    ['registrační číslo: CZ.03.2.63/0.0/0.0/16_063/0006583'],
    ['usnesení č. 0211/Z09/15'],
    ['UR/88/12/2019'],
    ['usn. č. 63/2018'],
    ['usnesení č. 01/2018'],
    ['usnesení č. 1/2/2019'],
    ['č.j. MUKY/12/3/2019'],
    ['kód 12-34-2019'],
    ['usnesení RM 12/3/2019'],
    ['RM 11/2019'],
    ['Celkové náklady projektu: 1 214 625 Kč'],
    ['1.734.210,50 Kč'],
    ['12.300 ,- Kč'],
    ['Telefon: 730 870 046'],
    ['tel.: +420 257 280 604'],
    ['verze 1.2.3'],
    ['verze 1.2.18'],
    ['bod 2.3.15 programu'],
    ['od 14:00 hod.'],
    ['od 17.00 hodin'],
    ['kapitola 1.2. Cíle'],
    ['Opatření 2.3.1 Rozvoj'],
    ['v roce 2009'],
    ['Po celý podzim 2015 se scházely skupiny'],
    ['akční plán na rok 2019'],
    ['Copyright © 2013 MPSV'],
    ['zákon č. 108/2006 Sb.'],
    ['2. patro, kancelář č. 202'],
    ['Ad. 2)'],
    ['1) Úvod 2) Projednání'],
    ['19. března návrh projednalo zastupitelstvo'],
    ['Komunitní plán 2014 – 2017'],
  ])('%s', (text) => expect(run(datesExtractor, text)).toEqual([]));
});

describe('not periods', () => {
  it.each([
    ['s. 2014–2017'],
    ['registrační číslo: CZ.03.2.63/0.0/0.0/16_063/0006583'],
    ['usn. č. 2/2019'],
    ['Telefon: 730 870 046'],
    ['1 214 625 Kč'],
    ['stran 12–15'],
    ['č. 028-20/2022/ZK'],
    ['akční plán na rok 2019, monitoring plnění akčního plánu z roku 2018'],
    ['tel. 2014-2017'],
    ['1200 - 1500 Kč'],
    ['v roce 2019 - 20 klientů'],
    ['2019-12 osob'],
    ['obce o velikosti 2000–2500 obyvatel'],
    ['2000 - 2500 Kč'],
    ['www.mesto.cz/kpss-2020-2022.pdf'],
  ])('%s', (text) => expect(run(periodsExtractor, text)).toEqual([]));
});

describe('not people', () => {
  it.each([
    ['Od března 2017 se pod záštitou SML a Centra komunitní práce v Ústí nad Labem zpracovává nový KPSS.'],
    ['Krajský úřad Libereckého kraje'],
    ['Frýdek-Místek a Hradec Králové'],
    ['Adresa: Archiváře Teplého 102, 387 06 Malenice'],
    ['sídlí v ulici Boženy Němcové 12'],
    ['ZŠ Jana Palacha'],
    ['ZŠ T. G. Masaryka a Gymnázium J. A. Komenského'],
    ['Literatura: MATOUŠEK, O. Slovník sociální práce. Praha: Portál, 2008.'],
    ['v K. Varech a Č. Budějovicích, K. Vary'],
    ['Přítomni: viz prezenční listina'],
    ['Program jednání:\n1) Úvod\n2) Projednání návrhu'],
    ['Komunitní plánování v obci Vřesovice'],
    ['Operační program Zaměstnanost'],
    ['Projekt je zaměřen na podporu plánování.'],
    ['Kontakt: SOS Šumavsko, z. ú.'],
    ['Zpracovatel obdržel přibližně 26 připomínek.'],
    ['Řídicí pracovní skupina (ŘPS) měla společné jednání s Komisí zdravotní a sociální.'],
    ['Přítomni: 12 členů'],
    ['Nová Ves a Horní Lhota'],
    ['Charita Kyjov a Diakonie ČCE'],
    ['V Praze dne 5. 5. 2019'],
    ['Strategického plánu rozvoje městské části Praha 17'],
    ['Host: Charita Kyjov'],
    ['Zpracovatel obdržel přibližně 26 připomínek převážně od účastníků KPSS.'],
    ['Schválil Zastupitelstvo města'],
    ['Daně Ústeckého kraje'],
    ['Kontakt: SOS ŠUMAVSKO'],
    ['Azylový dům Josefa Pospíšila'],
    ['Nadací Dagmar a Václava Havlových VIZE 97'],
    ['Centrum Naděje Vsetín, Svaté Anny 123'],
    ['Univerzita Tomáše Bati ve Zlíně'],
    ['Přítomni: Ingrid'],
    ['Z: Koordinátor'],
    ['Poskytovatelé: Hana Hodonín, Eliška Kyjov, Denisa Plus, Filia Kyjov'],
    ['Z: Rada města'],
  ])('%s', (text) => expect(runAll(text).people).toEqual([]));
});
