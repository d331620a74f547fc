import lunr from 'lunr';

/**
 * The query engine: lunr builds the index (our Czech tokenizer and pipeline, lunr's BM25 field vectors),
 * then its field vectors are turned into columnar postings, and queries run on those with lunr's
 * semantics — +required, -prohibited, prefix* and word~N as lunr has them — and BM25F scores: the sum,
 * over query terms and fields, of the BM25 weight lunr computed times the term's boost. (lunr divides
 * each field's dot product by the field vector's magnitude: that cancels the field boosts and lets a
 * common word in a short field outrank a rare word in a long body; measured in scripts/relevance.mjs.)
 *
 * Why not lunr's own query path: on 10,000 documents it walks every matching document's whole field
 * vector and makes a MatchData object per match (measured: p95 ≫ 20 ms, heap > 500 MB). Here a posting
 * is a document number and a weight in typed arrays, so a query is an addition per posting, and the
 * index is a few typed arrays instead of millions of objects.
 */

export interface EngineClause {
  term: string;
  fields?: readonly string[];
  presence: 'optional' | 'required' | 'prohibited';
  boost?: number;
  prefix?: boolean;
  editDistance?: number;
}

/** Columnar postings of one lunr index. */
export interface Engine {
  fields: string[];
  /** document number → ref (record id) */
  refs: string[];
  /** sorted index terms; a term's number is its place here */
  terms: string[];
  /** per field: postings of term t are [offsets[t], offsets[t + 1]) of docs and weights */
  offsets: Uint32Array[];
  docs: Uint32Array[];
  /** the term's BM25 weight in the document's field (lunr's field vector entry: idf, saturated tf, length, field boost) */
  weights: Float32Array[];
  /**
   * Term positions: each document's term numbers in text order, per field of `sequenceFields`, at
   * [offsets[d], offsets[d + 1]) of terms, with where each stands in the field's text (start, length;
   * a length over 255 is kept as 255) — for phrases and highlights.
   */
  sequenceFields: string[];
  sequenceOffsets: Uint32Array[];
  sequenceTerms: Uint32Array[];
  sequenceStarts: Uint32Array[];
  sequenceLengths: Uint8Array[];
}

/** Adds the documents' terms in order with their positions (as the tokenizer saw them while building) to an engine. */
export function addSequences(
  e: Engine,
  byRef: ReadonlyMap<string, Record<string, { terms: string[]; starts: number[]; lengths: number[] }>>,
  fields: readonly string[],
): void {
  const ids = new Map(e.terms.map((t, i) => [t, i]));
  e.sequenceFields = [...fields];
  e.sequenceOffsets = [];
  e.sequenceTerms = [];
  e.sequenceStarts = [];
  e.sequenceLengths = [];
  for (const field of fields) {
    const offsets = new Uint32Array(e.refs.length + 1);
    e.refs.forEach((ref, d) => (offsets[d + 1] = offsets[d] + (byRef.get(ref)?.[field]?.terms.length ?? 0)));
    const total = offsets[e.refs.length];
    const terms = new Uint32Array(total);
    const starts = new Uint32Array(total);
    const lengths = new Uint8Array(total);
    e.refs.forEach((ref, d) => {
      const seen = byRef.get(ref)?.[field];
      if (!seen) return;
      for (let i = 0; i < seen.terms.length; i++) {
        terms[offsets[d] + i] = ids.get(seen.terms[i]) ?? 0xffffffff;
        starts[offsets[d] + i] = seen.starts[i];
        lengths[offsets[d] + i] = Math.min(255, seen.lengths[i]);
      }
    });
    e.sequenceOffsets.push(offsets);
    e.sequenceTerms.push(terms);
    e.sequenceStarts.push(starts);
    e.sequenceLengths.push(lengths);
  }
}

