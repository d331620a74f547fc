import { describe, expect, it } from 'vitest';
import { buildGazetteer, deserializeGazetteer, gazetteerFingerprint, serializeGazetteer } from '../../extractors/czech/places-gazetteer.js';

// `npm run build` writes the gazetteer as JSON for the parsing workers to read instead of building it
describe('the prebuilt gazetteer', () => {
  const built = buildGazetteer();
  const fingerprint = gazetteerFingerprint();
  const json = serializeGazetteer(built, fingerprint);

  it('reads back as the gazetteer it was built from', () => {
    const read = deserializeGazetteer(json, fingerprint)!;
    expect(read.maxTokens).toBe(built.maxTokens);
    expect(read.lowerHeads).toEqual(built.lowerHeads);
    expect(read.prefixes).toEqual(built.prefixes);
    expect([...read.forms.keys()]).toEqual([...built.forms.keys()]);
    expect(read.forms).toEqual(built.forms);
    expect(read.upper).toEqual(built.upper);
    expect(read.forms.get('Ústí nad Labem')).toEqual(built.forms.get('Ústí nad Labem'));
    expect(read.forms.get('Kroměřížsku')?.[0]).toMatchObject({ name: 'Kroměříž', hint: 'orp', region: true });
  });

  it('shares each reading between the form and its capitals, as the built one does', () => {
    const read = deserializeGazetteer(json, fingerprint)!;
    expect(read.upper.get('ÚSTÍ NAD LABEM')![0]).toBe(read.forms.get('Ústí nad Labem')![0]);
  });

  it('is refused when it was built from other data or code', () => {
    expect(deserializeGazetteer(json, 'f'.repeat(64))).toBeUndefined();
    expect(gazetteerFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
