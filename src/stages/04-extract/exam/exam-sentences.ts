/**
 * Which sentences are examination text, with the context each inherits. Objective and
 * physical-exam sections are exam text throughout (and so is an untitled or "other" section
 * right after one: "Vitals", "POST-PROCEDURE"); in narrative sections an exam cue ("On
 * examination", "Examination on DATE documented", "O:") starts a run of sentences that a stop
 * cue (diagnoses, requests, imaging, treatment history) or the section's end closes. Rationale,
 * plan and the like are never read: they restate the exam or list exercises.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { SegmentedDocument, Sentence } from '../../../types/pipeline.js';
import { wordRunCount } from '../../../text/plain-split.js';
import { findBodyParts, type BodyPartMention } from '../find-body-parts.js';
import { allMatches, type CompiledExam } from './compile-exam-lexicon.js';
import { joinBroken, splitAtLabels } from './join-broken.js';
import { mayMatch } from './literal-gate.js';
import { sideIn } from './side-in.js';
import type { ExamContext, PartRef } from './exam-types.js';
import { testWhole } from './test-whole.js';

export interface ExamSentence {
  readonly sentence: Sentence;
  readonly context: ExamContext;
  readonly mentions: readonly BodyPartMention[];
}

type Mode = 'off' | 'block' | 'run';

/** Whether only blanks stand between the line's start and `at` in `text`. */
export function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

const symptomSets = new WeakMap<object, ReadonlySet<string>>();
/** The body-part lexicon's symptom terms, lower-cased (once per lexicon). */
function symptomWords(lexicons: Lexicons): ReadonlySet<string> {
  let set = symptomSets.get(lexicons.bodyParts);
  if (!set) symptomSets.set(lexicons.bodyParts, (set = new Set((lexicons.bodyParts.symptomTerms ?? []).map((t) => t.toLowerCase()))));
  return set;
}

/** Longest run of narrative sentences one cue opens. */
const MAX_RUN = 10;
/** Run of narrative sentences an objective finding opens: exam findings come in clusters. */
const FINDING_RUN = 2;
/** How many sentences before an objective finding an examiner's observation may open the run. */
const LOOK_BACK = 2;
/** How many sentences back a previously named part still applies. */
const PART_MEMORY = 3;

/** A body-part mention as the part reference findings carry. */
export const toRef = (m: BodyPartMention): PartRef => ({
  part: m.part, side: m.side, region: m.region, limb: m.limb, entryId: m.entryId,
});