/** Where a document's field holds any of these terms: [start, end) into the field's text, with the term. */
export function termPositions(
  shard: PreparedShard,
  field: string,
  d: number,
  terms: Iterable<string>,
): Array<{ start: number; end: number; term: string }> | undefined {
  const e = shard.engine;
  const f = e.sequenceFields.indexOf(field);
  if (f < 0) return undefined;
  const wanted = new Map<number, string>();
  for (const t of terms) {
    const id = shard.termIds.get(t);
    if (id !== undefined) wanted.set(id, t);
  }
  const out: Array<{ start: number; end: number; term: string }> = [];
  const ids = e.sequenceTerms[f];
  for (let i = e.sequenceOffsets[f][d]; i < e.sequenceOffsets[f][d + 1]; i++) {
    const term = wanted.get(ids[i]);
    if (term !== undefined) out.push({ start: e.sequenceStarts[f][i], end: e.sequenceStarts[f][i] + e.sequenceLengths[f][i], term });
  }
  return out;
}

/** Whether a document's field holds these terms in a row. */
export function hasSequence(shard: PreparedShard, field: string, d: number, seq: readonly string[]): boolean | undefined {
  const e = shard.engine;
  const f = e.sequenceFields.indexOf(field);
  if (f < 0) return undefined;
  const want: number[] = [];
  for (const t of seq) {
    const id = shard.termIds.get(t);
    if (id === undefined) return false;
    want.push(id);
  }
  const terms = e.sequenceTerms[f];
  const end = e.sequenceOffsets[f][d + 1] - want.length;
  outer: for (let i = e.sequenceOffsets[f][d]; i <= end; i++) {
    for (let j = 0; j < want.length; j++) if (terms[i + j] !== want[j]) continue outer;
    return true;
  }
  return false;
}

export interface PreparedShard {
  engine: Engine;
  termIds: Map<string, number>;
  docIds: Map<string, number>;
  /** built on the first fuzzy query */
  tokenSet?: lunr.TokenSet;
}

interface LunrInternals {
  fields: string[];
  fieldVectors: Record<string, { elements: number[] }>;
  invertedIndex: Record<string, { _index: number }>;
}

/** lunr's TokenSet constructors its type declarations lack */
interface TokenSetStatics {
  fromString(s: string): lunr.TokenSet;
  fromFuzzyString(s: string, editDistance: number): lunr.TokenSet;
  fromArray(terms: string[]): lunr.TokenSet;
}

/** Columnar postings from a built (or loaded) lunr index. */
export function engineFromLunr(index: lunr.Index): Engine {
  const raw = index as unknown as LunrInternals;
  const fields = raw.fields;
  const terms = Object.keys(raw.invertedIndex).sort();
  const byLunrIndex = new Uint32Array(terms.length);
  terms.forEach((t, i) => (byLunrIndex[raw.invertedIndex[t]._index] = i));
  const refs: string[] = [];
  const docNo = new Map<string, number>();
  const vectors: Array<Array<{ doc: number; elements: number[] }>> = fields.map(() => []);
  const fieldNo = new Map(fields.map((f, i) => [f, i]));
  for (const [fieldRef, vector] of Object.entries(raw.fieldVectors)) {
    const slash = fieldRef.indexOf('/');
    const f = fieldNo.get(fieldRef.slice(0, slash))!;
    const ref = fieldRef.slice(slash + 1);
    let d = docNo.get(ref);
    if (d === undefined) {
      d = refs.length;
      refs.push(ref);
      docNo.set(ref, d);
    }
    vectors[f].push({ doc: d, elements: vector.elements });
  }
  const offsets: Uint32Array[] = [];
  const docs: Uint32Array[] = [];
  const weights: Float32Array[] = [];
  for (let f = 0; f < fields.length; f++) {
    const list = vectors[f].sort((a, b) => a.doc - b.doc);
    const counts = new Uint32Array(terms.length + 1);
    for (const v of list) for (let i = 0; i < v.elements.length; i += 2) counts[byLunrIndex[v.elements[i]] + 1]++;
    for (let t = 0; t < terms.length; t++) counts[t + 1] += counts[t];
    const fill = counts.slice(0, terms.length);
    const total = counts[terms.length];
    const fd = new Uint32Array(total);
    const fw = new Float32Array(total);
    for (const v of list) {
      for (let i = 0; i < v.elements.length; i += 2) {
        const t = byLunrIndex[v.elements[i]];
        const at = fill[t]++;
        fd[at] = v.doc;
        fw[at] = v.elements[i + 1];
      }
    }
    offsets.push(counts);
    docs.push(fd);
    weights.push(fw);
  }
  return {
    fields, refs, terms, offsets, docs, weights,
    sequenceFields: [], sequenceOffsets: [], sequenceTerms: [], sequenceStarts: [], sequenceLengths: [],
  };
}

