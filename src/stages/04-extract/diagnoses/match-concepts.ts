/**
 * Finds lexicon concepts in a run of units: procedures after a status-post cue, then conditions
 * by longest window of word tokens in any order (fillers and side words skipped, a spinal level
 * standing in for a missing region word), then, in diagnosis lists, fuzzy matches of what is left.
 * Each match carries its side, its spinal level and the ICD-10 code written next to it.
 */
import { jaroWinkler } from '../../../text/jaro-winkler.js';
import type { DiagnosisEntry } from '../../../lexicons/schemas/diagnoses.js';
import type { Side } from '../../../types/vocab.js';
import { tokenKey, type CompiledDiagnosisLexicon } from './compile-diagnosis-lexicon.js';
import { makeUnit, type Unit } from './tokenize-diagnosis-text.js';

export interface ConceptMatch {
  /** The entry named (a site-unspecified one may be replaced by its region's, set by the caller). */
  entry: DiagnosisEntry;
  /** Unit indices of the first and last unit of the mention (side word and cue included). */
  first: number;
  last: number;
  side: Side | null;
  /** Spinal level written with the mention ("L5-S1"), when exactly one. */
  level: string | null;
  /** The ICD-10 code written next to the mention. */
  written: Unit | null;
  /** For procedures: the status-post cue's first and last unit. */
  readonly cue: { first: number; last: number } | null;
  /** True when a word of the mention was read through OCR correction. */
  readonly fuzzy: boolean;
  /** True when this mention only qualifies the previous one in its item ("with disc bulges"). */
  qualifier: boolean;
  /** Where the text says the diagnosis resolved ("... settled within a month"), set by the caller. */
  resolved?: { start: number; end: number } | null;
  /** Start of the next diagnosis named after this one in its scope (Infinity when none), set by the caller: words after it are that one's. */
  nextMention?: number;
  /** End of the last other diagnosis named before this one in its scope (-1 when none), set by the caller. */
  prevMentionEnd?: number;
}

/** A lone written code the lexicon knows, with no mention beside it. */
export interface CodeOnly {
  readonly unit: Unit;
  readonly index: number;
}

const STOP = new Set(['boundary', 'open', 'close', 'code']);
/**
 * How many words after a status-post cue may open the procedure's name: a site of two or three
 * words may come first ("status post left distal biceps tendon repair").
 */
const STATUS_POST_REACH = 4;
const SKIP = new Set(['side', 'filler', 'level', 'comma']);

/** The level unit next to [first, last] (before it, else after it), skipping side and filler words. */
function adjacentLevel(units: readonly Unit[], first: number, last: number): number | null {
  for (let k = first - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind === 'level') return k;
    if (u.kind !== 'side' && u.kind !== 'filler' && !(u.kind === 'comma' && u.norm === '.')) break;
  }
  for (let k = last + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'level') return k;
    if (u.kind !== 'side' && u.kind !== 'filler' && u.kind !== 'comma') break;
  }
  return null;
}

/**
 * A window that crosses a comma must end its list item there: "degenerative disc disease,
 * lumbar." is one mention, but "spasm of muscle, shoulder pain" is two, not "shoulder muscle spasm".
 */
function closesAcrossComma(units: readonly Unit[], first: number, last: number, lex: CompiledDiagnosisLexicon): boolean {
  let crosses = false;
  for (let k = first; k < last; k++) if (units[k]!.kind === 'comma' && units[k]!.norm === ',') crosses = true;
  if (!crosses) return true;
  for (let k = last + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'side' || u.kind === 'filler' || u.kind === 'level') continue;
    // "alcohol use disorder, in sustained remission since 2008": a time told after the name closes it
    return u.kind !== 'word' || lex.timeOpeners.has(u.norm);
  }
  return true;
}


/**
 * The word units a window at `i` may span: up to `max` word units from `i` on, skipping
 * side/filler/level/comma, stopping at a boundary, a used unit or a second comma, and cut before
 * the first word outside the vocabulary (no synonym holds it) or the first word that shares no
 * synonym with a word before it (no longer window, with or without a region word added, can then
 * name an entry). One walk: no unit past the cut is read, and no key is built that cannot match.
 */
