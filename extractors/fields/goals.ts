import type { Block, Goal } from '../../schema/index.js';
import {
  BULLET_PREFIX, COLON_CUT_WORDS, GOAL_ADJECTIVES, GOAL_HEADING, GOAL_SENTENCE_CUES, GOAL_INLINE_HEADING, GOAL_LIST_INTRO,
  GOAL_STATEMENT_CUES, MAX_GOAL_WORDS, MAX_SENTENCES_UNDER_HEADING, numberedGoal, numberedKind, type GoalKind,
} from '../czech/goal-cues.js';
import { evidenceAt, sentenceEnd, squeeze } from '../czech/field-spans.js';
import { fastMatchAll } from '../czech/fast-match.js';
import { wordBeforeMatchAll } from '../czech/word-before-match.js';
import { defineExtractor, type ExtractContext } from '../types.js';

/**
 * Goals `{text, kind}`: statements of aims quoted from the text, one per statement, cut at the end of the
 * sentence (or at a colon that opens an enumeration, or after MAX_GOAL_WORDS words).
 *   - statements: "Cílem … je …", "Hlavním cílem projektu je …", "Dílčím cílem …", "Záměrem …",
 *     "Předmětem projektu je …", "Projekt je zaměřen na …"
 *   - items under a goals heading ("Cíle:", "Cíl projektu:") or after a sentence introducing goals
 *     ("Jednotlivé oblasti jsou rozděleny do cílů:"): each bullet, or the first sentences of the paragraph
 *   - numbered priorities, measures and goals opening a line ("Priorita 1 – …", "Opatření 1.2 …"), the
 *     priorities and measures only in a document that states no aim otherwise (see `outlineOnly`)
 * Overlapping findings are kept once, the first-found (statements before list items). A heading or a line that
 * introduces a list ("Dílčími cíli jsou:", "Priority a opatření") is never a goal itself.
 */

interface Span { start: number; end: number }