export function prepareEngine(engine: Engine): PreparedShard {
  return {
    engine,
    termIds: new Map(engine.terms.map((t, i) => [t, i])),
    docIds: new Map(engine.refs.map((r, i) => [r, i])),
  };
}

/** Term numbers a clause reaches: itself, or its expansions by prefix (binary search) or edit distance (lunr's TokenSet). */
export function expandTerm(shard: PreparedShard, clause: EngineClause): number[] {
  const { terms } = shard.engine;
  if (clause.editDistance) {
    const sets = lunr.TokenSet as unknown as TokenSetStatics;
    shard.tokenSet ??= sets.fromArray(terms);
    const pattern = sets.fromFuzzyString(clause.prefix ? `${clause.term}*` : clause.term, clause.editDistance);
    return shard.tokenSet.intersect(pattern).toArray().map((t) => shard.termIds.get(t)!).filter((t) => t !== undefined);
  }
  if (!clause.prefix) {
    const id = shard.termIds.get(clause.term);
    return id === undefined ? [] : [id];
  }
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid] < clause.term) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let t = lo; t < terms.length && terms[t].startsWith(clause.term); t++) out.push(t);
  return out;
}

/** Scores of the documents matching the clauses (lunr's presence rules), by document number. */
export function runQuery(shard: PreparedShard, clauses: readonly EngineClause[]): Map<number, number> {
  const e = shard.engine;
  const n = e.refs.length;
  const scores = new Float64Array(n);
  const seen = new Uint8Array(n);
  const banned = new Uint8Array(n);
  const touched: number[] = [];
  let requiredClauses = 0;
  let requiredHits: Uint16Array | undefined;
  let lastClause: Int32Array | undefined;
  let anyPositive = false;
  clauses.forEach((clause, c) => {
    const fieldNos = (clause.fields ?? e.fields).map((f) => e.fields.indexOf(f)).filter((f) => f >= 0);
    const boost = clause.boost ?? 1;
    const required = clause.presence === 'required';
    if (required) {
      requiredClauses++;
      requiredHits ??= new Uint16Array(n);
      lastClause ??= new Int32Array(n).fill(-1);
    }
    if (clause.presence !== 'prohibited') anyPositive = true;
    for (const t of expandTerm(shard, clause)) {
      for (const f of fieldNos) {
        const docs = e.docs[f];
        const weights = e.weights[f];
        const end = e.offsets[f][t + 1];
        for (let p = e.offsets[f][t]; p < end; p++) {
          const d = docs[p];
          if (clause.presence === 'prohibited') {
            banned[d] = 1;
            continue;
          }
          if (!seen[d]) {
            seen[d] = 1;
            touched.push(d);
          }
          scores[d] += boost * weights[p];
          if (required && lastClause![d] !== c) {
            lastClause![d] = c;
            requiredHits![d]++;
          }
        }
      }
    }
  });
  const out = new Map<number, number>();
  if (!anyPositive) {
    // only prohibited clauses: every other document, unscored (as lunr does)
    for (let d = 0; d < n; d++) if (!banned[d]) out.set(d, 0);
    return out;
  }
  for (const d of touched) {
    if (banned[d] || (requiredClauses && requiredHits![d] !== requiredClauses)) continue;
    out.set(d, Math.round(scores[d] * 1000) / 1000);
  }
  return out;
}