function windowWords(units: readonly Unit[], i: number, max: number, used: readonly boolean[], lex: CompiledDiagnosisLexicon): number[] {
  const out: number[] = [];
  let commas = 0;
  for (let k = i; k < units.length && out.length < max; k++) {
    const u = units[k]!;
    if (used[k] || STOP.has(u.kind)) break;
    if (u.kind === 'comma' && ++commas > 1) break;
    if (u.kind !== 'word') {
      if (!SKIP.has(u.kind)) break;
      continue;
    }
    // "stenosis at L3-4 and L4-5 with neurogenic claudication": a word joining two levels is part of the run of levels
    if (k > i && lex.levelJoiners.has(u.norm) && units[k - 1]?.kind === 'level' && units[k + 1]?.kind === 'level') continue;
    if (!lex.vocabulary.has(u.norm)) break;
    if (out.length > 0) {
      const partners = lex.partners.get(u.norm);
      if (!partners) break;
      let shares = true;
      for (let j = 0; j < out.length && shares; j++) shares = partners.has(units[out[j]!]!.norm);
      if (!shares) break;
    }
    out.push(k);
  }
  return out;
}

/** Longest window at `i` whose token key names an entry of `table`. */
function longestAt(
  units: readonly Unit[],
  i: number,
  table: ReadonlyMap<string, DiagnosisEntry>,
  lex: CompiledDiagnosisLexicon,
  used: readonly boolean[],
): { entry: DiagnosisEntry; words: number[] } | null {
  // a word outside the vocabulary opens no window (below, windows stop before it): skip the run
  const first = units[i];
  if (first?.kind === 'word' && !lex.vocabulary.has(first.norm)) return null;
  // No synonym holds a word outside the vocabulary, nor two words that share no synonym.
  const run = windowWords(units, i, lex.maxTokens, used, lex);
  const limit = run.length;
  const allTokens = run.map((k) => units[k]!.norm);
  for (let n = limit; n >= 1; n--) {
    if (!closesAcrossComma(units, run[0]!, run[n - 1]!, lex)) continue;
    const tokens = n === limit ? allTokens : allTokens.slice(0, n);
    // A level beside a mention that names no region supplies it: "L5 radiculopathy" is lumbar.
    if (!tokens.some((t) => lex.regionWords.has(t))) {
      const lv = adjacentLevel(units, run[0]!, run[n - 1]!);
      const region = lv === null ? undefined : units[lv]!.region;
      const withRegion = region ? table.get(tokenKey([...tokens, region])) : undefined;
      if (withRegion) return { entry: withRegion, words: run.slice(0, n) };
    }
    const entry = table.get(tokenKey(tokens));
    if (entry) return { entry, words: run.slice(0, n) };
  }
  return null;
}

/**
 * A later segment of the mention's item, after a comma or an opening parenthesis, whose words
 * name no diagnosis of their own but, with the mention's, name an entry of the same ICD-10
 * category: that more specific entry ("asthma (mild intermittent, ...)" is J45.20; "major
 * depressive disorder, 2009 episode, in full remission" is F32.5). Returns it and the segment.
 */
function refineByLaterSegment(
  units: readonly Unit[],
  words: readonly number[],
  entry: DiagnosisEntry,
  lex: CompiledDiagnosisLexicon,
  used: readonly boolean[],
): { entry: DiagnosisEntry; segment: number[] } | null {
  const tokens = words.map((k) => units[k]!.norm);
  const category = entry.icd10.slice(0, 3);
  let segment: number[] | null = null;
  const test = (): { entry: DiagnosisEntry; segment: number[] } | null => {
    if (!segment || segment.length === 0) return null;
    const own = segment.map((k) => units[k]!.norm);
    if (lex.conditions.has(tokenKey(own))) return null;
    const e = lex.conditions.get(tokenKey([...tokens, ...own]));
    return e && e !== entry && e.icd10.slice(0, 3) === category ? { entry: e, segment } : null;
  };
  for (let k = words[words.length - 1]! + 1; k < units.length; k++) {
    const u = units[k]!;
    if (used[k] || u.itemEnd || u.kind === 'boundary' || u.kind === 'code') break;
    if (u.kind === 'comma' || u.kind === 'open' || u.kind === 'close') {
      const found = test();
      if (found) return found;
      if (u.kind === 'close') return null;
      segment = [];
    } else if (u.kind === 'word' && segment) segment.push(k);
  }
  return test();
}