// "Right knee exam (left knee for comparison):" — a parenthetical aside may sit before the colon
// "Special tests, L shoulder:" — a heading word and a comma may come before the part
const LABEL = /(?:^|\n)\s*(?:[-*•]\s*)?([A-Za-z][A-Za-z ,/'-]{0,40}?)\s*(?:\(([^()\n]{0,60})\)\s*)?:/g;

/**
 * "Right knee: ...", "Lumbar spine:", "Upper extremity neurologic examination:" — a line label
 * that starts with a body part (after an optional side). The last one in the sentence counts.
 */
function labelPart(c: CompiledExam, s: Sentence, mentions: () => readonly BodyPartMention[], lexicons: Lexicons): PartRef | null {
  let found: PartRef | null = null;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(s.text); m; m = LABEL.exec(s.text)) {
    // a table row named for a motion ("Plantar flexion: 30°") is not a part label
    if (wordRunCount(m[1]!) > 5 || c.motions.lookup(m[1]!.trim())) continue;
    const labelStart = s.start + m.index + m[0].indexOf(m[1]!);
    // the body parts are looked up only for a label that may name one (most colons are not such labels)
    const head = mentions().find((p) => p.start >= labelStart && p.end <= labelStart + m![1]!.length
      && c.labelSide.test(s.text.slice(labelStart - s.start, p.start - s.start)));
    if (!head) continue;
    // "Shoulders:", "Wrists:" — a plural label covers both sides
    const plural = /s$/i.test(head.text) && head.side === null;
    // "SI joint provocation tests (left):" — a side in the aside is the label's side
    const aside = m[2] && c.labelAside.test(m[2]) ? sideIn(m[2], lexicons) : null;
    found = { ...toRef(head), side: head.side ?? aside ?? (plural ? 'bilateral' : null) };
  }
  return found;
}

/**
 * A finding only an examiner reports — a straight leg raise, a named test, a motion in degrees —
 * makes a narrative sentence exam text by itself ("Per the report, SLR was positive on the left").
 */
function objectiveFinding(c: CompiledExam, text: string): boolean {
  // cheap tests first: a test needs a result word, a motion needs degrees (the result and
  // straight-leg-raise patterns scan a sentence faster than its word gates are read, see word-gate.ts)
  const degrees = c.degree.test(text);
  if (!degrees && !testWhole(c.results.re, text)) return false;
  return testWhole(c.slr, text)
    || (degrees && c.motions.may(text) && testWhole(c.motions.re, text))
    || (c.tests.may(text) && testWhole(c.tests.re, text));
}

/**
 * Inside a run, a sentence with an examiner's finding or grade ("DTRs 2+ knees and ankles",
 * "Strength 5/5 throughout") or observation ("Gait is antalgic") goes on with the exam, so the
 * run starts over from it.
 */
function graded(c: CompiledExam, text: string): boolean {
  return objectiveFinding(c, text) || (mayMatch(c.motorGrade, text) && testWhole(c.motorGrade, text))
    || (c.gates.reflexTerms(text) && testWhole(c.reflexTerms, text) && testWhole(c.reflexGrade, text))
    || observed(c, text);
}

/** An observation that needs a value word to count ("gait normal", "heel walking difficult"): examiner's language. */
function observed(c: CompiledExam, text: string): boolean {
  return c.gates.observations(text) && allMatches(c.keywords.re, text).some((m) => c.keywords.lookup(m[0])?.entry.requireValue === true);
}

/**
 * Indices in [from, to) of units that are an examiner's observation and no stop cue, and of the
 * units after the first such observation, up to `to`, that carry no stop cue: "She walked with an
 * antalgic gait. There was a small knee effusion and crepitus. Flexion was 105 degrees." — a
 * sentence between an examiner's observation and an objective finding is exam text too.
 */
function observationsBefore(c: CompiledExam, units: readonly Sentence[], from: number, to: number): number[] {
  const out: number[] = [];
  let opened = false;
  for (let j = from; j < to; j++) {
    const text = units[j]!.text;
    if (c.anyStopCue(text)) continue;
    if (opened || observed(c, text)) {
      out.push(j);
      opened = true;
    }
  }
  return out;
}

/**
 * An exam sentence whose body parts (and the part named just before it) are looked up only when
 * a finding needs them: many exam lines yield no finding, and the lookup is the costly part.
 */
function examSentence(
  sentence: Sentence, mentions: () => readonly BodyPartMention[], labelPart: PartRef | null, previousPart: () => PartRef | null,
): ExamSentence {
  return new LazyExamSentence(sentence, mentions, new LazyContext(labelPart, previousPart));
}

/** The context of `examSentence`, the previous part looked up when first read (a class: object literals with getters are slow to make). */
class LazyContext implements ExamContext {
  private part: { readonly part: PartRef | null } | undefined;
  constructor(readonly labelPart: PartRef | null, private readonly lookUp: () => PartRef | null) {}
  get previousPart(): PartRef | null {
    return (this.part ??= { part: this.lookUp() }).part;
  }
}

/** An exam sentence whose mentions are looked up when first read (see `examSentence`). */
class LazyExamSentence implements ExamSentence {
  private found: readonly BodyPartMention[] | undefined;
  constructor(readonly sentence: Sentence, private readonly lookUp: () => readonly BodyPartMention[], readonly context: ExamContext) {}
  get mentions(): readonly BodyPartMention[] {
    return (this.found ??= this.lookUp());
  }
}

type StopCue = CompiledExam['stopCues'][number];
type ExamCue = CompiledExam['examCues'][number];

/** The stop and exam cues of one unit, each tested at most once and only when asked for. */
interface UnitCues {
  /** Whether any stop cue matches. */
  stop(): boolean;
  /** Whether a stop cue of the given kind matches. */
  stopWhere(kind: (q: StopCue) => boolean): boolean;
  /** The first exam cue that matches, a weak one only where no stop cue does. */
  cue(): ExamCue | undefined;
}

/** `UnitCues` as a class: one object per unit instead of a record of closures (every unit of the document makes one). */
class LazyUnitCues implements UnitCues {
  // made on the first kind-specific question: most units are never asked one
  private hits: Map<StopCue, boolean> | undefined;
  private anyStop: boolean | undefined;
  private found: { readonly cue: ExamCue | undefined } | undefined;
  constructor(private readonly c: CompiledExam, private readonly text: string) {}

  private hit(q: StopCue): boolean {
    this.hits ??= new Map<StopCue, boolean>();
    let h = this.hits.get(q);
    if (h === undefined) this.hits.set(q, (h = q.test(this.text)));
    return h;
  }

  // most units match no cue at all: one joined scan answers for all of them
  stop(): boolean {
    return (this.anyStop ??= this.c.anyStopCue(this.text));
  }

  stopWhere(kind: (q: StopCue) => boolean): boolean {
    return this.anyStop !== false && this.c.stopCues.some((q) => kind(q) && this.hit(q));
  }

  cue(): ExamCue | undefined {
    const { c, text } = this;
    return (this.found ??= { cue: c.anyExamCue(text) ? c.examCues.find((q) => q.test(text) && !(q.weak && this.stop())) : undefined }).cue;
  }
}

const unitCues = (c: CompiledExam, text: string): UnitCues => new LazyUnitCues(c, text);

/** Sentences to read for findings, in order, each with its context. */
export function examSentences(doc: SegmentedDocument, c: CompiledExam, lexicons: Lexicons): ExamSentence[] {
  const { examSections: examSet, excludedSections: excluded } = c;
  const out: ExamSentence[] = [];
  let mode: Mode = 'off';
  let runLength = 0;
  let runMax = MAX_RUN;
  // the label in force is worked out backwards, only for the units that read it (see `labelAfter`)
  let labelFrom = 0;
  let prevSection = -2;
  // body parts are looked up only where needed: exam sentences, the few before them, labels
  // an imaging line right after an unpunctuated exam list ("Lachman: negative" / "Standing x-rays ...") is cut off too
  const units = splitAtLabels(joinBroken(doc, lexicons, c.anyStopCue), c.labelBreak);
  const found = new Map<number, readonly BodyPartMention[]>();
  const symptoms = symptomWords(lexicons);
  const mentionsOf = (i: number): readonly BodyPartMention[] => {
    let m = found.get(i);
    if (!m) {
      const u = units[i]!;
      // "straight leg raise", "drop arm test": words of a test name are not a body part examined
      // "headaches": a symptom's word names no place an examiner found something
      const all = findBodyParts(u.text, lexicons, u.start).filter((p) => !symptoms.has(p.text.toLowerCase()));
      const suspect = all.some((p) => c.testNameWords.has(p.text.toLowerCase()));
      const names = suspect ? [...(c.gates.slr(u.text) ? allMatches(c.slr, u.text) : []), ...(c.tests.may(u.text) ? allMatches(c.tests.re, u.text) : [])].map((x) => [u.start + x.index, u.start + x.index + x[0].length]) : [];
      m = names.length ? all.filter((p) => !names.some(([a, b]) => p.start < b! && a! < p.end)) : all;
      found.set(i, m);
    }
    return m;
  };
  // a unit's own line label ("Right knee:") or, failing that, whether it ends the label above ("Neuro:")
  const own = new Map<number, PartRef | null | 'reset'>();
  const ownLabel = (i: number): PartRef | null | 'reset' => {
    let lp = own.get(i);
    if (lp === undefined) {
      const s = units[i]!;
      LABEL.lastIndex = 0;
      // a label ends with a colon: a line without one is not searched
      lp = s.text.includes(':') && LABEL.test(s.text) ? labelPart(c, s, () => mentionsOf(i), lexicons) : null;
      // "Hip: ... \nNeuro: reflexes ...": a neurologic heading ends the joint label above it; run into
      // the joint's own lines ("Left ankle: ... . Strength: ankle dorsiflexion 5/5") it goes on with that joint
      if (!lp && c.labelResetTest(s.text) && startsLine(doc.text, s.start)) lp = 'reset';
      own.set(i, lp);
    }
    return lp;
  };
  const isExcluded = (i: number): boolean => {
    const name = doc.sections[units[i]!.sectionIndex]?.name ?? null;
    return name !== null && excluded.has(name);
  };
  /**
   * The label in force after unit i: the last label since `from` (the unit where the section
   * without a carried-over block began), unless a neurologic heading came after it. Units of
   * excluded sections set no label.
   */
  const after = new Map<number, PartRef | null>();
  const labelAfter = (i: number, from: number): PartRef | null => {
    const path: number[] = [];
    let found: PartRef | null = null;
    for (let j = i; j >= from; j--) {
      const known = after.get(j);
      if (known !== undefined) { found = known; break; }
      path.push(j);
      const lp = isExcluded(j) ? null : ownLabel(j);
      if (lp === 'reset') break;
      if (lp) { found = lp; break; }
    }
    // every unit walked over has the same label in force (memo entries are only valid for this `from`)
    for (const j of path) after.set(j, found);
    return found;
  };
  let sectionFirst = 0;
  let lastOut = -1;
  for (let i = 0; i < units.length; i++) {
    const s = units[i]!;
    const name = doc.sections[s.sectionIndex]?.name ?? null;
    if (s.sectionIndex !== prevSection) {
      sectionFirst = i;
      const carry = mode === 'block' && (name === null || name === 'other');
      if (name && examSet.has(name)) mode = 'block';
      else if (!carry) mode = 'off';
      if (!carry) {
        labelFrom = i;
        after.clear();
      }
      prevSection = s.sectionIndex;
    }
    if (name && excluded.has(name)) {
      // "Preoperative exam: positive Neer ..." inside an indications paragraph: that sentence alone
      const labelled = c.examCues.some((q) => q.block && q.test(s.text)) && objectiveFinding(c, s.text);
      if (labelled) out.push({ sentence: s, mentions: mentionsOf(i), context: { labelPart: labelPart(c, s, () => mentionsOf(i), lexicons), previousPart: null } });
      continue;
    }
    // the cue and stop tests run only where their answer can change what happens (most lines need few)
    const cues = unitCues(c, s.text);
    // "A:" after "O:" in one SOAP section: the assessment ends the exam a block cue opened
    if (mode === 'block' && cues.stopWhere((q) => q.endsBlock)) mode = 'off';
    if (mode !== 'block') {
      const cue = cues.cue();
      if (cue?.block) mode = 'block';
      else if (cue) {
        mode = 'run';
        runLength = 0;
        runMax = MAX_RUN;
      } else if (mode === 'run' && !cues.stop() && graded(c, s.text)) runLength = 0;
      else if (mode === 'run' && (cues.stop() || ++runLength > runMax)) mode = 'off';
    }
    // inside an exam section only imaging lines are skipped ("relief sign" is an exam word)
    const skip = (): boolean => (mode === 'block' ? cues.stopWhere((q) => q.inBlocks) : cues.stop());
    const finding = mode === 'off' && objectiveFinding(c, s.text) && !cues.stop();
    const eligible = finding || (mode !== 'off' && (!skip() || cues.cue() !== undefined));
    if (finding) {
      // "Gait normal. Lumbar ROM: flexion 70 deg": an observation only an examiner writes, just before, opens the run
      for (const j of observationsBefore(c, units, Math.max(sectionFirst, i - LOOK_BACK, lastOut + 1), i)) {
        out.push(examSentence(units[j]!, () => mentionsOf(j), labelAfter(i - 1, labelFrom), () => null));
        lastOut = j;
      }
      // "Cervical range of motion: flexion 30 degrees. Taut bands are palpable ...": the next sentences may go on with the exam
      mode = 'run';
      runLength = 0;
      runMax = FINDING_RUN;
    }
    if (eligible) {
      const first = Math.max(sectionFirst, i - PART_MEMORY);
      const previousPart = (): PartRef | null => {
        let last: BodyPartMention | undefined;
        // "there has never been any back complaint. Examination showed an antalgic gait": a denied complaint's part is not examined
        for (let j = i - 1; j >= first && !last; j--) {
          const u = units[j]!;
          last = mentionsOf(j).findLast((m) => !c.deniedPart(u.text, m.start - u.start, m.end - u.start));
        }
        return last ? toRef(last) : null;
      };
      out.push(examSentence(s, () => mentionsOf(i), labelAfter(i, labelFrom), previousPart));
      lastOut = i;
    }
  }
  return out;
}
