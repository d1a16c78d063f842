/**
 * Straight leg raise and named tests with their results: "Straight leg raise is positive on the
 * left at 45 degrees; negative on the right" (two findings), "positive facet loading
 * bilaterally", "Tinel's and Phalen's negative bilaterally" (one result for both names),
 * "Spurling's: negative L; on the R reproduces neck pain (equivocal)".
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import { beforeFirstOf } from '../../../text/plain-split.js';
import type { Sentence } from '../../../types/pipeline.js';
import type { BodyPart, ExamFindingKind } from '../../../types/vocab.js';
import { allMatches, type CompiledExam } from './compile-exam-lexicon.js';
import type { Draft } from './exam-types.js';
import { sideIn } from './side-in.js';

/** A test name found in a sentence. */
interface Named {
  readonly start: number;
  readonly end: number;
  readonly kind: ExamFindingKind;
  readonly name: string | null;
  readonly part: BodyPart | null;
  /** A group name ("impingement signs") that only labels the tests named right before it. */
  readonly umbrella: boolean;
}

/** The tests of the last sentence, for a next sentence that only says "negative on the left". */
export interface TestMemory {
  group: readonly Named[];
}

interface Result {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly weak: boolean;
}

function names(c: CompiledExam, s: Sentence, labelPart: BodyPart | null): Named[] {
  const t = s.text;
  const out: Named[] = [];
  // "SI joint provocation tests (left):\n Distraction .... negative": a short name under its part's label
  for (const m of labelPart && c.labelTests.may(t) ? allMatches(c.labelTests.re, t) : []) {
    const e = c.labelTests.lookup(m[0]);
    if (e && e.bodyPart === labelPart) out.push({ start: m.index, end: m.index + m[0].length, kind: e.kind, name: e.name, part: e.bodyPart, umbrella: false });
  }
  for (const m of c.tests.may(t) ? allMatches(c.tests.re, t) : []) {
    const e = c.tests.lookup(m[0]);
    // "empty can strength 4/5" is a strength grade; "Hawkins +; abduction strength" is a test with its result
    const after = beforeFirstOf(t.slice(m.index + m[0].length, m.index + m[0].length + 25), ';,.');
    if (!e || c.testStop.test(after) || out.some((n) => n.start < m.index + m[0].length && m.index < n.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: e.kind, name: e.name, part: e.bodyPart, umbrella: e.umbrella ?? false });
  }
  for (const m of c.gates.slr(t) ? allMatches(c.slr, t) : []) {
    if (out.some((n) => n.start <= m.index && m.index < n.end)) continue;
    if (c.slrExclude.test(t.slice(m.index, m.index + 60))) continue;
    // "seated SLR" and "supine SLR" are two tests: the position is the qualifier
    const v = c.slrVariant.before.exec(t.slice(Math.max(0, m.index - 20), m.index));
    const variant = v ? c.slrVariant.lookup(v[0].trim()) : undefined;
    const start = v && variant ? m.index - v[0].length : m.index;
    out.push({ start, end: m.index + m[0].length, kind: 'straight_leg_raise', name: variant?.name ?? null, part: 'lumbar spine', umbrella: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

function results(c: CompiledExam, text: string): Result[] {
  const out: Result[] = [];
  for (const m of allMatches(c.results.re, text)) {
    const e = c.results.lookup(m[0]);
    if (e) out.push({ start: m.index, end: m.index + m[0].length, value: e.value, weak: e.weak ?? false });
  }
  return out;
}

/** Splits a tail into one clause per explicit result; each clause ends before the next one's lead-in. */
function clauses(c: CompiledExam, tail: string): Array<{ text: string; offset: number; value: string }> {
  const all = results(c, tail);
  const strong = all.filter((r) => !r.weak);
  const weak = all.find((r) => r.weak);
  if (!strong.length) return weak ? [{ text: tail, offset: 0, value: weak.value }] : [];
  const out: Array<{ text: string; offset: number; value: string }> = [];
  let from = 0;
  // "reproduced right-sided leg pain at 40 degrees; on the left it was negative": a weak result closed by a semicolon is its own clause
  const semi = weak && weak.start < strong[0]!.start ? tail.indexOf(';', weak.end) : -1;
  if (weak && semi >= 0 && semi < strong[0]!.start) {
    out.push({ text: tail.slice(0, semi), offset: 0, value: weak.value });
    from = semi + 1;
  }
  // "McMurray negative both knees; ligaments stable": after a semicolon, a result with its own subject is another finding's
  const own = strong.findIndex((r, i) => {
    const prev = strong[i - 1];
    if (!prev) return false;
    const between = tail.slice(prev.end, r.start);
    const semi = between.lastIndexOf(';');
    return semi >= 0 && !c.testSideOnly.test(between.slice(semi + 1));
  });
  if (own > 0) strong.splice(own);
  strong.forEach((r, i) => {
    const next = strong[i + 1];
    // the last result ends at a semicolon: "Hawkins +; abduction 120" goes on to another finding
    const semiAfter = tail.indexOf(';', r.end);
    let to = semiAfter >= 0 ? semiAfter : tail.length;
    if (next) {
      const between = tail.slice(r.end, next.start);
      const semi = between.lastIndexOf(';');
      const sep = semi >= 0 ? semi : Math.max(between.lastIndexOf(','), between.search(/\sand\s(?!.*\sand\s)/));
      to = sep >= 0 ? r.end + sep + 1 : next.start;
    }
    out.push({ text: tail.slice(from, to), offset: from, value: r.value });
    from = to;
  });
  return out;
}

/** Where a test's result text ends: the next test, or the words of another kind of finding. */
function boundary(c: CompiledExam, t: string, from: number, to: number): number {
  const rest = t.slice(from, to);
  let end = rest.length;
  // the next line of a list ("Milgram's ..... neg") is another item's result
  const item = c.listItem?.exec(rest);
  if (item) end = item.index;
  // "FABER (Patrick) ........ positive, posterior pelvic pain": a dot-leader item ends with its line
  const line = rest.indexOf('\n');
  if (line >= 0 && line < end && /^\s*\)?\s*(?:\([^()\n]*\)\s*)?\.{2,}/.test(rest)) end = line;
  // a graded reflex or muscle ("ankle jerk 1+", "EHL 4/5") is the next finding, not this result
  const graded = c.reflexSites.may(rest) || c.motorSites.may(rest) ? c.gradedSite.exec(rest) : null;
  if (graded && graded.index < end) end = graded.index;
  for (const [may, re] of [[c.gates.sensationTerms, c.sensationTerms], [c.gates.motorTerms, c.motorTerms], [c.gates.reflexTerms, c.reflexTerms], [c.keywords.may, c.keywords.re]] as const) {
    re.lastIndex = 0;
    const m = may(rest) ? re.exec(rest) : null;
    if (m && m.index < end) end = m.index;
    re.lastIndex = 0;
  }
  // "...; the left straight leg raise", "right negative, left EHL 4/5": a side after a separator opens the next finding's words
  // (words between the side and the cut only where another finding's words cut the result, "left EHL strength 4/5",
  // and none of them a result: "; L negative" is this test's other side)
  const next = c.testNextSide?.exec(rest.slice(0, end));
  if (next && (!next[1] || (end < rest.length && !results(c, next[1]).length))) end = next.index + 1;
  return from + end;
}


/** A side that opens a test's words: "-sided", or a capitalised side word not after "on the" / "to the". */
const SIDE_LEAD = /(?<!\b(?:the|on|to)\s*)(?<=^|[\s(,;:])(?:(?:[Ll]eft|[Rr]ight|[Bb]ilateral)-sided|(?:Left|Right|Bilateral))\s+$/;


/** Most characters before a test's name searched for a "pain with" lead. */
const PAIN_WITH_REACH = 160;

/**
 * The lexicon's `painWithTest` lead before the name at `nameStart` of sentence text `t`: its value,
 * and where it starts relative to `prefixStart` (0 when it starts before it).
 */
function painWithBefore(c: CompiledExam, t: string, nameStart: number, prefixStart: number): { index: number; painWith: string } | null {
  if (!c.painWithTest) return null;
  const from = Math.max(0, nameStart - PAIN_WITH_REACH);
  const m = c.painWithTest.exec(t.slice(from, nameStart));
  if (!m) return null;
  return { index: Math.max(0, from + m.index - prefixStart), painWith: m.groups?.neg ? 'negative' : 'positive' };
}

/** A nerve-root provocation test: the straight leg raise or one the lexicon's `axialPainOnly` names. */
function rootTest(c: CompiledExam, n: Named): boolean {
  return n.kind === 'straight_leg_raise' || (n.name !== null && !!c.axialPainOnly?.tests.has(n.name));
}

/** "on the right", "at the left": a side told as a place, in a test's result. */
const SIDE_PLACE = /\b(?:on|at|in|over)\s+the\s+(right|left)(?:\s+side)?\b/gi;
/** Words that make one result both sides' ("positive bilaterally (at 20 seconds on the right ...)"). */
const BOTH_SIDES = /\b(?:bilateral(?:ly)?|both|each\s+side)\b/i;

/**
 * A result clause that tells each side in its own words ("positive at 30 seconds on the right and
 * at 50 seconds on the left", "produced neck pain only ... on the right; negative on the left"),
 * cut after the first side's place; null unless it names exactly the two sides so, and not both at once.
 */
function sidePieces(text: string): Array<{ text: string; offset: number; side: 'right' | 'left' }> | null {
  const places = [...text.matchAll(SIDE_PLACE)];
  if (places.length !== 2 || BOTH_SIDES.test(text)) return null;
  const [a, b] = places as [RegExpMatchArray, RegExpMatchArray];
  const sa = a[1]!.toLowerCase() as 'right' | 'left';
  const sb = b[1]!.toLowerCase() as 'right' | 'left';
  if (sa === sb) return null;
  const cut = a.index! + a[0].length;
  const rest = text.slice(cut);
  const lead = /^[\s,;]*(?:and|but)?\s*/i.exec(rest)![0].length;
  // "negative on the right and on the left" is one result for both sides
  if (!/\w/.test(rest.slice(lead).replace(SIDE_PLACE, ''))) return null;
  return [{ text: text.slice(0, cut), offset: 0, side: sa }, { text: rest.slice(lead), offset: cut + lead, side: sb }];
}

function make(n: Named, start: number, end: number, value: string, side: Draft['side'], placeAt?: number): Draft {
  return {
    kind: n.kind, start, end, qualifier: n.name, value, unit: null, side, defaultPart: n.part, negated: false,
    ...(placeAt !== undefined ? { placeAt } : {}),
  };
}

/** Names joined by and / or / commas share one result; a group name right after them only labels them. */
function groupNames(t: string, found: readonly Named[]): Named[][] {
  const groups: Named[][] = [];
  for (const n of found) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    const gap = t.slice(last?.end ?? 0, n.start);
    // "FADIR (anterior impingement test) positive", "impingement test (FADIR) and FABER": a group
    // name in parentheses next to a named test is that test said twice; the named test is the finding
    // (two named tests, "Foraminal compression (Spurling's)", keep the name in parentheses, as before)
    const alias = !!last && last.umbrella !== n.umbrella
      && /^\s*\(\s*(?:[a-z-]+\s+){0,2}$/.test(gap) && /^\s*\)/.test(t.slice(n.end));
    // "the piano key test and the Watson test were negative": an article may follow the link
    // (or the bracket that closed the name before it)
    // ("The FABER (Patrick) test, Gaenslen's test and ...": another name in brackets and the word "test" may close the one before)
    const joined = /^\s*\)?\s*(?:\([A-Za-z][A-Za-z' -]{1,29}\)\s*)?(?:(?:test|sign|maneuver|manoeuvre)s?\s*)?(?:,|and|&|or|\/|,\s*and)\s*(?:the\s+)?$/i.test(gap) || (last?.name === n.name && /^\s*\(?\s*$/.test(gap))
      // "Hawkins and Neer impingement signs": the group name labels the tests before it
      || (n.umbrella && /^\s*$/.test(gap));
    if (g && last && (alias || joined)) g.push(n);
    else groups.push([n]);
  }
  return groups;
}

/**
 * Test drafts in one exam sentence; `memory` carries the last sentence's tests; `labelPart` is the
 * part of the line label above, which lets short names ("Compression") be read under it.
 */
export function findTests(
  c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>, memory: TestMemory, labelPart: BodyPart | null = null,
): Draft[] {
  const t = s.text;
  const found = names(c, s, labelPart);
  const out: Draft[] = [];
  if (!found.length) {
    // "negative on the left." continuing the previous sentence's test
    // (read only when there is a last test to continue: most sentences without a test name have none)
    const lead = memory.group.length ? c.continuation.exec(t.replace(/[.;]\s*$/, '')) : null;
    const value = lead ? c.results.lookup(lead[1]!)?.value : undefined;
    if (value && memory.group.length && sideIn(t, lexicons)) {
      for (const n of memory.group) out.push(make(n, s.start, s.end, value, sideIn(t, lexicons)));
    }
    memory.group = [];
    return out;
  }
  const groups = groupNames(t, found);
  // where the last group's own result text ended: its result is not the next group's lead-in
  let consumed = 0;
  groups.forEach((all, gi) => {
    const named = all.filter((n) => !n.umbrella);
    const members = named.length ? named : all;
    const g = members.filter((n, i) => members.findIndex((x) => x.name === n.name && x.kind === n.kind) === i);
    const first = all[0]!;
    const last = all[all.length - 1]!;
    const nextStart = groups[gi + 1]?.[0]?.start ?? t.length;
    let tail = t.slice(last.end, boundary(c, t, last.end, nextStart));
    // "..., negative Lachman": a result right before the next test belongs to that test
    const lead = groups[gi + 1] ? c.resultBeforeNext.exec(tail) : null;
    if (lead) tail = tail.slice(0, lead.index);
    // "... posterior pelvic pain Right-sided SI provocation tests": a side that opens the next test's words is that test's
    const sideLead = groups[gi + 1] ? SIDE_LEAD.exec(tail) : null;
    if (sideLead) tail = tail.slice(0, sideLead.index);
    const prevEnd = Math.max(consumed, groups[gi - 1]?.[groups[gi - 1]!.length - 1]?.end ?? 0);
    consumed = last.end + tail.length;
    const prefix = t.slice(prevEnd, first.start);
    let cls = clauses(c, tail);
    // "Right-sided SI provocation tests negative", "left FABER positive": a side written before the name
    const sideFirst = c.testSideFirst.exec(prefix);
    // "pain with resisted extension of the middle finger": pain the test brings on is its result, written before it
    // (the lead may stand before an earlier test it also covers: "pain with resisted wrist extension (Cozen's ...) and with ...")
    const pre = c.resultBefore.exec(prefix) ?? painWithBefore(c, t, first.start, prevEnd);
    const preValue = !pre ? undefined : 'painWith' in pre ? pre.painWith : c.results.lookup(pre[1]!)?.value;
    // "(+) Tinel's R carpal tunnel, (-) L": the result before the name covers its words up to the
    // first comma; the other side's result after it is a clause of its own
    const firstStrong = pre && preValue && cls.length ? results(c, tail).find((r) => !r.weak) : undefined;
    // ("a positive Finkelstein's test on the right and a negative one on the left": with no comma, an "and" splits them)
    const before = firstStrong ? tail.slice(0, firstStrong.start) : '';
    const comma = firstStrong ? before.search(/[,;]/) : -1;
    const and = comma < 0 && firstStrong ? /\s(?:and|but)\s/.exec(before) : null;
    const split = comma >= 0 ? comma : and ? and.index : -1;
    let shift = 0;
    if (split >= 0 && c.testSideOnly.test(tail.slice(split + 1, firstStrong!.start + 40))) {
      const sideText = tail.slice(0, split);
      const place = c.testPlace?.exec(sideText);
      const placeAt = place ? s.start + last.end + place[0].length : undefined;
      const start = s.start + prevEnd + pre!.index;
      for (const n of g) out.push(make(n, start, s.start + last.end + sideText.length, preValue!, sideIn(sideText, lexicons), placeAt));
      shift = split + (comma >= 0 ? 1 : and![0].length);
      cls = clauses(c, tail.slice(shift)).map((k) => ({ ...k, offset: k.offset + shift }));
    } else if (pre && preValue && (!cls.length || cls.every((k) => results(c, k.text).every((r) => r.weak)))) {
      const upto = tail.search(/[;.,]/);
      const sideText = upto >= 0 ? tail.slice(0, upto) : tail;
      const start = s.start + prevEnd + pre.index;
      const place = c.testPlace?.exec(sideText);
      const placeAt = place ? s.start + last.end + place[0].length : undefined;
      for (const n of g) out.push(make(n, start, s.start + last.end + sideText.length, preValue, sideIn(sideText, lexicons), placeAt));
      return;
    }
    // a lone sign-type test ("Waddell's signs: 0/5") keeps its score as the value
    const score = /^\s*\)?\s*:?\s*(\d\s*\/\s*\d)/.exec(tail);
    if (score && g.every((n) => n.kind === 'other')) cls = [{ text: tail, offset: 0, value: score[1]!.replace(/\s/g, '') }];
    // a resisted test graded as strength ("Empty can 4+/5, painful") keeps its grade as the result
    const grade = cls.length ? null : c.testGrade.exec(tail);
    if (grade && g.every((n) => n.kind === 'special_test')) cls = [{ text: tail, offset: 0, value: grade[1]!.replace(/\s*out of\s*/i, '/').replace(/\s/g, '') }];
    // "Spurling's test produced neck pain only": a nerve-root test that brought on only axial pain is negative
    if (cls.every((k) => results(c, k.text).every((r) => r.weak)) && g.every((n) => rootTest(c, n))) {
      const axial = c.axialPainOnly?.re.exec(beforeFirstOf(tail, '.;'));
      if (axial) cls = [{ text: tail.slice(0, axial.index + axial[0].length), offset: 0, value: 'negative' }];
    } else if (g.every((n) => rootTest(c, n))) {
      // "on the left produced low back pain only, without leg pain, and was negative on the right": the side
      // that brought on only axial pain is negative on its own, and the other side's result is a clause of its own
      const axial = c.axialPainOnly?.re.exec(beforeFirstOf(tail, '.;'));
      const upto = axial ? axial.index + axial[0].length : 0;
      const side = axial && results(c, tail.slice(0, upto)).every((r) => r.weak) ? sideIn(tail.slice(0, upto), lexicons) : null;
      // the axial side's words run to the last separator before the other side's result ("..., without leg pain, and was negative")
      const strong = side ? results(c, tail.slice(upto)).find((r) => !r.weak) : undefined;
      const sep = strong ? [...tail.slice(upto, upto + strong.start).matchAll(/,|\b(?:and|but)\b/g)].pop() : undefined;
      const [stop, from] = sep ? [upto + sep.index, upto + sep.index + sep[0].length] : [upto, upto];
      const rest = strong ? clauses(c, tail.slice(from)) : [];
      if (side && rest.length && rest.every((k) => { const o = sideIn(k.text, lexicons); return o !== null && o !== side; })) {
        cls = [{ text: tail.slice(0, stop), offset: 0, value: 'negative' }, ...rest.map((k) => ({ ...k, offset: k.offset + from }))];
      }
    }
    // "No Hoffmann sign.": a sign said to be absent, with no result of its own, is negated (the cue is quoted)
    // ("Romberg negative and no pronator drift": the cue may close the test before's words)
    const absent = cls.length ? null : c.testAbsentBefore?.exec(t.slice(0, first.start));
    if (absent) {
      const cue = s.start + absent.index + absent[0].search(/[^\s(,;:]/);
      for (const n of g) out.push({ ...make(n, cue, s.start + last.end, 'negative', null), negated: true, cue: { start: cue, end: s.start + first.start, ruleId: 'test-absent-before' } });
      return;
    }
    if (!cls.length) return;
    // "Tinel's at the carpal tunnel + R, neg L": the place said once covers every side's result
    let placeAt: number | undefined;
    cls.forEach((k, ki) => {
      const start = ki === 0 && !shift ? s.start + first.start : s.start + last.end + k.offset;
      const end = s.start + last.end + k.offset + k.text.replace(/[\s,;.]+$/, '').length;
      const place = c.testPlace?.exec(k.text);
      if (place) placeAt = s.start + last.end + k.offset + place[0].length;
      // a nerve-root test whose words brought on axial pain only is negative ("produced neck pain only ... on the right; negative on the left")
      const axialOnly = (text: string): boolean => g.every((n) => rootTest(c, n)) && results(c, text).every((r) => r.weak) && !!c.axialPainOnly?.re.exec(text);
      const kValue = axialOnly(k.text) ? 'negative' : k.value;
      // "positive at 30 seconds on the right and at 50 seconds on the left": each side told in its own words is a finding of its own
      const pieces = sidePieces(k.text);
      if (pieces) {
        pieces.forEach((p, pi) => {
          const own = results(c, p.text);
          const value = own.find((r) => !r.weak)?.value ?? (axialOnly(p.text) ? 'negative' : own[0]?.value ?? kValue);
          const from = pi === 0 ? start : s.start + last.end + k.offset + p.offset;
          const to = s.start + last.end + k.offset + p.offset + p.text.replace(/[\s,;.]+$/, '').length;
          for (const n of g) out.push(make(n, from, Math.max(to, from + 1), value, p.side, placeAt));
        });
        return;
      }
      const side = sideIn(k.text, lexicons) ?? (ki === 0 && !shift && sideFirst ? sideIn(sideFirst[1]!, lexicons) : null);
      for (const n of g) out.push(make(n, ki === 0 && !shift && sideFirst ? s.start + prevEnd + sideFirst.index + sideFirst[0].search(/\S/) : start, Math.max(end, start + 1), kValue, side, placeAt));
    });
  });
  memory.group = groups[groups.length - 1] ?? [];
  return out;
}
