/**
 * Sensation findings ("Sensation decreased to light touch and pinprick over the left L5
 * dermatome", "intact sensation", "decreased pinprick in the left L5 dermatome") and neurologic
 * summaries ("sensation, strength and reflexes were normal in the lower extremities": one
 * finding per kind named).
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import { beforeFirstOf } from '../../../text/plain-split.js';
import type { Sentence, Span } from '../../../types/pipeline.js';
import type { ExamFindingKind, Side, SpineRegion } from '../../../types/vocab.js';
import { allMatches, firstMatch, type CompiledExam } from './compile-exam-lexicon.js';
import type { Draft } from './exam-types.js';
import { sideIn } from './side-in.js';

const REGION_OF: Record<string, SpineRegion> = { c: 'cervical', t: 'thoracic', l: 'lumbar', s: 'lumbar' };

/** Region of the first root level in text ("L5" → lumbar). */
export function levelRegion(text: string): SpineRegion | null {
  const m = /\b([CTLS])\d\b/i.exec(text);
  return m ? REGION_OF[m[1]!.toLowerCase()] ?? null : null;
}

/** Kind named by a word of a neurologic summary. */
function summaryKind(word: string): ExamFindingKind {
  const w = word.toLowerCase();
  if (w.startsWith('sens')) return 'sensation';
  if (w.startsWith('refl') || w.startsWith('dtr')) return 'reflex';
  return 'motor_strength';
}