function hasPosting(e: Engine, f: number, t: number, d: number): boolean {
  const docs = e.docs[f];
  let lo = e.offsets[f][t];
  let hi = e.offsets[f][t + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid] === d) return true;
    if (docs[mid] < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** For one hit: the index terms it matched, each with the fields it matched in. */
export function matchedTerms(shard: PreparedShard, clauses: readonly EngineClause[], d: number): Map<string, string[]> {
  const e = shard.engine;
  const out = new Map<string, string[]>();
  for (const clause of clauses) {
    if (clause.presence === 'prohibited') continue;
    for (const t of expandTerm(shard, clause)) {
      for (const field of clause.fields ?? e.fields) {
        const f = e.fields.indexOf(field);
        if (f < 0 || !hasPosting(e, f, t, d)) continue;
        const list = out.get(e.terms[t]) ?? [];
        if (!list.includes(field)) list.push(field);
        out.set(e.terms[t], list);
      }
    }
  }
  return out;
}

/** Whether the index holds a term in a document's field. */
export function hasTerm(shard: PreparedShard, term: string, field: string, d: number): boolean {
  const t = shard.termIds.get(term);
  const f = shard.engine.fields.indexOf(field);
  return t !== undefined && f >= 0 && hasPosting(shard.engine, f, t, d);
}

// ---- on disk: engine-N.json (fields, refs, terms, array lengths) and engine-N.bin (the arrays, 4-byte aligned)

export function engineToFiles(e: Engine): { json: string; bin: Buffer } {
  // 4-byte arrays first, the byte arrays last, so every view is aligned
  const arrays = [
    ...e.fields.flatMap((_, f) => [e.offsets[f], e.docs[f], e.weights[f]]),
    ...e.sequenceFields.flatMap((_, f) => [e.sequenceOffsets[f], e.sequenceTerms[f], e.sequenceStarts[f]]),
    ...e.sequenceLengths,
  ];
  const json = JSON.stringify({
    fields: e.fields, refs: e.refs, terms: e.terms, sequenceFields: e.sequenceFields, lengths: arrays.map((a) => a.length),
  });
  const bin = Buffer.concat(arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
  return { json, bin };
}

export function engineFromFiles(json: string, bin: Buffer): Engine {
  const head = JSON.parse(json) as { fields: string[]; refs: string[]; terms: string[]; sequenceFields: string[]; lengths: number[] };
  // an aligned copy: a Buffer read from disk may start at any byte of its pool
  const buffer = new ArrayBuffer(bin.byteLength);
  new Uint8Array(buffer).set(bin);
  let at = 0;
  let n = 0;
  const view = <T extends { byteLength: number }>(make: new (b: ArrayBuffer, o: number, l: number) => T): T => {
    const v = new make(buffer, at, head.lengths[n++]);
    at += v.byteLength;
    return v;
  };
  const e: Engine = {
    fields: head.fields, refs: head.refs, terms: head.terms, offsets: [], docs: [], weights: [],
    sequenceFields: head.sequenceFields, sequenceOffsets: [], sequenceTerms: [], sequenceStarts: [], sequenceLengths: [],
  };
  for (const _ of head.fields) {
    e.offsets.push(view(Uint32Array));
    e.docs.push(view(Uint32Array));
    e.weights.push(view(Float32Array));
  }
  for (const _ of head.sequenceFields) {
    e.sequenceOffsets.push(view(Uint32Array));
    e.sequenceTerms.push(view(Uint32Array));
    e.sequenceStarts.push(view(Uint32Array));
  }
  for (const _ of head.sequenceFields) e.sequenceLengths.push(view(Uint8Array));
  if (at !== bin.byteLength) throw new Error(`engine file of ${bin.byteLength} bytes, expected ${at}`);
  return e;
}
