/**
 * Target groups of social services, each with the patterns that name it in any case. The name is the
 * nominative plural that community plans use. Used by extractors/fields/target-groups.ts.
 */
export const TARGET_GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['senioři', /(?<![\p{L}])senio(?:ři|r|rů|rům|ry|rech|rky|rek|rkám|rkami|rská|rské|rských|rského)(?![\p{L}])/giu],
  ['osoby se zdravotním postižením', /(?<![\p{L}])(?:(?:osob\p{L}*|lid\p{L}*|občan\p{L}*|dět\p{L}*) (?:se|s) zdravotním postižením|zdravotně postižen\p{L}*|OZP)(?![\p{L}])/gu],
  ['osoby s mentálním postižením', /(?<![\p{L}])(?:(?:osob\p{L}*|lid\p{L}*|dět\p{L}*) s (?:mentálním|intelektovým) postižením|mentálně postižen\p{L}*)(?![\p{L}])/giu],
  ['osoby s duševním onemocněním', /(?<![\p{L}])(?:(?:osob\p{L}*|lid\p{L}*) s (?:(?:dlouhodobým|chronickým|vážným) )?duševním onemocněním|duševně nemocn\p{L}*)(?![\p{L}])/giu],
  ['osoby s tělesným postižením', /(?<![\p{L}])(?:osob\p{L}*|lid\p{L}*) s tělesným postižením(?![\p{L}])/giu],
  ['osoby se smyslovým postižením', /(?<![\p{L}])(?:(?:osob\p{L}*|lid\p{L}*) se smyslovým postižením|nevidom\p{L}*|neslyšíc\p{L}*)(?![\p{L}])/giu],
  ['rodiny s dětmi', /(?<![\p{L}])rodin(?:y|a|ám|ami|ách|u|ě)? s dětmi(?![\p{L}])|(?<![\p{L}])rodin(?:a|y), děti a mládež(?![\p{L}])/giu],
  ['děti a mládež', /(?<![\p{L}])(?:dět(?:i|í|em|mi)|mladist\p{L}*) a mládež(?:e|i)?(?![\p{L}])/giu],
  ['osoby ohrožené sociálním vyloučením', /(?<![\p{L}])(?:ohrožen\p{L}* sociálním vyloučením|sociálně vyloučen\p{L}*|sociálním vyloučením ohrožen\p{L}*)(?![\p{L}])/giu],
  ['osoby bez přístřeší', /(?<![\p{L}])(?:bez přístřeší|bez domova|bezdomovc\p{L}*|bezdomovec)(?![\p{L}])/giu],
  ['osoby ohrožené závislostí', /(?<![\p{L}])(?:ohrožen\p{L}* závislost\p{L}*|závisl\p{L}* na návykových látkách|uživatel\p{L}* (?:návykových látek|drog)|drogově závisl\p{L}*)(?![\p{L}])/giu],
  ['osoby v krizi', /(?<![\p{L}])(?:osob\p{L}*|lid\p{L}*) v (?:přechodné |akutní )?(?:krizi|krizové situaci|nepříznivé sociální situaci)(?![\p{L}])/giu],
  ['oběti domácího násilí', /(?<![\p{L}])(?:oběti|obětem|obětí|ohrožen\p{L}*) (?:domácího násilí|domácím násilím|trestných činů)(?![\p{L}])/giu],
  ['etnické menšiny', /(?<![\p{L}])(?:etnick\p{L}* menšin\p{L}*|národnostn\p{L}* menšin\p{L}*|Rom(?:ové|ů|y|ům|ech|ská|ské|ských|ským))(?![\p{L}])/gu],
  ['cizinci', /(?<![\p{L}])(?:cizinc\p{L}*|cizinec|migrant\p{L}*|azylant\p{L}*)(?![\p{L}])/giu],
  ['pečující osoby', /(?<![\p{L}])(?:neformální\p{L}* pečovatel\p{L}*|pečující\p{L}*(?: osob\p{L}*)?|pečujíc\p{L}* rodin\p{L}*)(?![\p{L}])/giu],
  ['nezaměstnaní', /(?<![\p{L}])(?:nezaměstnan\p{L}*|uchazeč\p{L}* o zaměstnání)(?![\p{L}])/giu],
  ['pěstounské rodiny', /(?<![\p{L}])(?:pěstoun\p{L}*|náhradní\p{L}* rodin\p{L}*)(?![\p{L}])/giu],
];
