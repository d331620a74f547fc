import { describe, expect, it } from 'vitest';
import { placesExtractor as places } from '../../extractors/fields/places.js';
import { declineName, regionForms } from '../../extractors/czech/places-morphology.js';
import { gazetteer } from '../../extractors/czech/places-gazetteer.js';
import { run } from './field-helpers.js';

const names = (text: string) => run(places, text).map((p) => p.name);
const only = (text: string, expected: Record<string, unknown>) => {
  const items = run(places, text);
  expect(items, text).toHaveLength(1);
  expect(items[0]).toMatchObject(expected);
};

describe('places: declined forms back to the official nominative', () => {
  it.each([
    ['Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji', 'Ústecký kraj', 'kraj'],
    ['Krajský úřad Ústeckého kraje', 'Ústecký kraj', 'kraj'],
    ['spolupráce s Ústeckým krajem', 'Ústecký kraj', 'kraj'],
    ['v sídle Krajského úřadu Moravskoslezského kraje', 'Moravskoslezský kraj', 'kraj'],
    ['plán ve Středočeském kraji', 'Středočeský kraj', 'kraj'],
    ['Podpora sociálních služeb v Jihočeském kraji', 'Jihočeský kraj', 'kraj'],
    ['služby v Kraji Vysočina', 'Kraj Vysočina', 'kraj'],
    ['sociální služby v ústeckém kraji', 'Ústecký kraj', 'kraj'],
    ['senioři na Vysočině', 'Kraj Vysočina', 'kraj'],
    ['Komunitní plánování ve Strakonicích', 'Strakonice', 'obec'],
    ['Setkání proběhlo v Liberci.', 'Liberec', 'obec'],
    ['Komunitní plánování v Teplicích', 'Teplice', 'obec'],
    ['v budově Magistrátu města Olomouce', 'Olomouc', 'obec'],
    ['V Ostravě 9. března 2020', 'Ostrava', 'obec'],
    ['pobočka ve Frýdku-Místku', 'Frýdek-Místek', 'obec'],
    ['plán v Českých Budějovicích', 'České Budějovice', 'obec'],
    ['lázně v Karlových Varech', 'Karlovy Vary', 'obec'],
    ['nemocnice v Hradci Králové', 'Hradec Králové', 'obec'],
    ['úřad v Mladé Boleslavi', 'Mladá Boleslav', 'obec'],
    ['pracoviště v Havlíčkově Brodě', 'Havlíčkův Brod', 'obec'],
    ['jednání v Plzni', 'Plzeň', 'obec'],
    ['kancelář v Brně', 'Brno', 'obec'],
    ['setkání v Kutné Hoře', 'Kutná Hora', 'obec'],
    ['poradna v Kroměříži', 'Kroměříž', 'obec'],
    ['Centrum komunitní práce v Ústí nad Labem', 'Ústí nad Labem', 'obec'],
    ['v Praze', 'Praha', 'obec'],
    ['Komunitní plánování v obci Žádovice', 'Žádovice', 'obec'],
  ])('%s → %s (%s)', (text, name, level) => {
    only(text, { name, level });
  });

  it('reads the level the text gives: ORP, SO ORP, správní obvod, okres, region words', () => {
    only('Střednědobý plán pro ORP Strakonice', { name: 'Strakonice', level: 'orp', code: '3111', kraj: 'Jihočeský kraj' });
    only('Tvorba komunitního plánu péče pro SO ORP Ústí nad Labem', { name: 'Ústí nad Labem', level: 'orp' });
    only('ve správním obvodu ORP Děčín', { name: 'Děčín', level: 'orp' });
    only('okres Děčín bude rozdělen', { name: 'Děčín', level: 'okres' });
    only('Komunitní plánování sociálních služeb na Kroměřížsku 2018 – 2019', { name: 'Kroměříž', level: 'orp' });
  });

  it('gives one item per name, at the level most mentions state', () => {
    const items = run(places, 'Správní obvod ORP Strakonice. Plán pro ORP Strakonice. Město Strakonice a partner www.strakonice.eu.');
    expect(items.map((p) => p.name)).toEqual(['Strakonice']);
    expect(items[0].level).toBe('orp');
  });

  it('reads names in capitals in a heading', () => {
    expect(names('KOMUNITNÍ PLÁN PÉČE SO ORP ÚSTÍ NAD LABEM 2018 – 2021')).toEqual(['Ústí nad Labem']);
    expect(names('KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB REGIONU LIBEREC - ŘÍDICÍ PRACOVNÍ SKUPINA')).toEqual(['Liberec']);
  });

  it('carries the kraj of every place for search filters', () => {
    const items = run(places, 'Plán statutárního města Liberec, Krajský úřad Libereckého kraje a Centrum komunitní práce v Ústí nad Labem.');
    expect(items.map((p) => [p.name, p.kraj])).toEqual([
      ['Liberec', 'Liberecký kraj'],
      ['Liberecký kraj', 'Liberecký kraj'],
      ['Ústí nad Labem', 'Ústecký kraj'],
    ]);
  });
});

