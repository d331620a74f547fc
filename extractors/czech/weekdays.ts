import type { Weekday } from '../../schema/index.js';

/** Czech weekday names in their usual cases ("ve středu", "v pondělí", "ve čtvrtek"), lower case. */
const WEEKDAY_FORMS: Readonly<Record<Weekday, readonly string[]>> = {
  monday: ['pondělí', 'pondělím', 'pondělka'],
  tuesday: ['úterý', 'úterým', 'úterka'],
  wednesday: ['středa', 'středu', 'středě', 'středy', 'středou'],
  thursday: ['čtvrtek', 'čtvrtku', 'čtvrtka', 'čtvrtkem'],
  friday: ['pátek', 'pátku', 'pátka', 'pátkem'],
  saturday: ['sobota', 'sobotu', 'sobotě', 'soboty', 'sobotou'],
  sunday: ['neděle', 'neděli', 'nedělí'],
};

export const WEEKDAY_BY_FORM: ReadonlyMap<string, Weekday> = new Map(
  (Object.entries(WEEKDAY_FORMS) as [Weekday, readonly string[]][]).flatMap(([day, forms]) =>
    forms.map((f) => [f, day] as const)),
);

export const WEEKDAY_ALTERNATION: string = [...WEEKDAY_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|');

/** JavaScript's getUTCDay() order */
export const WEEKDAY_ORDER: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