function startsWith(units: readonly Unit[], i: number, seq: readonly string[]): number {
  let k = i;
  for (const t of seq) {
    while (k < units.length && units[k]!.kind === 'filler' && !seq.includes(units[k]!.norm)) k++;
    const u = units[k];
    if (!u || u.norm !== t || (u.kind !== 'word' && u.kind !== 'filler' && u.kind !== 'side')) return -1;
    k++;
  }
  return k - 1;
}

/**
 * Every concept mention in `written`; `fuzzy` enables OCR-tolerant reading of unknown words.
 * Match indices point into the returned `units` (OCR correction may join split words).
 */
export function matchConcepts(
  written: readonly Unit[],
  lex: CompiledDiagnosisLexicon,
  fuzzy: boolean,
): { units: readonly Unit[]; matches: ConceptMatch[]; codesOnly: CodeOnly[] } {
  const { units, corrected } = fuzzy ? correctUnits(written, lex) : { units: [...written], corrected: new Set<number>() };
  const used = units.map(() => false);
  const matches: ConceptMatch[] = [];
  const mark = (a: number, b: number): void => {
    for (let k = a; k <= b; k++) used[k] = true;
  };

  // Procedures first, so "s/p carpal tunnel release" is not read as carpal tunnel syndrome.
  for (let i = 0; i < units.length; i++) {
    if (!lex.statusPostFirst.has(units[i]!.norm)) continue;
    for (const seq of lex.statusPost) {
      const cueLast = startsWith(units, i, seq);
      if (cueLast < 0) continue;
      for (let j = cueLast + 1, words = 0; j < units.length && words < STATUS_POST_REACH; j++) {
        const u = units[j]!;
        if (STOP.has(u.kind)) break;
        if (u.kind !== 'word') continue;
        words++;
        const hit = longestAt(units, j, lex.procedures, lex, used);
        if (hit) {
          const last = hit.words[hit.words.length - 1]!;
          matches.push({ side: null, level: null, written: null, qualifier: false, entry: hit.entry, first: i, last, cue: { first: i, last: cueLast }, fuzzy: false });
          mark(i, last);
          break;
        }
      }
      break;
    }
  }

  for (let i = 0; i < units.length; i++) {
    if (used[i] || units[i]!.kind !== 'word') continue;
    const hit = longestAt(units, i, lex.conditions, lex, used);
    if (!hit) continue;
    const last = hit.words[hit.words.length - 1]!;
    const refined = refineByLaterSegment(units, hit.words, hit.entry, lex, used);
    if (refined) {
      hit.entry = refined.entry;
      for (const k of refined.segment) used[k] = true;
    }
    const fuzzyHit = corrected.size > 0 && hit.words.some((k) => corrected.has(k));
    matches.push({ side: null, level: null, written: null, qualifier: false, entry: hit.entry, first: i, last, cue: null, fuzzy: fuzzyHit });
    mark(i, last);
    i = last;
  }

  matches.sort((a, b) => a.first - b.first);
  for (const m of matches) {
    m.side = sideOf(units, m, matches);
    m.level = levelOf(units, m, matches);
  }
  giveSymptomSides(units, matches);
  markQualifiers(units, matches, lex);
  const codesOnly = attachCodes(units, matches, lex);
  return { units, matches, codesOnly };
}

/** Closest lexicon word to an unknown word, or null (cached on the compiled lexicon). */
function correct(word: string, lex: CompiledDiagnosisLexicon): string | null {
  const cached = lex.corrections.get(word);
  if (cached !== undefined) return cached;
  const { threshold, maxLengthDiff } = lex.lexicon.fuzzy;
  let best: string | null = null;
  let bestScore = threshold;
  for (let len = word.length - maxLengthDiff; len <= word.length + maxLengthDiff; len++) {
    for (const w of lex.vocabularyByLength.get(len) ?? []) {
      const score = jaroWinkler(word, w);
      if (score >= bestScore) {
        bestScore = score;
        best = w;
      }
    }
  }
  // Bounded: a long-running worker meets many distinct words.
  if (lex.corrections.size > 50_000) lex.corrections.clear();
  lex.corrections.set(word, best);
  return best;
}