describe('places: Prague and its districts', () => {
  it.each([
    ['na území MČ Praha 17', 'Praha 17'],
    ['v zasedací místnosti ÚMČ Praha 17', 'Praha 17'],
    ['Strategický plán rozvoje městské části Praha 17', 'Praha 17'],
    ['úřad v Praze 4', 'Praha 4'],
    ['Městská část Praha-Zličín', 'Praha-Zličín'],
  ])('%s → %s', (text, name) => {
    only(text, { name, level: 'mestska-cast', kraj: 'Hlavní město Praha' });
  });

  it('reads "V Praze 9. března" as Praha and a date, not the district Praha 9', () => {
    only('V Praze 9. března 2020', { name: 'Praha', level: 'obec' });
    only('V Praze 1.9.2017', { name: 'Praha', level: 'obec' });
  });

  it('does not read a district out of a word that only contains Praha', () => {
    expect(names('organizace RomPraha, z.s., nabízí služby')).toEqual([]);
  });
});

describe('places: abbreviations of kraje', () => {
  it.each([
    ['Odbor sociálních věcí MSK', 'Moravskoslezský kraj'],
    ['dotace JMK pro rok 2020', 'Jihomoravský kraj'],
    ['KÚ ÚK svolal jednání', 'Ústecký kraj'],
    ['KÚ LK zveřejnil výzvu', 'Liberecký kraj'],
  ])('%s → %s', (text, name) => {
    only(text, { name, level: 'kraj' });
  });
});

describe('places: addresses and lists of villages', () => {
  it('reads the obec of an address with PSČ, not the street', () => {
    only('Adresa: Archiváře Teplého 102, 387 06 Malenice', { name: 'Malenice', level: 'obec', code: '551384', kraj: 'Jihočeský kraj' });
  });

  it('continues a list after "obce"', () => {
    expect(names('Plánování se zúčastnily obce Vřesovice, Žádovice a Nechvalín.')).toEqual(['Vřesovice', 'Žádovice', 'Nechvalín']);
  });

  it('reads a column of village names, one a line or a table cell', () => {
    expect(names('Obce ORP:\nBavorov\nBělčice\nČestice\n\nText dále.')).toEqual(['Bavorov', 'Bělčice', 'Čestice']);
    expect(names('Obec\tPočet obyvatel\nVřesovice\t500\nŽádovice\t600\nVlkoš\t700')).toEqual(['Vřesovice', 'Žádovice', 'Vlkoš']);
  });

  it('resolves a name several obce share by the other places of the document', () => {
    const items = run(places, 'Komunitní plánování v obci Vlkoš. Komunitní plánování v obci Žádovice.');
    expect(items.find((p) => p.name === 'Vlkoš')).toMatchObject({ kraj: 'Jihomoravský kraj', code: '586749' });
    const north = run(places, 'Setkání v obci Vlkoš, okres Přerov.');
    expect(north.find((p) => p.name === 'Vlkoš')).toMatchObject({ kraj: 'Olomoucký kraj' });
  });

  it('resolves "Nová Ves" by the kraj the text names', () => {
    const items = run(places, 'Obec Nová Ves leží v Ústeckém kraji.');
    expect(items.find((p) => p.name === 'Nová Ves')).toMatchObject({ kraj: 'Ústecký kraj', level: 'obec' });
  });
});

