/**
 * Palpation and observation findings named by a keyword: tenderness, spasm, trigger points,
 * twitch response, referred pain, effusion and swelling, crepitus, atrophy, gait, alignment,
 * heel walking. The value is a value word ("antalgic"), a severity ("mild spasm"), a side
 * comparison ("R > L"), a measure ("2 cm"), where referred pain goes, or the entry's default;
 * "no", "without", "non-tender" make the sign negated.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Sentence, Span } from '../../../types/pipeline.js';
import { allMatches, type CompiledExam } from './compile-exam-lexicon.js';
import type { Draft } from './exam-types.js';
import { sideIn, spellSides } from './side-in.js';

// "over the left L4-5 paraspinals", and in terse notes the place right after ("TTP bilat upper trapezius")
const LOCATION = /^\s*(?:to palpation\s+)?(?:(?:is|are|was|were)\s+(?:noted|present|palpated|palpable|found|identified|appreciated|elicited)\s+)?(?:(?:over|along|at|of|in|on|throughout|through)\s+(?:the\s+)?)?(?!(?:with|without|and|or)\b)([^\s.;,()][^.;,()]*?)(?=\s+(?:with|without|and referred|on palpation|from|is|are|was|were)\b|[.;,(]|$)/i;
const SIDE_TAIL = /^\s*(?:,\s*)?(?:favoring\s+the|on\s+the|to\s+the)?\s*(?:left|right|bilaterally)\b/i;
const DESTINATION = /^\s*((?:in)?to|toward|towards)\s+([^.;,]+?)(?=\s+on palpation\b|\s+with\b|[.;,]|$)/i;
const MODIFIERS = /((?:\b[A-Za-z][\w/-]*\s+){1,4})$/;
const valueWords = new WeakMap<object, RegExp>();
interface EntryPatterns { exclude: RegExp | null; measure: RegExp | null; items: RegExp | null }
const entryRegex = new WeakMap<object, EntryPatterns>();
type Entry = CompiledExam['lex']['keywordFindings'][number];

/** An entry's own patterns, compiled once per entry object. */
function entryPatterns(e: Entry): EntryPatterns {
  let r = entryRegex.get(e);
  if (!r) {
    const re = (p: string | undefined, flags: string): RegExp | null => (p ? new RegExp(p, flags) : null);
    r = { exclude: re(e.exclude, 'i'), measure: re(e.measure, 'i'), items: re(e.items, 'gi') };
    entryRegex.set(e, r);
  }
  return r;
}

/** "Grip (Jamar): R 18/16/17 kg; L 24/25/24 kg" — one finding per side measured. */
function measuredItems(e: Entry, items: RegExp, kind: Draft['kind'], s: Sentence, from: number): Draft[] {
  const text = s.text.slice(from, from + 160);
  return allMatches(items, text).map((m) => {
    const g = m.groups ?? {};
    const w = (g.side ?? '').toLowerCase();
    const side = w.startsWith('r') ? 'right' : w.startsWith('l') ? 'left' : w.startsWith('b') ? 'bilateral' : null;
    return {
      kind, start: s.start + from + m.index, end: s.start + from + m.index + m[0].length, qualifier: e.qualifier ?? null,
      value: (g.value ?? '').replace(/\s+/g, ''), unit: g.unit ?? null, side, defaultPart: null, negated: false,
    } satisfies Draft;
  });
}