/** A word with OCR's letter-for-digit confusions undone ("radicu1opathy" → "radiculopathy"). */
function undoConfusions(word: string, lex: CompiledDiagnosisLexicon): string {
  if (!/[a-z]/.test(word) || !/\d/.test(word)) return word;
  return word.replace(/\d/g, (d) => lex.lexicon.fuzzy.digitLetters[d] ?? d);
}

/** The lexicon word an unknown word stands for, or null. */
function readUnknown(word: string, lex: CompiledDiagnosisLexicon): string | null {
  if (word.includes('/')) {
    // "sprain/straini": read each part, keep the whole when it is a lexicon word.
    const parts = word.split('/').map((p) => (lex.vocabulary.has(p) ? p : readUnknown(p, lex)));
    if (parts.some((p) => p === null)) return null;
    const whole = parts.join('/');
    // "radiculopathy/radiculitis", "tendinitis/bursitis": alternatives for one diagnosis; the first names it.
    return lex.vocabulary.has(whole) ? whole : parts[0]!;
  }
  const w = undoConfusions(word, lex);
  if (lex.vocabulary.has(w)) return w;
  if (w.length < lex.lexicon.fuzzy.minChars || !/^[a-z]+$/.test(w)) return null;
  return correct(w, lex);
}

/**
 * A slash joining the last word of one name to the first word of the next ("cervical
 * strain/myofascial pain"), as units: the two words with a '/' boundary between them. Null for
 * alternatives of one name ("radiculopathy/radiculitis", "tendinitis/bursitis"): there the
 * second word names a diagnosis alone; here it only opens a longer name, with the word after it.
 */
function splitJoinedNames(u: Unit, next: Unit | undefined, lex: CompiledDiagnosisLexicon): Unit[] | null {
  const parts = u.norm.split('/');
  if (parts.length !== 2 || next?.kind !== 'word') return null;
  const [a, b] = parts.map((p) => lex.variants.get(p) ?? p) as [string, string];
  if (!lex.vocabulary.has(a) || !lex.vocabulary.has(b) || lex.conditions.has(tokenKey([b]))) return null;
  if (!lex.conditions.has(tokenKey([b, next.norm]))) return null;
  const at = u.start + parts[0]!.length;
  return [makeUnit('word', a, u.start, at), makeUnit('boundary', '/', at, at + 1), makeUnit('word', b, at + 1, u.end)];
}

/**
 * Units with OCR-damaged words replaced by the lexicon word they most resemble; a word split
 * in two ("radicu lopathy") is joined when the halves together read as a lexicon word.
 */
function correctUnits(units: readonly Unit[], lex: CompiledDiagnosisLexicon): { units: Unit[]; corrected: Set<number> } {
  const corrected = new Set<number>();
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind !== 'word' || lex.vocabulary.has(u.norm)) {
      out.push(u);
      continue;
    }
    const split = splitJoinedNames(u, units[k + 1], lex);
    if (split) {
      out.push(...split);
      continue;
    }
    const next = units[k + 1];
    if (next?.kind === 'word' && !lex.vocabulary.has(next.norm) && next.start - u.end === 1) {
      const joined = readUnknown(u.norm + next.norm, lex);
      if (joined) {
        corrected.add(out.length);
        out.push(makeUnit(u.kind, joined, u.start, next.end, u));
        k++;
        continue;
      }
    }
    const w = readUnknown(u.norm, lex);
    if (w) corrected.add(out.length);
    out.push(w ? makeUnit(u.kind, w, u.start, u.end, u) : u);
  }
  return { units: out, corrected };
}

