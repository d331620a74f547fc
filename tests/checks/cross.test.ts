import { describe, expect, it } from 'vitest';
import { runCrossChecks } from '../../checks/cross/index.js';
import { DEFAULT_LIMITS } from '../../corpus/limits.js';
import { processBytes } from '../../pipeline/process.js';
import { checkConfigSchema } from '../../schema/config.js';
import type { DocumentRecord } from '../../schema/index.js';

async function corpus(docs: Record<string, string>) {
  const records: DocumentRecord[] = [];
  const texts = new Map<string, string>();
  for (const [path, text] of Object.entries(docs)) {
    const p = await processBytes(Buffer.from(text), path, DEFAULT_LIMITS);
    if (!p.record || !p.text) throw new Error(`${path}: ${p.entry.reason}`);
    records.push(p.record);
    texts.set(p.record.id, p.text.text);
  }
  return { records, texts, config: checkConfigSchema.parse({}) };
}

const PROJECT = (total: string, period: string) => `Komunitní plánování sociálních služeb na Kroměřížsku

Registrační číslo projektu: CZ.03.2.63/0.0/0.0/16_063/0006520

Období realizace projektu: ${period}

Financování projektu:
celkové způsobilé náklady: ${total} Kč
`;

describe('cross-document checks', () => {
  it('registration-conflict: the same registration number with a different budget and period', async () => {
    const ctx = await corpus({
      'a.txt': PROJECT('2 000 625', '1. 10. 2017 – 30. 9. 2019'),
      'b.txt': PROJECT('2 100 625', '1. 10. 2017 – 30. 9. 2020'),
    });
    const flags = runCrossChecks(ctx).filter((f) => f.rule === 'registration-conflict');
    expect(flags.map((f) => f.message)).toEqual([
      'projekt CZ.03.2.63/0.0/0.0/16_063/0006520 má v různých dokumentech různé celkové náklady: 2 000 625 Kč × 2 100 625 Kč',
      'projekt CZ.03.2.63/0.0/0.0/16_063/0006520 má v různých dokumentech různou dobu realizace: 1. 10. 2017 – 30. 9. 2019 × 1. 10. 2017 – 30. 9. 2020',
    ]);
    expect(flags[0].documents.map((d) => d.path)).toEqual(['a.txt', 'b.txt']);
    const a = ctx.texts.get(flags[0].documents[0].id)!;
    const e = flags[0].documents[0].evidence[0];
    expect(a.slice(e.start, e.end)).toBe(e.text);
  });

  it('registration-conflict: not for agreeing documents', async () => {
    const ctx = await corpus({
      'a.txt': PROJECT('2 000 625', '1. 10. 2017 – 30. 9. 2019'),
      'b.txt': `Novinky\n\n${PROJECT('2 000 625', '1. 10. 2017 – 30. 9. 2019')}\nProjekt pokračuje.`,
    });
    expect(runCrossChecks(ctx).filter((f) => f.rule === 'registration-conflict')).toEqual([]);
  });

  it('plan-period-conflict: one town, the same plan, two periods in two documents', async () => {
    const ctx = await corpus({
      'plan.txt': 'Komunitní plán sociálních služeb města Teplice na období 2016 – 2020\n\nPlán schválilo zastupitelstvo města Teplice.',
      'news.txt': 'Zprávy z Teplic\n\nMěsto Teplice připravilo Komunitní plán sociálních služeb města Teplice na období 2016 – 2019.',
      'other.txt': 'Komunitní plán sociálních služeb města Kladno na období 2016 – 2019\n\nPlán schválilo zastupitelstvo města Kladno.',
    });
    const flags = runCrossChecks(ctx).filter((f) => f.rule === 'plan-period-conflict');
    expect(flags).toHaveLength(1);
    expect(flags[0].documents.map((d) => d.path)).toEqual(['plan.txt', 'news.txt']);
    expect(flags[0].message).toContain('2016 – 2020 × 2016 – 2019');
  });

  it('duplicate: the same text twice, and a near-duplicate, but not a different document', async () => {
    const body = Array.from({ length: 40 }, (_, i) => `Věta číslo ${i} o komunitním plánování sociálních služeb v obci.`).join(' ');
    const ctx = await corpus({
      'one.txt': `Zpráva\n\n${body}`,
      'two.txt': `Zpráva\n\n${body}  `.replace('Zpráva', 'ZPRÁVA'),
      'near.txt': `Zpráva\n\n${body} Doplněno o jednu větu na konci.`,
      'other.txt': `Jiný text\n\n${Array.from({ length: 40 }, (_, i) => `Odstavec ${i * 7} popisuje rozpočet kraje a dotace.`).join(' ')}`,
    });
    const flags = runCrossChecks(ctx).filter((f) => f.rule === 'duplicate');
    expect(flags).toHaveLength(1);
    expect(flags[0].documents.map((d) => d.path).sort()).toEqual(['near.txt', 'one.txt', 'two.txt']);
    expect(flags[0].message).toMatch(/^3 dokumenty jsou téměř shodné \(podobnost \d+ %\)$/);
    const exact = runCrossChecks({ ...ctx, records: ctx.records.filter((r) => r.source.path !== 'near.txt') }).filter((f) => f.rule === 'duplicate');
    expect(exact.map((f) => f.message)).toEqual(['2 dokumenty mají stejný text']);
  });
});