describe('places: morphology and the gazetteer', () => {
  it.each([
    ['Teplice', ['Teplic', 'Teplicích', 'Teplicím', 'Teplicemi']],
    ['Liberec', ['Liberce', 'Liberci', 'Libercem']],
    ['Děčín', ['Děčína', 'Děčíně', 'Děčínem']],
    ['Praha', ['Prahy', 'Praze', 'Prahou']],
    ['Ostrava', ['Ostravy', 'Ostravě', 'Ostravou']],
    ['Kroměříž', ['Kroměříže', 'Kroměříži']],
    ['Plzeň', ['Plzně', 'Plzni', 'Plzní']],
    ['Brno', ['Brna', 'Brně', 'Brnem']],
    ['Blansko', ['Blanska', 'Blansku']],
    ['Louny', ['Loun', 'Lounech']],
    ['Ústí nad Labem', ['Ústím nad Labem']],
    ['Frýdek-Místek', ['Frýdku-Místku', 'Frýdkem-Místkem']],
    ['České Budějovice', ['Českých Budějovic', 'Českých Budějovicích', 'Českými Budějovicemi']],
    ['Nové Město na Moravě', ['Nového Města na Moravě', 'Novém Městě na Moravě']],
    ['Hradec Králové', ['Hradce Králové', 'Hradci Králové']],
    ['Slaný', ['Slaného', 'Slaném']],
    ['Karviná', ['Karviné', 'Karvinou']],
    ['Třeboň', ['Třeboně', 'Třeboni']],
    ['Dvůr Králové nad Labem', ['Dvora Králové nad Labem', 'Dvoře Králové nad Labem']],
    ['Šumperk', ['Šumperka', 'Šumperku']],
    ['Ústecký Kraj', ['Ústeckého Kraje', 'Ústeckém Kraji', 'Ústeckým Krajem']],
  ])('%s declines to %j', (name, forms) => {
    const all = declineName(name);
    for (const f of forms) expect(all).toContain(f);
  });

  it('reads irregular region words', () => {
    expect(names('služby na Brněnsku, Ústecku a Mostecku')).toEqual(['Brno', 'Ústí nad Labem', 'Most']);
    expect(names('poskytovatelé z Olomoucka')).toEqual(['Olomouc']);
  });

  it('derives region words of towns', () => {
    expect(regionForms('Kroměříž')).toContain('Kroměřížsku');
    expect(regionForms('Teplice')).toContain('Teplicko');
    expect(regionForms('Liberec')).toContain('Liberecku');
    expect(regionForms('Brno')).toEqual([]);
  });

  it('builds once and knows every level', () => {
    const g = gazetteer();
    expect(gazetteer()).toBe(g);
    expect(g.forms.get('Ústeckém kraji')?.[0]).toMatchObject({ name: 'Ústecký kraj', hint: 'kraj' });
    expect(g.forms.get('Strakonicích')?.[0]).toMatchObject({ name: 'Strakonice' });
    expect(g.buildMs).toBeLessThan(5000);
  });
});

