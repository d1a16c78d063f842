/**
 * Palpation and observation findings named by a keyword: tenderness, spasm, trigger points,
 * twitch response, referred pain, effusion and swelling, crepitus, atrophy, gait, alignment,
 * heel walking. The value is a value word ("antalgic"), a severity ("mild spasm"), a side
 * comparison ("R > L"), a measure ("2 cm"), where referred pain goes, or the entry's default;
 * "no", "without", "non-tender" make the sign negated.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import { beforeFirstOf, wordRunCount } from '../../../text/plain-split.js';
import { isSpaceCode } from '../../../text/space-char.js';
import type { Sentence, Span } from '../../../types/pipeline.js';
import { allMatches, type CompiledExam } from './compile-exam-lexicon.js';
import type { Draft } from './exam-types.js';
import { sideIn, spellSides } from './side-in.js';
import { testWhole } from './test-whole.js';
import type { Side } from '../../../types/vocab.js';

// "over the left L4-5 paraspinals", and in terse notes the place right after ("TTP bilat upper trapezius")
const LOCATION = /^\s*(?:to palpation\s+)?(?:(?:is|are|was|were)\s+(?:noted|present|palpated|palpable|found|identified|appreciated|elicited|described|felt|located)\s+)?(?:(?:over|along|at|of|in|on|throughout|through)\s+(?:the\s+)?)?(?!(?:with|without|and|or|is|are|was|were|not)\b)([^\s.;,()][^.;,()]*?)(?=\s+(?:with|without|and referred|on palpation|from|is|are|was|were)\b|[.;,(]|$)/i;
const DESTINATION = /^\s*((?:in)?to|toward|towards)\s+([^.;,]+?)(?=\s+on palpation\b|\s+with\b|[.;,]|$)/i;
// "Effusion: trace", "swelling is mild", and a table cell read after its row's label ("Swelling mild")
const SEVERITY_AFTER = /^\s*(?::|(?:is|was|are|were)\b)?\s*([^\s.;,]+)(?=\s*(?:[.;,]|$))/i;
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

/** The one item of a two-sided pair the entry's `itemsPick` keeps (see the lexicon schema); every item without one. */
function picked(e: Entry, drafts: Draft[]): Draft[] {
  if (!e.itemsPick) return drafts;
  const [a, b] = drafts;
  if (drafts.length !== 2 || !a || !b || !a.side || !b.side || a.side === b.side || a.side === 'bilateral' || b.side === 'bilateral') return [];
  const x = Number(a.value);
  const y = Number(b.value);
  if (!(x !== y) || Number.isNaN(x) || Number.isNaN(y)) return [];
  return [(x < y) === (e.itemsPick === 'smaller') ? a : b];
}