/** Summary drafts; `taken` receives their spans so other detectors skip those words. */
export function findSummaries(c: CompiledExam, s: Sentence, taken: Span[], lexicons: Pick<Lexicons, 'bodyParts'>): Draft[] {
  const out: Draft[] = [];
  for (const m of allMatches(c.summary, s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    taken.push({ start, end });
    const rest = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const limb = c.limbPhrase.exec(rest) ?? c.limbPhrase.exec(s.text);
    // "sensation was intact to light touch in the median distribution of the left hand": a side later in its clause
    const side = sideIn(beforeFirstOf(s.text, '.;,', m.index + m[0].length), lexicons);
    // "deep tendon reflexes were normal": the words before the kind name it too
    const lead = /\b((?:deep\s+)?tendon|muscle\s+stretch)\s+$/i.exec(s.text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    for (const w of m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
      if (!w.trim()) continue;
      const kind = summaryKind(w.trim());
      // a reflex finding always names what was tested, since reviewers compare that name
      const named = kind === 'reflex' ? `${lead ? `${lead} ` : ''}${w.trim()}` : null;
      out.push({
        kind, start, end, qualifier: limb ? limb[0] : named, value: m[2]!.toLowerCase().replace(/^grossly /, ''),
        unit: null, side, defaultPart: null, negated: false,
      });
    }
  }
  return out;
}

/** Where the clause holding a sensation term ends: ";", another finding's words, or the sentence end. */
function clauseEnd(c: CompiledExam, t: string, from: number): number {
  const rest = t.slice(from);
  const search = (may: (text: string) => boolean, re: RegExp): number => (may(rest) ? rest.search(re) : -1);
  const stops = [rest.indexOf(';'), search(c.gates.reflexTerms, c.reflexTerms), search(c.gates.motorTerms, c.motorTerms), search(c.gates.slr, c.slr)]
    .filter((i) => i >= 0);
  c.reflexTerms.lastIndex = 0;
  c.motorTerms.lastIndex = 0;
  c.slr.lastIndex = 0;
  return from + (stops.length ? Math.min(...stops) : rest.length);
}

/**
 * The measures of a clause written one per side ("7 mm L, 4 mm R"), each with its side and where it
 * ends (sentence offsets); empty unless every measure names a side and they name two sides.
 */
function sideMeasures(
  c: CompiledExam, t: string, from: number, to: number, lexicons: Pick<Lexicons, 'bodyParts'>,
): Array<{ value: number; unit: string; side: Side; start: number; end: number }> {
  if (!c.sensationMeasureItem) return [];
  const clause = t.slice(from, to);
  const items = allMatches(c.sensationMeasureItem, clause).map((m) => ({
    value: Number(m[1]), unit: m[2]!.toLowerCase(), side: sideIn(m[3]!, lexicons), start: from + m.index, end: from + m.index + m[0].length,
  }));
  const measures = clause.match(/\d+(?:\.\d+)?\s*(?:mm|cm)\b/gi)?.length ?? 0;
  const sides = new Set(items.map((x) => x.side));
  if (items.length < 2 || items.length !== measures || sides.size !== items.length || sides.has(null) || sides.has('bilateral')) return [];
  return items.map((x) => ({ ...x, side: x.side! }));
}

/** Sensation drafts in one exam sentence, outside `taken` spans. */
export function findSensation(c: CompiledExam, s: Sentence, lexicons: Pick<Lexicons, 'bodyParts'>, taken: readonly Span[]): Draft[] {
  const t = s.text;
  const out: Draft[] = [];
  let consumedTo = -1;
  // "no sensory deficit in the upper limbs": a sensory exam with a normal result
  const normal: Span[] = [];
  for (const m of c.sensationNormal ? allMatches(c.sensationNormal, t) : []) {
    const end = clauseEnd(c, t, m.index + m[0].length);
    const text = t.slice(m.index, end).replace(/[\s.,]+$/, '');
    const limb = c.limbPhrase.exec(text);
    normal.push({ start: m.index, end });
    out.push({
      kind: 'sensation', start: s.start + m.index, end: s.start + m.index + text.length, qualifier: limb ? limb[0] : null, value: 'normal',
      unit: null, side: sideIn(text, lexicons), defaultPart: null, negated: false, levelRegion: null,
    });
  }
  for (const m of c.gates.sensationTerms(t) ? allMatches(c.sensationTerms, t) : []) {
    const abs = s.start + m.index;
    if (m.index < consumedTo || normal.some((x) => x.start <= m.index && m.index < x.end) || taken.some((x) => x.start <= abs && abs < x.end)) continue;
    const termEnd = m.index + m[0].length;
    const end = clauseEnd(c, t, termEnd);
    const headFrom = Math.max(0, m.index - 25);
    // "decreased pinprick", "hypoesthesia to pinprick": a value word right before the term
    const before = /(?:^|[\s(])((?:subjectively\s+)?[a-z]+)\s+(?:to\s+)?$/i.exec(t.slice(headFrom, m.index));
    // a value already read with an earlier term ("Sensation is intact to light touch") is not read again
    const beforeAt = before ? headFrom + before.index + before[0].indexOf(before[1]!) : -1;
    const readBefore = beforeAt >= 0 && (beforeAt < consumedTo || taken.some((x) => x.start <= s.start + beforeAt && s.start + beforeAt < x.end));
    const beforeValue = before && !readBefore ? c.sensationValues.lookup(before[1]!) : undefined;
    const values = allMatches(c.sensationValues.re, t.slice(termEnd, end));
    const afterValue = values.map((v) => c.sensationValues.lookup(v[0])).find((v) => v !== undefined);
    // "two-point discrimination 7 mm": a measured sensation keeps its number
    const measured = beforeValue || afterValue ? null : c.sensationMeasure?.exec(t.slice(termEnd, end));
    const value = beforeValue ?? afterValue ?? (measured ? { value: Number(measured[1]) } : undefined);
    if (!value) continue;
    const start = beforeValue && before ? headFrom + before.index + before[0].indexOf(before[1]!) : m.index;
    const text = t.slice(start, end);
    const derm = firstMatch(c.dermatome, text)?.[0] ?? null;
    const mods = [...new Set(allMatches(c.modalities, text).map((x) => c.modalityName(x[0])))];
    const qualifier = [derm, mods.length ? mods.join(' and ') : null].filter(Boolean).join(', ') || null;
    // "two-point discrimination 6 mm in the right index finger": a modality of one part is that part's
    const modalityPart = mods.length === 1 && !derm ? c.modalityParts[mods[0]!] : undefined;
    const partOfModality = modalityPart && !c.modalityPartsExcept?.test(t) ? { defaultPart: modalityPart, specificPart: true } : { defaultPart: null };
    // "dec LT R median distribution": LT is light touch, not the left side
    const sideText = c.sensationNotSide ? text.replace(c.sensationNotSide, (x) => ' '.repeat(x.length)) : text;
    // "two-point discrimination index/middle 7 mm L, 4 mm R": one finding per side measured
    const items = measured ? sideMeasures(c, t, termEnd, end, lexicons) : [];
    if (items.length) {
      items.forEach((it, i) => {
        out.push({
          kind: 'sensation', start: s.start + (i ? it.start : start), end: s.start + it.end, qualifier, value: it.value, unit: it.unit,
          side: it.side, ...partOfModality, negated: false, levelRegion: derm ? levelRegion(derm) : null,
        });
      });
      consumedTo = end;
      continue;
    }
    out.push({
      kind: 'sensation', start: s.start + start, end: s.start + end, qualifier, value: value.value, unit: measured ? measured[2]!.toLowerCase() : null,
      side: sideIn(sideText, lexicons), ...partOfModality, negated: false, levelRegion: derm ? levelRegion(derm) : null,
    });
    consumedTo = end;
    // "...; L4 and L5 dermatomes intact below the knee": a clause naming dermatomes goes on with the sensory exam,
    // and so does one opening with its value and a place ("...; normal over the heel and the arch"), on the same side
    const firstSide = sideIn(sideText, lexicons);
    for (let at = end; t[at] === ';';) {
      const next = clauseEnd(c, t, at + 1);
      const clause = t.slice(at + 1, next);
      const place = firstMatch(c.dermatome, clause);
      const word = allMatches(c.sensationValues.re, clause).map((v) => c.sensationValues.lookup(v[0])).find((v) => v !== undefined);
      c.sensationValues.re.lastIndex = 0;
      const lead = c.sensationValues.re.exec(clause);
      c.sensationValues.re.lastIndex = 0;
      const where = !place && lead && lead.index === clause.search(/\S/) ? /^\s+(?:in|over|at|along|on)\s+(?:the\s+)?([^;]+?)[\s.]*$/i.exec(clause.slice(lead.index + lead[0].length)) : null;
      c.sensationTerms.lastIndex = 0;
      if (!(place || where) || !word || c.sensationTerms.test(clause)) break;
      c.sensationTerms.lastIndex = 0;
      const from = at + 1 + clause.search(/\S/);
      out.push({
        kind: 'sensation', start: s.start + from, end: s.start + next, qualifier: place ? place[0] : where![1]!, value: word.value, unit: null,
        side: sideIn(clause, lexicons) ?? (place ? null : firstSide), defaultPart: null, negated: false, levelRegion: place ? levelRegion(place[0]) : null,
      });
      consumedTo = next;
      at = next;
    }
    c.sensationTerms.lastIndex = 0;
  }
  return out;
}