export const goalsExtractor = defineExtractor({
  id: 'goals',
  field: 'goals',
  extract(ctx: ExtractContext): Goal[] {
    const { text } = ctx;
    const blocks = paragraphs(ctx);
    const out: Goal[] = [];
    /** goals stated in words: a cue statement, a numbered "Cíl 2: …", a goal on its heading line ("Cíl projektu: …") */
    let stated = 0;
    /** numbered priority and measure lines: the outline of a plan */
    const outline = new Set<Goal>();
    const add = (start: number, end: number, kind: GoalKind): Goal | undefined => {
      // trim white space, bullets' leftovers and a trailing comma or semicolon
      while (start < end && /[\s,;]/u.test(text[start])) start++;
      while (end > start && /[\s,;:]/u.test(text[end - 1])) end--;
      if (end - start < 3) return;
      if (out.some((g) => start < g.evidence.end && end > g.evidence.start)) return;
      const goal: Goal = { text: squeeze(text.slice(start, end)), kind, evidence: evidenceAt(text, start, end), extractor: 'goals' };
      out.push(goal);
      return goal;
    };

    const firstSentences = (from: number, limit: number, kind: GoalKind) => {
      // short lines without stops, one a goal ("1.1 Zachování stávajících služeb"), rather than a paragraph
      const lines = linesOf(text, { start: from, end: limit });
      if (lines.length >= 2 && lines.every((l) => isItemLine(text.slice(l.start, l.end)))) {
        for (const l of lines) if (!introducesList(text, l.start, l.end)) add(l.start, l.end, kind);
        return;
      }
      for (let n = 0; n < MAX_SENTENCES_UNDER_HEADING && from < limit; n++) {
        const end = statementEnd(text, from, limit);
        // "Dílčími cíli jsou:" introduces the list below it; the items are the goals (step 3)
        if (!introducesList(text, from, end)) add(from, end, kind);
        from = end;
        while (from < limit && /\s/u.test(text[from])) from++;
      }
    };

    // 1. statements opened by a cue
    const cues = GOAL_STATEMENT_CUES
      .flatMap(([re, baseKind, anchor]) => [...cueMatches(text, re, anchor)].map((m) => ({ m, baseKind })))
      .sort((a, b) => a.m.index! - b.m.index!);
    cues.forEach(({ m, baseKind }, k) => {
      const start = m.index!;
      const block = blockAt(blocks, start, text);
      const kind = baseKind === 'goal' ? adjectiveKind(m[0]) : baseKind;
      // a second cue in the same sentence ("Cílem je A; dalším cílem je B.") opens a statement of its own
      const nextCue = cues.slice(k + 1).find((c) => c.m.index! > start);
      const limit = quoteEnd(text, block.start, start, nextCue && nextCue.m.index! < block.end ? nextCue.m.index! : block.end);
      let end = statementEnd(text, start, limit);
      if (end === limit && limit !== block.end) {
        const tail = /[\s,;–-]*(?:\s(?:a|i|ale|přičemž))?[\s,;–-]*$/u.exec(text.slice(start, end));
        if (tail) end -= tail[0].length;
      }
      // "Cílem projektu je:" over a list: the list's items are the goals (step 3)
      if (/:\s*$/u.test(text.slice(start, end + 1)) && wordCount(text.slice(start + m[0].length, end)) < 2) return;
      if (add(start, end, kind)) stated++;
    });
    for (const [re, kind] of GOAL_SENTENCE_CUES) {
      for (const m of fastMatchAll(text, re)) {
        const block = blockAt(blocks, m.index!, text);
        const start = sentenceStart(text, block.start, m.index!);
        if (add(start, statementEnd(text, start, quoteEnd(text, block.start, start, block.end)), kind)) stated++;
      }
    }

    // 2. numbered priorities and measures, one a line
    const goalWordIn = goalWordSpans(text);
    for (const b of blocks) {
      if (!goalWordIn(b)) continue;
      for (const line of linesOf(text, b)) {
        const body = stripBullet(text, line);
        const m = numberedGoal(text.slice(body.start, body.end));
        if (!m) continue;
        const kind = numberedKind(m.groups!.label);
        const goal = add(body.start, statementEnd(text, body.start, body.end), kind);
        if (!goal) continue;
        if (kind === 'priority' || kind === 'measure') outline.add(goal);
        else stated++;
      }
    }

    // 3. goals under a heading or after a sentence that introduces them
    blocks.forEach((b, i) => {
      if (!goalWordIn(b)) return;
      const lines = linesOf(text, b);
      for (const line of lines) {
        const lt = text.slice(line.start, line.end);
        const inline = GOAL_INLINE_HEADING.exec(lt);
        if (!inline) continue;
        const from = line.start + inline[0].length;
        if (add(from, statementEnd(text, from, line.end), 'goal')) stated++;
      }
      const isBullet = (l: Span) => BULLET_PREFIX.test(text.slice(l.start, l.end));
      lines.forEach((line, k) => {
        const lt = text.slice(line.start, line.end).trim();
        // a menu item of a web page ("• Cíle projektu") is no heading over the items after it
        if (b.type === 'list-item') return;
        const heading = k === 0 && !/[.!?]$/u.test(lt) ? GOAL_HEADING.exec(lt) : null;
        const intro = heading ? null : GOAL_LIST_INTRO.exec(lastSentence(lt));
        if (!heading && !intro) return;
        const word = (heading ?? intro)!.groups!.word.toLowerCase();
        const kind: GoalKind = word.startsWith('priorit') ? 'priority' : 'goal';
        // the items: bullet lines right under it in its own block, then list items and bullet blocks after it
        const items: Span[] = [];
        // the rest of an item broken over lines (as PDF text breaks them): one line under an item that has not
        // ended, which goes on in lower case or has more items after it; it joins the item
        const wrapsOnto = (line: Span, nextIsItem: boolean) => {
          const last = items[items.length - 1];
          if (!last || ITEM_END.test(text.slice(last.start, last.end).trimEnd())) return false;
          if (!/^\p{Ll}/u.test(text.slice(line.start, line.end)) && !nextIsItem) return false;
          items[items.length - 1] = { start: last.start, end: line.end };
          return true;
        };
        let j = k + 1;
        for (; j < lines.length; j++) {
          if (isBullet(lines[j])) items.push(lines[j]);
          else if (text.slice(lines[j - 1].end, lines[j].start) !== '\n' || !wrapsOnto(lines[j], j + 1 < lines.length && isBullet(lines[j + 1]))) break;
        }
        if (j === lines.length) {
          const after = blocks.slice(i + 1);
          for (const [n, nb] of after.entries()) {
            if (nb.type === 'list-item') { items.push(nb); continue; }
            const nl = linesOf(text, nb);
            if (nl.every(isBullet)) { items.push(...nl); continue; }
            const oneLine = nb.type === 'paragraph' && !text.slice(nb.start, nb.end).includes('\n');
            if (oneLine && wrapsOnto(nb, after[n + 1]?.type === 'list-item')) continue;
            break;
          }
        }
        if (items.length) {
          for (const it of items) {
            const body = stripBullet(text, it);
            let end = statementEnd(text, body.start, body.end);
            // a list item's closing full stop is the list's, not part of the goal
            if (text[end - 1] === '.') end--;
            add(body.start, end, kind);
          }
          return;
        }
        if (!heading) return;
        // a heading over a paragraph: the first sentences of the rest of its block, or of the next block
        if (lines.length > 1) firstSentences(lines[1].start, b.end, kind);
        else if (blocks[i + 1] && blocks[i + 1].type !== 'heading') firstSentences(blocks[i + 1].start, blocks[i + 1].end, kind);
      });
    });

    return out.filter((g) => !outline.has(g) || outlineOnly(stated)).sort((a, b) => a.evidence.start - b.evidence.start);
  },
});