function valueRegex(terms: readonly string[]): RegExp {
  let re = valueWords.get(terms);
  if (!re) {
    const alts = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<![\\w-])(?:${alts.join('|')})(?![\\w-])`, 'i');
    valueWords.set(terms, re);
  }
  return re;
}

/** Words right before the term inside its clause that describe where ("bilateral paraspinal"). */
function modifiersBefore(c: CompiledExam, head: string): string {
  const m = MODIFIERS.exec(head);
  if (!m) return '';
  const ws = m[1]!.trim().split(/\s+/);
  let i = ws.length;
  while (i > 0 && !c.modifierStop.test(ws[i - 1]!)) i--;
  return ws.slice(i).join(' ');
}

/** Ends a location before another finding it runs into ("junction and paraspinal muscle spasm"). */
function cutAtFinding(c: CompiledExam, m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  c.keywords.re.lastIndex = 0;
  const k = c.keywords.re.exec(m[1]!);
  c.keywords.re.lastIndex = 0;
  if (!k) return m;
  const and = m[1]!.slice(0, k.index).search(/\s+(?:and|or)\s+(?!.*\s(?:and|or)\s)/i);
  const keep = and >= 0 ? and : k.index;
  const place = m[1]!.slice(0, keep).trimEnd();
  if (!place) return null;
  const cut = Object.assign([m[0].slice(0, m[0].indexOf(m[1]!) + place.length), place], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
  return cut;
}

/** Keyword drafts in one exam sentence, outside `taken` spans. */
export function findKeywordFindings(c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>, taken: readonly Span[]): Draft[] {
  const t = s.text;
  const out: Draft[] = [];
  for (const m of allMatches(c.keywords.re, t)) {
    const hit = c.keywords.lookup(m[0]);
    if (!hit) continue;
    const abs = s.start + m.index;
    if (taken.some((x) => x.start <= abs && abs < x.end)) continue;
    const e = hit.entry;
    const termEnd = m.index + m[0].length;
    const after = t.slice(termEnd);
    const own = entryPatterns(e);
    if (own.exclude?.test(after)) continue;
    // "Taut bands with trigger points": one finding; the later words say where
    const prev = out[out.length - 1];
    const merge = prev && prev.kind === hit.kind && !prev.negated && abs - prev.end < 25 && !/[.;]/.test(t.slice(prev.end - s.start, m.index));
    if (merge) out.pop();
    const clauseStart = Math.max(t.lastIndexOf(';', m.index), t.lastIndexOf('.', m.index - 1), t.lastIndexOf(':', m.index)) + 1;
    const head = t.slice(clauseStart, m.index);
    const before = c.negBefore.exec(head);
    const afterNeg = before ? null : c.negAfter.exec(after);
    const negated = hit.negatedTerm || before !== null || afterNeg !== null;
    const cueWord = before ? /\S+(?:\s+(?:evidence|signs?)\s+of|\s+for)?/.exec(before[0]) : null;
    const cue = hit.negatedTerm ? { start: abs, end: abs + m[0].length, ruleId: 'exam-findings.negated-term' }
      : before && cueWord ? { start: s.start + clauseStart + before.index + cueWord.index, end: s.start + clauseStart + before.index + cueWord.index + cueWord[0].length, ruleId: 'exam-findings.negation.before' }
      : afterNeg ? { start: s.start + termEnd + afterNeg[0].search(/\S/), end: s.start + termEnd + afterNeg[0].length, ruleId: 'exam-findings.negation.after' }
      : undefined;
    const mods = modifiersBefore(c, head);
    const locMatch = cutAtFinding(c, LOCATION.exec(after));
    // a bare side, severity or value word is not a place
    const loc = locMatch && !/^\s*(?:on\s+the\s+|to\s+the\s+)?(?:left|right|bilaterally|R|L)\s*$/i.test(locMatch[1]!)
      && !(e.valueTerms && valueRegex(e.valueTerms).test(locMatch[1]!)) ? locMatch : null;
    let end = termEnd + (loc ? loc[0].length : 0);
    const trailingSide = SIDE_TAIL.exec(t.slice(end));
    if (trailingSide && !e.valueTerms) end += trailingSide[0].length;
    let value: string | number | null = e.defaultValue ?? null;
    let unit: string | null = null;
    const window = after.slice(0, 40).split(/[.;]/)[0] ?? '';
    if (e.valueTerms) {
      const re = valueRegex(e.valueTerms);
      const found = re.exec(window) ?? re.exec(head.slice(-20));
      if (!found && e.requireValue) continue;
      if (found) value = found[0].toLowerCase();
      const w = re.exec(window);
      if (w) {
        end = Math.max(end, termEnd + w.index + w[0].length);
        const st = SIDE_TAIL.exec(t.slice(end));
        if (st) end += st[0].length;
      }
    }
    // "mild spasm", "trace effusion", "mild varus alignment": a severity in the words just before
    const near = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1);
    const sev = c.severity.exec(near);
    if (sev && near.slice(sev.index + sev[0].length).trim().split(/\s+/).filter(Boolean).length <= 2) {
      value = e.valueTerms && typeof value === 'string' ? `${sev[0].toLowerCase()} ${value}` : sev[0].toLowerCase();
    }
    if (e.measure) {
      const mm = own.measure?.exec(after.slice(0, 60));
      if (mm) { value = `${mm[1]} ${mm[2]}`; unit = mm[2]!; }
    }
    if (e.valueFromDestination) {
      const d = DESTINATION.exec(after);
      if (d) { value = spellSides(`${d[1]} ${d[2]}`).replace(/\s+/g, ' '); end = termEnd + d[0].length; }
    }
    const tailEnd = after.slice(loc ? loc[0].length : 0);
    const cmp = c.comparative.exec(tailEnd.slice(0, 20));
    if (cmp && !e.valueTerms) { value = cmp[0]; end = Math.max(end, end + tailEnd.indexOf(cmp[0]) + cmp[0].length); }
    const start = merge && prev ? prev.start - s.start : m.index - (mods ? head.length - head.lastIndexOf(mods) : 0);
    if (e.items) {
      out.push(...measuredItems(e, own.items!, hit.kind, s, termEnd));
      continue;
    }
    const qualifier = e.qualifier ?? (e.qualifierFromLocation ? (loc?.[1] ?? (mods || null)) : null);
    const sideText = `${mods} ${t.slice(termEnd, end)}`;
    out.push({
      kind: hit.kind, start: s.start + start, end: s.start + Math.max(end, termEnd), qualifier: qualifier?.replace(/\s+/g, ' ') ?? null,
      value: negated ? null : value, unit, side: sideIn(sideText, lexicons), defaultPart: null, negated,
      ...(cue ? { cue } : {}),
    });
  }
  return out;
}