/** Side written inside the mention, just before it, or just after it (", right shoulder"). */
function sideOf(units: readonly Unit[], m: ConceptMatch, all: readonly ConceptMatch[]): Side | null {
  const opensMention = (k: number): boolean => all.some((o) => o !== m && o.first > k && o.first - k <= 3 && units.slice(k + 1, o.first).every((u) => u.kind !== 'comma' && u.kind !== 'boundary'));
  for (let k = m.first; k <= m.last; k++) if (units[k]!.side) return units[k]!.side!;
  // Before the mention, a side may precede a body-part word or two ("right knee medial meniscus tear").
  for (let k = m.first - 1, words = 0; k >= 0; k--) {
    const u = units[k]!;
    if (u.side) return u.side;
    if (u.kind === 'word' && ++words > 2) break;
    if (u.kind !== 'filler' && u.kind !== 'level' && u.kind !== 'word') break;
  }
  // After the mention only a side that comes straight after it (", right shoulder"), and not one
  // that opens the next mention ("cervical disc herniation, bilateral shoulder impingement").
  for (let k = m.last + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.side) return opensMention(k) ? null : u.side;
    if (u.kind !== 'comma' && u.kind !== 'filler') break;
  }
  return null;
}

/**
 * A sided condition written without a side after a sided symptom of its list item is that
 * symptom's differential and takes its side ("left hand numbness - ulnar neuropathy versus C8
 * radiculopathy"; "right arm paresthesias, rule out carpal tunnel syndrome").
 */
function giveSymptomSides(units: readonly Unit[], matches: readonly ConceptMatch[]): void {
  for (const m of matches) {
    if (m.side || m.cue || !m.entry.codesBySide) continue;
    let symptom: ConceptMatch | undefined;
    for (const o of matches) {
      if (o.last >= m.first) break;
      if (o.entry.symptom && o.side && !o.cue) symptom = o;
    }
    if (symptom && units.slice(symptom.last + 1, m.first).every((u) => !u.itemEnd)) m.side = symptom.side;
  }
}

/** The one spinal level written with the mention; a level just before another mention is that one's. */
function levelOf(units: readonly Unit[], m: ConceptMatch, all: readonly ConceptMatch[]): string | null {
  const levels: string[] = [];
  for (let k = m.first; k <= m.last; k++) if (units[k]!.kind === 'level') levels.push(units[k]!.norm);
  const lv = adjacentLevel(units, m.first, m.last);
  if (lv !== null && (lv < m.first || !all.some((o) => o !== m && o.first > lv && adjacentLevel(units, o.first, o.last) === lv))) {
    levels.push(units[lv]!.norm);
    // "L4-5/L5-S1 disc herniation", "L4-5 and L5-S1 disc protrusions": a run of levels before the
    // mention names several, so no one level's code
    const run = lv < m.first ? levelJoinedBefore(units, lv) : null;
    if (run !== null) levels.push(units[run]!.norm);
  }
  return levels.length === 1 ? levels[0]! : null;
}

/** The level joined to the level at `lv` just before it (directly, or by a comma, "and" or "or"), or null. */
function levelJoinedBefore(units: readonly Unit[], lv: number): number | null {
  let k = lv - 1;
  const joint = units[k];
  if (joint && (joint.kind === 'comma' && joint.norm === ',' || (joint.kind === 'word' && (joint.norm === 'and' || joint.norm === 'or')))) k--;
  return units[k]?.kind === 'level' ? k : null;
}

/** Marks mentions that only qualify the previous mention of the same item. */
function markQualifiers(units: readonly Unit[], matches: readonly ConceptMatch[], lex: CompiledDiagnosisLexicon): void {
  let head: ConceptMatch | null = null;
  for (const m of matches) {
    if (!m.cue && refersBack(units, m, lex)) {
      m.qualifier = true;
      continue;
    }
    // Compare with the last mention that heads its item, so "without myelopathy or radiculopathy"
    // qualifies the head through both words.
    const prev = head;
    if (!prev || m.cue) {
      head = m;
      continue;
    }
    let sameItem = true;
    let inParens = false;
    const between: string[] = [];
    for (let k = prev.last + 1; k < m.first; k++) {
      const u = units[k]!;
      if (u.itemEnd) sameItem = false;
      if (u.kind === 'open') inParens = true;
      if (u.kind === 'close') inParens = false;
      if (u.kind === 'word' || u.kind === 'filler') between.push(u.norm);
    }
    const text = ` ${between.join(' ')} `;
    // A procedure is not qualified by a condition: "s/p microdiscectomy with resolved radiculopathy" names both.
    const qualifies = !prev.cue && lex.qualifierTexts.some((q) => text.includes(q));
    if (sameItem && (inParens || qualifies)) m.qualifier = true;
    else head = m;
  }
}

