import { describe, expect, it } from 'vitest';
import { classifyKind, kindScores } from '../../extractors/document/kind.js';
import { docOf } from './field-helpers.js';

const kind = (text: string) => classifyKind(docOf(text));

describe('kind: the annotators\' definitions', () => {
  it('minutes: a zápis with attendance', () => {
    expect(kind('Zpráva\n\nZápis ze 51. jednání PS pro kvalitu\n\nkonaného dne 6. března 2020\n\nPřítomni: Romana Bélová, Petr Konečný\n\nOmluveni: Antonín Plachý\n\nZapsala Mgr. Hana Čtveráčková')).toBe('minutes');
    expect(kind('2. jednání Komise pro sociální oblast\n\nZápis\n\nPřítomni – členové komise: Mgr. Monika Čermáková\nOmluveni: Jan Farkač\nHosté: Václav Dbalý\n\nPrůběh jednání:\n1. Předsedkyně přivítala přítomné.')).toBe('minutes');
  });

  it('minutes: a meeting named in the title with a few labels', () => {
    expect(kind('Jednání pracovní skupiny Senioři\n\nPřítomni: Jana Malá, Petr Novák\n\nProgram:\n1. Úvod\n2. Různé\n\nZapsal: Petr Novák')).toBe('minutes');
  });

  it('news: a news page dated with a label, a weekday or a time', () => {
    expect(kind('Senioři v centru pozornosti\n\nDatum zveřejnění: 12. 3. 2019\n\nMěsto připravuje nové služby.')).toBe('news');
    expect(kind('Senioři v centru pozornosti\n\nStředa 12. 3. 2019 10:35\n\nMěsto připravuje nové služby.')).toBe('news');
  });

  it('minutes even when they discuss a plan and a project', () => {
    expect(kind('Zápis z jednání\nPřítomni: Olga Merglová, Jana Urbanová\nOmluveni: Ivan Langr\nProjednání návrhu Komunitního plánu sociálních služeb na období 2018 – 2022. Projekt byl představen.')).toBe('minutes');
  });

  it('project: registration number with budget or realisation period', () => {
    expect(kind('Komunitní plánování sociálních služeb na Kroměřížsku 2018 – 2019\n\nRegistrační číslo projektu:\nCZ.03.2.63/0.0/0.0/16_063/0006520\n\nObdobí realizace:\n1. 10. 2017 – 30. 9. 2019\n\ncelkové způsobilé náklady: 2 000 625,- Kč')).toBe('project');
    expect(kind('Podpora sociálních služeb v Jihočeském kraji V\n\n29. listopadu 2018\n\nDne 1. října 2018 byla zahájena realizace projektu, reg. číslo: CZ.03.2.60/0.0/0.0/15_005/0010156. Předmětem projektu je zajištění dostupnosti služeb. Projekt bude realizován v období od 1. 10. 2018 do 30. 3. 2022.')).toBe('project');
  });

  it('plan: a page about plans, even when it names the project that funds them', () => {
    expect(kind('Správní obvod ORP Strakonice\n\nStřednědobý plán rozvoje sociálních služeb pro ORP Strakonice na období 2020–2022 je založen na dialogu.\n\nBylo zahájeno pokračování procesu plánování projektem, registrační číslo: CZ.03.2.63/0.0/0.0/16_063/0006526. Cílem projektu je tvorba nového střednědobého plánu.\n\nAkční plán rozvoje sociálních služeb ORP Strakonice na rok 2018\nAkční plán rozvoje sociálních služeb ORP Strakonice na rok 2017')).toBe('plan');
    expect(kind('Připravujeme\n\nNový plán sociálních služeb České Budějovice na období 2019 - 2021\n • Akční plán pro rok 2018 je zveřejněn')).toBe('plan');
  });

  it('plan: an action plan headed by its name under the issuer\'s, though it tells when it was approved', () => {
    expect(kind('Město Kopřivnice\nOdbor sociálních věcí\n\nAKČNÍ PLÁN ROZVOJE SOCIÁLNÍCH SLUŽEB\nMĚSTA KOPŘIVNICE NA ROK 2020\n\nnavazující na Komunitní plán sociálních služeb města na období 2019 – 2021\n\nSchváleno usnesením Rady města č. 1517/RM/2019 ze dne 3. prosince 2019. Návrh byl představen, veřejné projednání proběhlo v září a zúčastnili se ho poskytovatelé.\n\nPriorita 1 Senioři\nOpatření 1.1 Zachování terénních služeb\nOpatření 1.2 Rozšíření denního stacionáře')).toBe('plan');
    expect(kind('Komunitní plánování v Teplicích\n\n12. 3. 2019\n\nSetkání se uskutečnilo v knihovně. Představen byl komunitní plán sociálních služeb na období 2019–2021. Zúčastnili se poskytovatelé.')).toBe('news');
  });

  it('news: a conference report that names a project, its budget and its period', () => {
    expect(kind('Domů » Aktuality » Sociální oblast\n\nKonference ukázala, kam směřují sociální služby\n\n15. 10. 2018 | Zprávy z radnice\n\nVe čtvrtek 11. října 2018 se v Klubu kultury uskutečnila konference. Konferenci zahájil místostarosta. Vystoupili zástupci kraje a poskytovatelé; konference proběhla v rámci projektu Komunitní plánování, reg. č. CZ.03.2.63/0.0/0.0/16_063/0006520. Rozpočet projektu činí 2 476 543,75 Kč, doba realizace projektu od 1. 1. 2018 do 31. 12. 2019. Účastníci se zúčastnili diskuse.')).toBe('news');
  });

  it('news: a dated article, or a narrative report of a meeting', () => {
    expect(kind('Město podá žádost o dotaci na tvorbu Komunitního plánu péče 2018–2021\n31.1.2017\nPro zajištění realizace jeho tvorby rada města schválila podání žádosti o dotaci. Spolufinancování projektu je ve výši 5 %.')).toBe('news');
    expect(kind('Setkání vedoucích pracovních skupin pro tvorbu Střednědobého plánu rozvoje sociálních služeb\n\nv Ústeckém kraji na období 2014 – 2017\n\nDne 7. 6. 2012 se uskutečnilo první setkání vedoucích pracovních skupin.')).toBe('news');
    expect(kind('Výstupy z komunitních plánování 2018\n\nKomunitní plánování v obci Vřesovice\n\nKomunitní plánování se uskutečnilo ve čtvrtek 14. 6. 2018. Zúčastnilo se 21 obyvatel.')).toBe('news');
  });

  it('reads labelled date lines, a zápis named inside the title, a thesis', () => {
    expect(kind('Senioři a jejich potřeby\n\nPublikováno: 12. 3. 2019\n\nVe čtvrtek proběhlo setkání se seniory.')).toBe('news');
    expect(kind('Pracovní skupina Senioři – zápis z 3. jednání\n\nPřítomni: Jan Novák, Eva Malá\n\nOmluveni: Petr Dvořák')).toBe('minutes');
    expect(kind('Diplomová práce: Komunitní plánování sociálních služeb v ORP Kyjov\n\nKomunitní plán sociálních služeb je dokument …')).toBe('other');
  });

  it('does not take a site menu above the title for the opening', () => {
    expect(kind('Hlavní stránka | Aktuality | Dokumenty\n\nKomunitní plán sociálních služeb města Kyjova 2020–2023\n\nAkční plán na rok 2021 navazuje na komunitní plán.')).toBe('plan');
  });

  it('other: no cue of any kind', () => {
    expect(kind('Metodika hodnocení kvality sociálních služeb\n\nText popisuje postupy hodnocení a jejich teoretická východiska.')).toBe('other');
  });

  it('weighs a cue in the opening more than the same cue later', () => {
    const early = kindScores('Komunitní plán sociálních služeb\n\nText.').plan;
    const late = kindScores('Úvodní slovo\n\nText o službách. Komunitní plán sociálních služeb').plan;
    expect(early).toBeGreaterThan(late);
  });
});