/** the end of a list item: a comma, semicolon, full stop, colon or the like */
const ITEM_END = /[,;.:!?]$/u;

/**
 * Whether a document's numbered priorities and measures ("Priorita 1: …", "Opatření 1.2 …") count as goals.
 * They are the outline of a plan. Where the plan states its aims in words, a statement ("Cílem je …"), a
 * numbered goal ("Cíl 2: …") or a goal on its heading line ("Cíl projektu: …"), the annotators quote those and read the outline lines as headings over them: the
 * dev gold has no priority or measure line among its goals, and a plan with "Cílem je …" under each measure, or
 * with measures under "Cíl n:" lines, has only the statements and the "Cíl n:" lines as goals. A plan that states
 * no aim otherwise has its priorities and measures as the only wording of what it wants: there they are goals,
 * with kind priority or measure.
 */
function outlineOnly(statedGoals: number): boolean {
  return statedGoals === 0;
}

/** The matches of a statement cue, as `text.matchAll(re)` gives them (faster: the cues open with a lookbehind). */
function cueMatches(text: string, re: RegExp, anchor: string | undefined): IterableIterator<RegExpExecArray> {
  return anchor === undefined ? fastMatchAll(text, re) : wordBeforeMatchAll(text, re, anchor);
}

/**
 * Words that NUMBERED_GOAL, GOAL_INLINE_HEADING, GOAL_HEADING and GOAL_LIST_INTRO each need (with their flags,
 * /iu): a block without any of them has no goal line or heading, and steps 2 and 3 pass it by. The words cannot
 * overlap one another, so one global search finds every occurrence.
 */
const GOAL_WORD = /cíl|záměr|priorit|opatření/giu;

/** Whether a span of `text` holds a GOAL_WORD (the occurrences found once per text). */
function goalWordSpans(text: string): (s: Span) => boolean {
  const at: number[] = [];
  for (const m of text.matchAll(GOAL_WORD)) at.push(m.index);
  return (s) => {
    // the first occurrence at or after s.start, by binary search
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && at[lo] < s.end;
  };
}

/** The paragraphs, headings and list items of the document; the whole text as one block when there are none. */
function paragraphs(ctx: ExtractContext): Block[] {
  const bs = ctx.doc.blocks.filter((b) => b.type !== 'table-cell');
  return bs.length ? bs : [{ type: 'paragraph', start: 0, end: ctx.text.length }];
}

/**
 * The block that holds `offset`, run on into the next paragraphs while a sentence breaks across them (a hard
 * line break of a PDF or a Word file: the block ends without a stop and the next one starts in lower case).
 */