/** True when the mention's item opens with a back-reference and a qualifier ("Same, with a 2 cm tear"). */
function refersBack(units: readonly Unit[], m: ConceptMatch, lex: CompiledDiagnosisLexicon): boolean {
  let k = m.first - 1;
  while (k >= 0 && !units[k]!.itemEnd) k--;
  const words = units.slice(k + 1, m.first).filter((u) => u.kind === 'word' || u.kind === 'filler').map((u) => u.norm);
  if (!lex.backReferences.some((b) => b.every((t, i) => words[i] === t))) return false;
  const text = ` ${words.join(' ')} `;
  return lex.qualifierTexts.some((q) => text.includes(q));
}

const codesOf = (e: DiagnosisEntry): string[] =>
  [e.icd10, ...Object.values(e.codesBySide ?? {}), ...Object.values(e.codesByLevel ?? {}), ...(e.otherCodes ?? [])];

/**
 * "Left sacroiliac joint dysfunction / sacroiliitis (M46.1)": two names for one condition, and
 * the clinician's code says which one is meant; the other name becomes a qualifier (not reported).
 */
function dropUncodedAlternative(units: readonly Unit[], matches: readonly ConceptMatch[], coded: ConceptMatch, code: string): void {
  const slash = units[coded.first - 1];
  if (slash?.kind !== 'boundary' || slash.norm !== '/') return;
  const other = matches.find((m) => m.last === coded.first - 2 && !m.written && !m.qualifier && !m.cue);
  if (other && codesOf(coded.entry).includes(code) && !codesOf(other.entry).includes(code)) other.qualifier = true;
}

/** How many units a code that opens a list row may sit before the mention it labels. */
const ROW_CODE_REACH = 4;

/** The uncoded head mention before `index`, in the same list item, whose entry owns `code`, if any. */
function ownerInItem(units: readonly Unit[], matches: readonly ConceptMatch[], index: number, code: string): ConceptMatch | undefined {
  let owner: ConceptMatch | undefined;
  for (const m of matches) {
    if (m.last >= index) break;
    if (!m.qualifier && !m.written && codesOf(m.entry).includes(code)) owner = m;
  }
  return owner && units.slice(owner.last + 1, index).every((x) => !x.itemEnd) ? owner : undefined;
}

/** Attaches written codes to the mention they label; returns codes that label no mention. */
function attachCodes(units: readonly Unit[], matches: readonly ConceptMatch[], lex: CompiledDiagnosisLexicon): CodeOnly[] {
  const lone: CodeOnly[] = [];
  units.forEach((u, index) => {
    if (u.kind !== 'code') return;
    // "M51.36 lumbar degenerative disc disease": the code comes first (a code in parentheses never does).
    const inParens = units[index - 1]?.kind === 'open';
    // a code opening its row reaches past a cue or two before the name ("G90.512  Rule out complex regional pain syndrome")
    const reach = index === 0 || units[index - 1]!.itemEnd ? ROW_CODE_REACH : 2;
    const next = inParens ? undefined : matches.find((m) => m.first > index && m.first - index <= reach && !m.written);
    // (never across a list bullet: "Cervicalgia -- M54.2 / - History of ..." labels the item before)
    if (next && units.slice(index + 1, next.first).every((x) => x.kind !== 'boundary' || ((x.norm === ':' || x.norm === '-') && !x.itemEnd))) {
      next.written = u;
      return;
    }
    // "Cervical strain (S16.1XXA)": the code follows, within the same item.
    let prev: ConceptMatch | undefined;
    for (const m of matches) if (m.last < index && !m.qualifier) prev = m;
    // "Hypertension, aggravated by chronic pain (I10)": the code labels the mention of its item it names
    const named = prev && ownerInItem(units, matches, index, u.norm);
    if (named && named !== prev) prev = named;
    if (prev && !prev.written && units.slice(prev.last + 1, index).every((x) => !x.itemEnd)) {
      prev.written = u;
      dropUncodedAlternative(units, matches, prev, u.norm);
      return;
    }
    if (lex.codes.has(u.norm)) lone.push({ unit: u, index });
  });
  return lone;
}