/** "Grip (Jamar): R 18/16/17 kg; L 24/25/24 kg", "14 kg L / 41 kg R" — one finding per side measured. */
function measuredItems(e: Entry, items: RegExp, kind: Draft['kind'], s: Sentence, from: number, until: number): Draft[] {
  // the values end where the next finding is named ("key pinch 6 kg right versus 9 kg left; grip 20 kg right")
  const text = s.text.slice(from, Math.min(from + 160, until));
  // a value with no side ("weighs 80 kg") is not an item
  return picked(e, allMatches(items, text).filter((m) => m.groups?.side || m.groups?.after).map((m) => {
    const g = m.groups ?? {};
    const w = (g.side ?? g.after ?? '').toLowerCase();
    const side = w.startsWith('r') ? 'right' : w.startsWith('l') ? 'left' : w.startsWith('b') ? 'bilateral' : null;
    return {
      kind, start: s.start + from + m.index, end: s.start + from + m.index + m[0].length, qualifier: e.qualifier ?? null,
      value: (g.value ?? '').replace(/\s+/g, ''), unit: g.unit ?? null, side, defaultPart: e.itemsPart ?? null, negated: false,
      ...(e.itemsPart ? { specificPart: true } : {}),
    } satisfies Draft;
  }));
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

/** Most words `MODIFIERS` takes. */
const MODIFIER_WORDS = 4;

/**
 * Where the last `n` runs of non-space characters of `text` begin (0 when it has fewer). Each word
 * `MODIFIERS` takes ends at white space and holds none, so its match lies inside the last four runs:
 * searched from there, the pattern (which ends in `$`, so V8 tries it at every character) finds
 * the same match in a few tries instead of one per character of the clause. The run starts after
 * white space, where `\b` reads as it does at the start of a string.
 */
function lastRunsStart(text: string, n: number): number {
  let i = text.length;
  for (let runs = 0; runs < n; runs++) {
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i === 0) return 0;
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** Words right before the term inside its clause that describe where ("bilateral paraspinal"). */
function modifiersBefore(c: CompiledExam, head: string): string {
  const m = MODIFIERS.exec(head.slice(lastRunsStart(head, MODIFIER_WORDS)));
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

/** One keyword hit and the text around it, shared by the helpers below. */
interface Hit {
  readonly c: CompiledExam;
  readonly s: Sentence;
  readonly e: Entry;
  /** Offsets in the sentence: the term, and the clause it sits in. */
  readonly termStart: number;
  readonly termEnd: number;
  readonly clauseStart: number;
  readonly head: string;
  readonly after: string;
}

/** Whether the sign is said to be absent, and the words that say so. */
function negationOf(h: Hit, negatedTerm: boolean): { negated: boolean; cue: Draft['cue'] } {
  const { c, s } = h;
  if (negatedTerm) return { negated: true, cue: { start: s.start + h.termStart, end: s.start + h.termEnd, ruleId: 'exam-findings.negated-term' } };
  const before = c.negBefore.exec(h.head);
  if (before) {
    const word = /\S+(?:\s+(?:evidence|signs?)\s+of|\s+for)?/.exec(before[0])!;
    const at = s.start + h.clauseStart + before.index + word.index;
    return { negated: true, cue: { start: at, end: at + word[0].length, ruleId: 'exam-findings.negation.before' } };
  }
  const after = c.negAfter.exec(h.after);
  if (after) {
    const at = s.start + h.termEnd;
    return { negated: true, cue: { start: at + after[0].search(/\S/), end: at + after[0].length, ruleId: 'exam-findings.negation.after' } };
  }
  return { negated: false, cue: undefined };
}

/** Whether `re` matches all of `text` (trimmed). */
function whole(re: RegExp, text: string): boolean {
  const t = text.trim();
  re.lastIndex = 0;
  const m = re.exec(t);
  re.lastIndex = 0;
  return !!m && m.index === 0 && m[0].length === t.length;
}

/** The place written after the term ("over the left L4-5 paraspinals"), if it is one. */
function placeOf(h: Hit): RegExpExecArray | null {
  const m = cutAtFinding(h.c, LOCATION.exec(h.after));
  // a bare side, severity or value word is not a place
  if (!m || /^\s*(?:on\s+the\s+|to\s+the\s+)?(?:left|right|bilaterally|R|L)\s*$/i.test(m[1]!)) return null;
  // nor is a bare result or severity ("AC joint tenderness   present", "Swelling   mild" read from a table's cells)
  if (whole(h.c.results.re, m[1]!) || whole(h.c.severity, m[1]!)) return null;
  return h.e.valueTerms && valueRegex(h.e.valueTerms).test(m[1]!) ? null : m;
}

/** Words that end a list of places: another clause's verb or link, not a place. */
const NOT_PLACE = /\b(?:with|without|but|is|are|was|were|has|had|noted|present|seen|found)\b|\d+\s*(?:mm|cm|deg|degrees|%)/i;

/**
 * The places listed from `from` (sentence offsets) to the clause end after a sign said to be absent
 * ("the base of the 5th metatarsal, the navicular or the medial malleolus"), each with its span;
 * empty when a place is only part of the next one's name ("the medial or lateral joint line") or
 * the list runs into another finding.
 */
function negatedPlaces(c: CompiledExam, t: string, from: number): Array<{ place: string; start: number; end: number }> {
  if (!c.negatedPlaces) return [];
  const stop = t.slice(from).search(/[.;:()]/);
  const list = t.slice(from, stop < 0 ? t.length : from + stop);
  const out: Array<{ place: string; start: number; end: number }> = [];
  let at = 0;
  for (const m of [...allMatches(c.negatedPlaces.split, list), null]) {
    const to = m ? m.index : list.length;
    const raw = list.slice(at, to);
    const lead = /^\s*(?:(?:over|at|of|along|in|on)\s+)?(?:the\s+)?/i.exec(raw)![0];
    const place = raw.slice(lead.length).trimEnd();
    c.keywords.re.lastIndex = 0;
    const finding = c.keywords.re.test(place);
    c.keywords.re.lastIndex = 0;
    // a list that runs into another finding or clause ends before it; a partial name keeps the list whole
    if (!place || finding || NOT_PLACE.test(place)) break;
    if (c.negatedPlaces.partial.test(place)) return [];
    out.push({ place, start: from + at + lead.length, end: from + at + lead.length + place.length });
    if (!m) break;
    at = m.index + m[0].length;
  }
  return out;
}

/**
 * The value and where the finding's words end: a value word, a severity before the term, a
 * measure, where referred pain goes, or a side comparison; else the entry's default. Null when
 * the entry needs a value word and none is there.
 */
function valueOf(h: Hit, placeEnd: number): { value: string | number | null; unit: string | null; end: number } | null {
  const { c, e, s, head, after, termEnd } = h;
  const t = s.text;
  let end = placeEnd;
  let value: string | number | null = e.defaultValue ?? null;
  let unit: string | null = null;
  if (e.valueTerms) {
    const re = valueRegex(e.valueTerms);
    // "Gait ................ non-antalgic": dot leaders are no sentence end (blanked, so offsets hold)
    const leadered = unleadered(after.slice(0, 40));
    const window = beforeFirstOf(leadered, '.;');
    const own = valueWord(e, re, window);
    // "antalgic gait": the value word just before the term; only a term with a value word on neither side reads on past a ";"
    const before = own ? null : re.exec(head.slice(-20));
    const w = own ?? (before ? null : nextClauseValue(c, re, after, window.length));
    const found = w ?? before;
    if (!found && e.requireValue) return null;
    if (found) value = valueName(e, found[0]);
    if (w) end = Math.max(end, termEnd + w.index + w[0].length);
    // "an antalgic gait, favoring the left leg": the side after the sign, wherever its value word is
    const st = c.sideTail.exec(t.slice(end));
    if (st) end += st[0].length;
  } else {
    const st = c.sideTail.exec(t.slice(end));
    if (st) end += st[0].length;
  }
  // "mild spasm", "trace effusion", "mild varus alignment": a severity in the words just before
  const near = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1);
  const sev = c.severity.exec(near);
  // "mild L upper trapezius tenderness": a side between them is not one of the words counted
  if (sev && near.slice(sev.index + sev[0].length).trim().split(/\s+/).filter((w) => w && !c.sideWord.test(w)).length <= 2) {
    value = e.valueTerms && typeof value === 'string' ? (e.plainValue ? value : `${sev[0].toLowerCase()} ${value}`) : sev[0].toLowerCase();
  } else if (!e.valueTerms) {
    // "Effusion: trace", "swelling is mild": the severity written after the sign
    const tail = SEVERITY_AFTER.exec(after);
    const later = tail ? c.severity.exec(tail[1]!) : null;
    if (tail && later && later.index === 0 && later[0].length === tail[1]!.length) {
      value = later[0].toLowerCase();
      end = Math.max(end, termEnd + tail[0].length);
    }
  }
  const mm = entryPatterns(e).measure?.exec(after.slice(0, 60));
  if (mm) { value = `${mm[1]} ${mm[2]}`; unit = mm[2]!; }
  if (e.valueFromDestination) {
    const d = DESTINATION.exec(after);
    if (d) { value = spellSides(`${d[1]} ${d[2]}`).replace(/\s+/g, ' '); end = termEnd + d[0].length; }
  }
  const rest = t.slice(placeEnd);
  const cmp = e.valueTerms ? null : c.comparative.exec(rest.slice(0, 20));
  if (cmp) { value = cmp[0]; end = Math.max(end, placeEnd + cmp.index + cmp[0].length); }
  return { value, unit, end };
}

/** "Gait ................ non-antalgic": dot leaders after the term are no sentence end (blanked, so offsets hold). */
const unleadered = (text: string): string => text.replace(/^\s*\.{2,}/, (x) => ' '.repeat(x.length));

/** The first value word in `window`, or the next one when the first is a yielding word ("slow, with a slight left limp"). */
function valueWord(e: Entry, re: RegExp, window: string): RegExpExecArray | null {
  const first = re.exec(window);
  if (!first || !e.yieldingValues?.some((v) => v.toLowerCase() === first[0].toLowerCase())) return first;
  const from = first.index + first[0].length;
  const next = re.exec(window.slice(from));
  if (!next) return first;
  next.index += from;
  return next;
}

/** The entry's name for a value word ("nl" → normal, "without a limp" → normal); else the word as written, in lower case. */
function valueName(e: Entry, word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return e.valueNames?.[w] ?? w;
}

const clauseLeads = new WeakMap<CompiledExam, RegExp>();

/** "mildly antalgic", "mild limp": a severity or an adverb that may stand before a value word (compiled once per lexicon). */
function clauseLead(c: CompiledExam): RegExp {
  let re = clauseLeads.get(c);
  if (!re) clauseLeads.set(c, (re = new RegExp(`^\\s*(?:(?:${c.severity.source}|[a-z]+ly)\\s+)?`, 'i')));
  return re;
}

/**
 * A value word opening the clause after the term's own clause, which holds none ("Walks without a
 * device; mildly antalgic on the left", "Gait: independent; mildly antalgic"): the clause goes on
 * describing the sign. `stop` is where the term's clause ends in `after` (at a ";"); the match's
 * index is in `after`.
 */
function nextClauseValue(c: CompiledExam, re: RegExp, after: string, stop: number): RegExpExecArray | null {
  if (after[stop] !== ';') return null;
  const from = stop + 1;
  const rest = after.slice(from, from + 40);
  const lead = clauseLead(c).exec(rest)![0];
  const w = re.exec(beforeFirstOf(rest, '.;'));
  if (!w || w.index !== lead.length) return null;
  return Object.assign(w, { index: from + w.index });
}

/** What joins a sign with no place to the next sign, whose place it then shares ("tenderness with spasm in ..."). */
const SHARED_PLACE_JOIN = /^\s*(?:with|and|&)\s*(?:mild\s+|moderate\s+|severe\s+|marked\s+)?$/i;

/** Most words a clause may hold before its sign for a side in it to be the sign's. */
const HEAD_WORDS = 6;

/**
 * The side written in a short clause before the sign that holds nothing but places: a list of them
 * ("Right paraspinal and trapezius tenderness") or the subject the sign is said of ("the right
 * occipital nerve is non-tender"); a paired part said in the plural with no side is both ("Calves
 * soft and non-tender"). A clause with another finding, a result or a number is not one.
 */
function headSide(h: Hit, lexicons: Pick<Lexicons, 'bodyParts'>): Side | null {
  const head = h.head.trim();
  if (!head || wordRunCount(head) > HEAD_WORDS || /\d/.test(head)) return null;
  const { c } = h;
  if ([c.keywords.re, c.results.re, c.tests.re, c.motions.re].some((re) => testWhole(re, head))) return null;
  return sideIn(head, lexicons) ?? (head.toLowerCase().split(/[^a-z]+/).some((w) => c.pairedPlurals.has(w)) ? 'bilateral' : null);
}

/** Keyword drafts in one exam sentence, outside `taken` spans. */
export function findKeywordFindings(c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>, taken: readonly Span[]): Draft[] {
  const t = s.text;
  const out: Draft[] = [];
  // findings whose place was written after their term ("tenderness over the left SI joint")
  const placed = new Set<Draft>();
  // the last finding written with no place of its own, and where its term ended
  let unplaced: { draft: Draft; termEnd: number } | null = null;
  const terms = c.keywords.may(t) ? allMatches(c.keywords.re, t) : [];
  for (let k = 0; k < terms.length; k++) {
    const m = terms[k]!;
    const kw = c.keywords.lookup(m[0]);
    const abs = s.start + m.index;
    if (!kw || taken.some((x) => x.start <= abs && abs < x.end)) continue;
    const e = kw.entry;
    const termEnd = m.index + m[0].length;
    if (entryPatterns(e).exclude?.test(t.slice(termEnd))) continue;
    if (e.items) {
      out.push(...measuredItems(e, entryPatterns(e).items!, kw.kind, s, termEnd, terms[k + 1]?.index ?? t.length));
      continue;
    }
    // "Taut bands with trigger points": one finding; the later words say where. A sign that already
    // has its place is not named again by the next ("tenderness over the SI joint and mild tenderness at the notch")
    const prev = out[out.length - 1];
    const clauseStart = Math.max(t.lastIndexOf(';', m.index), t.lastIndexOf('.', m.index - 1), t.lastIndexOf(':', m.index)) + 1;
    const h: Hit = { c, s, e, termStart: m.index, termEnd, clauseStart, head: t.slice(clauseStart, m.index), after: t.slice(termEnd) };
    const own = negationOf(h, kw.negatedTerm);
    // "medial joint line tender, lateral joint line non-tender": a sign said absent right after a present one is another finding
    const merge = prev && prev.kind === kw.kind && !prev.negated && !own.negated && !placed.has(prev) && abs - prev.end < 25 && !/[.;]/.test(t.slice(prev.end - s.start, m.index));
    if (merge) out.pop();
    // "No swelling or erythema": a sign that only opens its own list is passed over later in another's
    if (e.listLeadOnly && /(?:\bor|\bnor|\band|,)\s*$/i.test(h.head)) continue;
    // "without twitch response or referred pain", "no trigger points with twitch response": a negation
    // carries over an "or" list of findings, and to a sign said to come with the absent one
    const carried = prev && prev.negated && prev.cue && /^\s*(?:,\s*)?(?:or|nor|with|,)\s*$/i.test(t.slice(prev.end - s.start, m.index));
    const { negated, cue } = carried ? { negated: true, cue: prev.cue } : own;
    if (negated && e.presentOnly) continue;
    const loc = placeOf(h);
    const v = valueOf(h, termEnd + (loc ? loc[0].length : 0));
    if (!v) continue;
    // "Gait: steppage gait on the left": the value word names the term said again right after it, which reads the side
    if (e.valueTerms && v.end > termEnd) {
      const again = /^\s+(\S+(?:\s+\S+)?)/.exec(t.slice(v.end));
      c.keywords.re.lastIndex = 0;
      const next = again ? c.keywords.re.exec(t.slice(v.end)) : null;
      c.keywords.re.lastIndex = 0;
      if (next && next.index === again![0].search(/\S/) && c.keywords.lookup(next[0])?.entry === e) continue;
    }
    const mods = modifiersBefore(c, h.head);
    const start = merge && prev ? prev.start - s.start : m.index - (mods ? h.head.length - h.head.lastIndexOf(mods) : 0);
    const qualifier = e.qualifier ?? (e.qualifierFromLocation ? (loc?.[1] ?? (mods || null)) : null);
    const found: Draft = {
      kind: kw.kind, start: s.start + start, end: s.start + Math.max(v.end, termEnd), qualifier: qualifier?.replace(/\s+/g, ' ') ?? null,
      value: negated ? null : v.value, unit: v.unit, defaultPart: null, negated,
      // "Gait: antalgic, shortened stance L": the clause after the term may say the side
      side: sideIn(`${mods} ${t.slice(termEnd, v.end)}`, lexicons) ?? (e.sideInClause && !negated ? sideIn(beforeFirstOf(t.slice(0, termEnd) + unleadered(t.slice(termEnd)), '.;', Math.max(termEnd, v.end)).slice(0, 60), lexicons) : null)
        ?? headSide(h, lexicons),
      ...(cue ? { cue } : {}),
    };
    const places = negated && loc && e.qualifierFromLocation && c.negatedPlaces?.kinds.has(kw.kind) ? negatedPlaces(c, t, termEnd + loc[0].length - loc[1]!.length) : [];
    if (places.length < 2) {
      out.push(found);
    } else {
      // "No tenderness at the navicular, the medial malleolus or the fibular head": one absent sign per place
      const [first, ...rest] = places;
      out.push({ ...found, qualifier: first!.place });
      for (const p of rest) out.push({ ...found, start: s.start + p.start, end: s.start + p.end, qualifier: p.place });
    }
    if (loc && e.qualifierFromLocation) {
      placed.add(found);
      // "tenderness with spasm in the right cervical paraspinals": a sign joined to the next by "with" or
      // "and", with no place of its own, is at the next one's place (and on its side)
      const joined = unplaced && SHARED_PLACE_JOIN.test(t.slice(unplaced.termEnd, m.index)) ? out.indexOf(unplaced.draft) : -1;
      if (joined >= 0) {
        const d = out[joined]!;
        out[joined] = { ...d, end: Math.max(d.end, found.end), qualifier: d.qualifier ?? found.qualifier, side: d.side ?? found.side };
      }
    }
    unplaced = !loc && !negated ? { draft: found, termEnd } : null;
  }
  return out;
}