function blockAt(blocks: Block[], offset: number, text?: string): Span {
  const i = blocks.findIndex((b) => b.start <= offset && offset < b.end);
  if (i < 0) return { start: offset, end: offset };
  let end = blocks[i].end;
  for (let j = i + 1; text && j < blocks.length && j <= i + 5; j++) {
    const nb = blocks[j];
    if (nb.type !== 'paragraph' || blocks[j - 1].type !== 'paragraph') break;
    if (/[.!?:;]\s*$/u.test(text.slice(blocks[j - 1].start, blocks[j - 1].end))) break;
    if (!/^\s*\p{Ll}/u.test(text.slice(nb.start, nb.end))) break;
    end = nb.end;
  }
  return { start: blocks[i].start, end };
}

function linesOf(text: string, b: Span): Span[] {
  const out: Span[] = [];
  let s = b.start;
  for (let i = b.start; i <= b.end; i++) {
    if (i === b.end || text[i] === '\n') {
      if (text.slice(s, i).trim()) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out.length ? out : [{ start: b.start, end: b.end }];
}

function stripBullet(text: string, s: Span): Span {
  const m = BULLET_PREFIX.exec(text.slice(s.start, s.end));
  return { start: s.start + (m ? m[0].length : 0), end: s.end };
}

/** A line that reads as one item of a list: short, opening with a capital or a number, without a stop inside. */
function isItemLine(line: string): boolean {
  const t = line.trim();
  return wordCount(t) <= 15 && /^[\p{Lu}\d]/u.test(t) && !/[.!?]\s+\p{Lu}/u.test(t) && !/[,;]$/u.test(t);
}

/**
 * A statement quoted from someone ("„Cílem plánu je …,“ uvedla starostka.") ends with the quotation: `limit`, or
 * the closing mark of a quotation opened between `from` and `start` and still open at `start`.
 */
function quoteEnd(text: string, from: number, start: number, limit: number): number {
  // the last „ at or before `start`, looked for no further back than `from`
  let open = Math.min(start, text.length - 1);
  while (open >= from && text[open] !== '„') open--;
  if (open < from || text.slice(open, start).includes('“')) return limit;
  // the first “ from `start` on, looked for no further than `limit`
  let close = start;
  while (close < limit && text[close] !== '“') close++;
  return close < limit ? close : limit;
}

/** A statement [from, end) that ends its line with a colon: it introduces a list ("Dílčími cíli jsou:"). */
function introducesList(text: string, from: number, end: number): boolean {
  const rest = /^[^\S\n]*(:)?[^\S\n]*(?:\n|$)/u.exec(text.slice(end));
  return Boolean(rest && (rest[1] || /:\s*$/u.test(text.slice(from, end))));
}

function lastSentence(line: string): string {
  const parts = line.split(/(?<=[.!?])\s+(?=[\p{Lu}])/u);
  return parts[parts.length - 1];
}

function adjectiveKind(cue: string): GoalKind {
  for (const [re, kind] of GOAL_ADJECTIVES) if (re.test(cue)) return kind;
  return 'goal';
}

/** Where a statement starting at `start` ends: its sentence end, an enumerating colon, or MAX_GOAL_WORDS words. */
function statementEnd(text: string, start: number, limit: number): number {
  let end = sentenceEnd(text, start, limit);
  const colon = text.slice(start, end).search(/:\s/u);
  if (colon >= 0 && wordCount(text.slice(start, start + colon)) >= COLON_CUT_WORDS) end = start + colon;
  // cut after MAX_GOAL_WORDS words when more follow; the words after the one more are not needed
  let count = 0;
  let cut = end;
  for (const w of text.slice(start, end).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (++count === MAX_GOAL_WORDS) cut = start + w.index + w[0].length;
    else if (count > MAX_GOAL_WORDS) return cut;
  }
  return end;
}

/** The start of the sentence that holds `offset`, not before `from`. */
function sentenceStart(text: string, from: number, offset: number): number {
  let start = from;
  for (let s = from; s < offset; ) {
    const end = sentenceEnd(text, s, offset);
    if (end >= offset) break;
    s = end;
    while (s < offset && /\s/u.test(text[s])) s++;
    start = s;
  }
  return start;
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