describe('places: names in a coordinated list', () => {
  it.each([
    // a town that is also a word ("Hranice") and a village, in a list with a name that is a place by itself
    ['Projekt podpořily mimo jiné Hranice, Lipník nad Bečvou a Potštát.', ['Hranice', 'Lipník nad Bečvou', 'Potštát']],
    // the known place last: the list reaches back to the names before it
    ['Písek a Strakonice připravují společný katalog.', ['Písek', 'Strakonice']],
    // no known place, but an obec word introduces the list
    ['Služba jezdí i do menších obcí, třeba Kovářská nebo Měděnec.', ['Kovářská', 'Měděnec']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // negative twins: a lone common word in prose, and a list of common words with no place and no obec word
    'Hranice mezi službami nejsou ostré.',
    'Most a Tábor jsou častá slova v názvech organizací.',
    'Organizace Most k naději otevřela poradnu.',
  ])('none in "%s"', (text) => expect(names(text)).toEqual([]));

  it('does not reach over a sentence for an obec word', () => {
    expect(names('Zapojily se obce. Kovářská nebo Měděnec jsou slova.')).toEqual([]);
  });
});

describe('places: street names and historical names are not places', () => {
  it.each([
    ['Městský úřad, náměstí Jiřího z Poděbrad 12, 130 00 Praha 3', ['Praha 3']],
    ['Sídlo: nám. T. G. Masaryka 1, 796 01 Prostějov', ['Prostějov']],
    ['Adresa: náměstí 28. října 1, 695 01 Hodonín', ['Hodonín']],
    ['Poradna sídlí v ulici Krále Jiřího z Poděbrad.', []],
    ['Gymnázium Jana z Rokycan pořádá den otevřených dveří.', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // negative twins: the place after a street name, a person from a place, the place itself
    ['Kancelář je na náměstí Míru v Kaplici.', ['Kaplice']],
    ['Přednášela Jana Nováková z Poděbrad.', ['Poděbrady']],
    ['Setkání proběhlo v Poděbradech.', ['Poděbrady']],
    ['Náměstí Krále Jiřího z Poděbrad bylo opraveno. Poděbrady jsou lázně.', ['Poděbrady']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('places: abbreviated street words', () => {
  it.each([
    ['Poradna, nábř. Karla ze Žerotína 4, 787 01 Šumperk', ['Šumperk']],
    ['Klub, tř. Jana z Kolovrat 3, Šumperk', ['Šumperk']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('places: names inside the name of an organisation or a facility', () => {
  it.each([
    ['Aktivity pro děti pořádá Spolek Na Mostě v Chomutově.', ['Chomutov']],
    ['Klienti čekají na místo v Domově U Tábora.', []],
    ['Odlehčovací službu poskytuje Centrum Na Hluku.', []],
    ['Pobyt v zařízení Horní Staré Město je plně obsazen.', []],
    ['Klub Dolní Tábor zahájil činnost.', []],
    ['Azylový dům Pod Kolínem přijal nové klienty.', []],
    ['Terénní program zajišťuje Brno pro mladé, z. s., od ledna.', []],
    ['Služby poskytuje Kolín bez bariér, o. p. s.', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // negative twins: the same names with a real cue of place, and a town closing an organisation's name
    ['Setkání proběhlo na Mostě u řeky i v Mostě.', ['Most']],
    ['Klienti čekají na místo v domově v Táboře.', ['Tábor']],
    ['Denní stacionář ve Starém Městě je otevřen.', ['Staré Město']],
    ['Poradenství zajišťovalo Centrum sociálních služeb Jihlava.', ['Jihlava']],
    ['Staré Město hostilo setkání obcí.', ['Staré Město']],
    ['Azylový dům pod Kolínem přijal nové klienty.', ['Kolín']],
    ['Služby poskytuje Domov pro seniory Kolín, p. o.', ['Kolín']],
    ['Služby poskytuje spolek z Kolína pro mladé.', ['Kolín']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('places: the street line of an address', () => {
  it.each([
    ['Sídlo: Radnice Zlín, Štípa 210, 763 14 Zlín', ['Zlín']],
    ['Kontakt: Vsetín, Rokytnice 455, 755 01 Vsetín', ['Vsetín']],
    ['Poradna Benešov\nKonopiště 12/4\n256 01 Benešov', ['Benešov']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // negative twins: a village whose own name is its address, a name without a house number
    ['Obecní úřad, Malenice 45, 387 06 Malenice', ['Malenice']],
    ['Poradna působí i v obci Svárov, 3 km od Vsetína.', ['Svárov', 'Vsetín']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('places: short village names declined after a preposition', () => {
  it.each([
    ['Nejvíce odpovědí přišlo z Boru a z Plané.', ['Bor', 'Planá']],
    ['Pečovatelská služba působí v Boru.', ['Bor']],
    ['Nová dílna vznikla v Hluku.', ['Hluk']],
    ['Setkání proběhlo v Mostě.', ['Most']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // negative twins: the common nouns, in lower case or in the nominative without a cue
    ['Procházka vedla borovým lesem, v boru bylo ticho.', []],
    ['Bor je jehličnatý les.', []],
    ['Dub u cesty byl pokácen.', []],
    ['Ve hluku města se špatně soustředí.', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('places: "hl. m. Prahy" is the capital as its self-governing body', () => {
  it.each([
    ['Plán navazuje na plán sociálních služeb hl. m. Prahy na období 2025–2027.', ['Hlavní město Praha']],
    ['Dotaci poskytlo hl.m. Praha.', ['Hlavní město Praha']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // negative twins: the city itself, without the abbreviation
    ['Každý obyvatel Prahy může službu využít.', ['Praha']],
    ['Setkání proběhlo v Praze.', ['Praha']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});