describe('kind: an analysis or a survey as the document\'s own subject is other', () => {
  it.each([
    'Analýza dotazníkového šetření mezi seniory ve Vimperku\n\nPodkladový materiál pro střednědobý plán rozvoje sociálních služeb\n\nDotazník vyplnilo 412 respondentů. Komunitní plán bude navazovat na zjištění.',
    'Výsledky průzkumu potřeb rodin s dětmi\n\nMateriál pro komunitní plánování sociálních služeb v ORP Sušice\n\nPrůzkum probíhal v březnu. Komunitní plán na období 2025–2027 z něj vyjde.',
    'Evaluační zpráva\n\nHodnocení naplňování opatření komunitního plánu sociálních služeb\n\nOpatření 1.1 bylo splněno.',
  ])('%s', (text) => expect(kind(text)).toBe('other'));

  it.each([
    // negative twins: the plan itself, which holds an analysis or cites a survey
    'Komunitní plán sociálních služeb města Vimperk 2025–2027\n\nAnalýza dotazníkového šetření\n\nPriorita 1: Senioři\nOpatření 1.1: Rozšířit pečovatelskou službu.',
    'Střednědobý plán rozvoje sociálních služeb na období 2025–2027\n\nPlán vychází z analýzy potřeb a z dotazníkového šetření mezi uživateli.\n\nPriorita 1: Terénní služby',
  ])('%s', (text) => expect(kind(text)).toBe('plan'));
});
