/**
 * Examination findings with their values: range of motion per motion, straight leg raise and
 * named tests with results, reflexes and strength grades, sensation, palpation and observation
 * findings. Reads only examination text (see `exam/exam-sentences.ts`); every word list and
 * pattern is in lexicons/exam-findings.json. A performed test keeps `assertion: "present"` with
 * its result as the value; only a sign said to be absent ("no spasm", "non-tender") is negated.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Diagnosis, ExamFinding } from '../../types/facts.js';
import type { SegmentedDocument, Span } from '../../types/pipeline.js';
import type { BodyPart, Side, SpineRegion } from '../../types/vocab.js';
import { isSpaceCode } from '../../text/space-char.js';
import { makeEvidence } from '../evidence.js';
import { findBodyParts } from './find-body-parts.js';
import { compileExamLexicon } from './exam/compile-exam-lexicon.js';
import { examSentences, toRef } from './exam/exam-sentences.js';
import type { Draft, PartRef } from './exam/exam-types.js';
import { findReflexes, findStrength } from './exam/find-graded.js';
import { findKeywordFindings } from './exam/find-keyword-findings.js';
import { findRom } from './exam/find-rom.js';
import { findSensation, findSummaries } from './exam/find-sensation.js';
import { findTests, type TestMemory } from './exam/find-tests.js';
import { sideIn } from './exam/side-in.js';
import { findCounted } from './exam/find-counted.js';
import { cellSentence, rowFindings, rowsIn, sideColumnRows, type SideRow } from './exam/side-columns.js';
import { cellPhrases, serialColumnRows, type SerialRow } from './exam/serial-columns.js';
import { isPalpation, NEURO_KINDS, resolveFinding, type PartClasses } from './exam/resolve-finding.js';

const low = (x: string | number | null | undefined): string => (x === null || x === undefined ? '' : String(x).toLowerCase());
const keyOf = (f: ExamFinding): string =>
  `${low(f.finding)}|${low(f.bodyPart)}|${low(f.side)}|${low(f.qualifier)}|${low(f.value)}|${low(f.assertion)}`;

/** The conjunctions `tighten` drops, and what must stand before one. */
const DANGLING = ['and', 'or', 'with', 'but', 'no'];
const isSpaceOrStop = (ch: string): boolean => ch === ',' || ch === ';' || isSpaceCode(ch.charCodeAt(0));
/** Every dangling conjunction at a span's end, with the spaces and stops around them. */
const DANGLING_TAIL = new RegExp(`(?:[\\s,;]+(?:${DANGLING.join('|')}))+[\\s,;]*$`, 'i');

/**
 * Whether `text` (a span) can end in a dangling conjunction: past its trailing spaces, commas and
 * semicolons it ends with one of the words, right after a space, comma or semicolon. A pattern
 * ending in `$` is tried at every character of the span; this look at its end rules out nearly all.
 */
function mayDangle(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceOrStop(text[end - 1]!)) end--;
  return DANGLING.some((w) => end > w.length && text.slice(end - w.length, end).toLowerCase() === w && isSpaceOrStop(text[end - w.length - 1]!));
}

/** The span without a dangling conjunction at its end ("4/5 in the right hip flexors and"). */
function tighten(text: string, span: Span): Span {
  const written = text.slice(span.start, span.end);
  const tail = mayDangle(written) ? DANGLING_TAIL.exec(written) : null;
  return tail && tail.index > 0 ? { start: span.start, end: span.start + tail.index } : span;
}

const regions = new WeakMap<object, Map<BodyPart, SpineRegion | null>>();

/** Spine region of the first body-part entry for `part` that has one (looked up once per part and lexicon). */
function regionOf(bodyParts: Lexicons['bodyParts'], part: BodyPart): SpineRegion | null {
  let byPart = regions.get(bodyParts);
  if (!byPart) regions.set(bodyParts, (byPart = new Map()));
  let region = byPart.get(part);
  if (region === undefined) byPart.set(part, (region = bodyParts.entries.find((e) => e.part === part && e.region)?.region ?? null));
  return region;
}

const limbs = new WeakMap<object, Map<BodyPart, 'upper' | 'lower' | null>>();

/** Limb of the first body-part entry for `part` that has one (looked up once per part and lexicon). */
function limbOf(bodyParts: Lexicons['bodyParts'], part: BodyPart): 'upper' | 'lower' | null {
  let byPart = limbs.get(bodyParts);
  if (!byPart) limbs.set(bodyParts, (byPart = new Map()));
  let limb = byPart.get(part);
  if (limb === undefined) byPart.set(part, (limb = bodyParts.entries.find((e) => e.part === part && e.limb)?.limb ?? null));
  return limb;
}

/** How far back an open parenthesis may stand before a finding it encloses ("(right 20)", "(on the right, 20 degrees)"). */
const ASIDE_REACH = 24;

/** The one side the injured parts of a limb are on, per limb; null where they name none or both. */
function injuredSides(lexicons: Lexicons, injured: ReadonlyArray<{ readonly part: BodyPart; readonly side: Side | null }>): Record<'upper' | 'lower', Side | null> {
  const sides = { upper: new Set<Side>(), lower: new Set<Side>() };
  for (const p of injured) {
    const limb = limbOf(lexicons.bodyParts, p.part);
    if (limb && p.side) sides[limb].add(p.side);
  }
  const one = (s: Set<Side>): Side | null => (s.size === 1 && !s.has('bilateral') ? [...s][0]! : null);
  return { upper: one(sides.upper), lower: one(sides.lower) };
}

/** The parts the present diagnoses name in their own words ("rotator cuff tear, right shoulder"); `sidedOnly`: of sided diagnoses only. */
function diagnosedParts(lexicons: Lexicons, diagnoses: readonly Diagnosis[], sidedOnly = true): Array<{ part: BodyPart; side: Side | null }> {
  return diagnoses.filter((d) => d.assertion === 'present' && (!sidedOnly || d.side)).flatMap((d) => findBodyParts(d.text, lexicons).map((b) => ({ part: b.part, side: b.side ?? d.side ?? null })));
}

/**
 * The claim's one part on each limb, where the claim is of limb parts only: its injured parts (else, where the
 * injury names none, the parts its present diagnoses name) include no spine part. A limb with two parts has none.
 */
function limbClaimParts(
  lexicons: Lexicons, spine: ReadonlySet<string>, parts: ReadonlyArray<{ readonly part: BodyPart; readonly side: Side | null }>,
): Map<string, { part: BodyPart; side: Side | null }> {
  const out = new Map<string, { part: BodyPart; side: Side | null }>();
  if (parts.some((p) => spine.has(p.part))) return out;
  const two = new Set<string>();
  for (const p of parts) {
    const limb = limbOf(lexicons.bodyParts, p.part);
    if (!limb) continue;
    const had = out.get(limb);
    if (had && (had.part !== p.part || (had.side && p.side && had.side !== p.side))) two.add(limb);
    else if (!had || (!had.side && p.side)) out.set(limb, { part: p.part, side: p.side });
  }
  for (const limb of two) out.delete(limb);
  return out;
}

/**
 * Every ExamFinding fact in the document, each with evidence. `injured` are the claim's injured
 * parts: a limb finding whose side the exam leaves unsaid is on the one side the injury names for that limb,
 * or, where the injury names no side for the limb, on the one side the present diagnoses name for it.
 */
export function findExamFindings(
  doc: SegmentedDocument, lexicons: Lexicons, injured: ReadonlyArray<{ readonly part: BodyPart; readonly side: Side | null }> = [],
  diagnoses: readonly Diagnosis[] = [],
): ExamFinding[] {
  const fromInjury = injuredSides(lexicons, injured);
  // the diagnoses' parts are looked up only for a limb the injury names no side for, when a finding asks
  let fromDiagnoses: Record<'upper' | 'lower', Side | null> | undefined;
  const diagnosedSide = (limb: 'upper' | 'lower'): Side | null =>
    (fromDiagnoses ??= diagnoses.length ? injuredSides(lexicons, diagnosedParts(lexicons, diagnoses)) : { upper: null, lower: null })[limb];
  const c = compileExamLexicon(lexicons.examFindings);
  const out: ExamFinding[] = [];
  const seen = new Set<string>();
  const memory: TestMemory = { group: [] };
  // the claim's parts (else, where the injury names none, its present diagnoses'), read when first needed
  let claim: { readonly all: ReadonlyArray<{ readonly part: BodyPart }>; readonly byLimb: Map<string, { part: BodyPart; side: Side | null }> } | undefined;
  const claimed = (): NonNullable<typeof claim> => {
    if (!claim) {
      const all = injured.length ? injured : diagnosedParts(lexicons, diagnoses, false);
      claim = { all, byLimb: limbClaimParts(lexicons, c.spine, all) };
    }
    return claim;
  };
  // "O: Incisions healed. Mild lateral soft-tissue swelling. Tender over the prominent medial malleolar screw heads" in
  // a right ankle claim: a sign palpated or seen with no part in its words or around it is of the claim's one part
  const soleClaim = (): { part: BodyPart; side: Side | null } | null => {
    const { all, byLimb } = claimed();
    const [one] = [...byLimb.values()];
    return byLimb.size === 1 && all.every((p) => p.part === one!.part) ? one! : null;
  };
  const soleClaimPart = (): BodyPart | null => soleClaim()?.part ?? null;
  // "She walks with a slight antalgic gait" in a right knee claim: the gait favours the one injured leg
  const injuredLeg = (): { part: BodyPart; side: Side } | null => {
    const one = soleClaim();
    return one && one.side && one.side !== 'bilateral' && limbOf(lexicons.bodyParts, one.part) === 'lower' ? { part: one.part, side: one.side } : null;
  };
  const classes: PartClasses = {
    spine: c.spine, specific: c.specific, limbEntries: c.limbEntries, notJoints: c.notJoints, regionless: c.regionless,
    regionOf: (part: BodyPart): SpineRegion | null => regionOf(lexicons.bodyParts, part),
    claimPart: (part: BodyPart) => claimed().byLimb.get(limbOf(lexicons.bodyParts, part) ?? 'none') ?? null,
    text: doc.text,
  };
  const sentences = examSentences(doc, c, lexicons);
  // read once, when the first exam sentence needs it
  let sideRows: readonly SideRow[] | undefined;
  let serialRows: readonly SerialRow[] | undefined;
  let examSide: { side: Side | null } | undefined;
  /** The one side the exam names for limb parts ("right medial epicondyle", "right elbow"), if it names only one. */
  const soleSide = (): Side | null => {
    if (!examSide) {
      const sides = new Set(sentences.flatMap((x) => x.mentions).filter((m) => m.side && !c.spine.has(m.part)).map((m) => m.side));
      examSide = { side: sides.size === 1 && !sides.has('bilateral') ? [...sides][0]! : null };
    }
    return examSide.side;
  };
  const sideOfInjured = (part: BodyPart): Side | null => {
    const limb = limbOf(lexicons.bodyParts, part);
    return limb ? fromInjury[limb] ?? diagnosedSide(limb) : null;
  };
  // the joint each serial-measure table's rows name ("R knee flexion AROM"), per table
  const joints = new Map<number, PartRef | null>();
  const tableJoint = (r: SerialRow): PartRef | null => {
    let joint = joints.get(r.table);
    if (joint === undefined) {
      const named = serialRows!.filter((x) => x.table === r.table).flatMap((x) => findBodyParts(x.phrase, lexicons))
        .find((m) => !c.spine.has(m.part) && !c.limbEntries.has(m.entryId) && !c.notJoints.has(m.part));
      joints.set(r.table, (joint = named ? toRef(named) : null));
    }
    return joint;
  };
  // sides written in findings of the label's part since the label ("Left shoulder: ..." then "Neer positive R")
  let sinceLabel: { label: object | null; sides: Map<BodyPart, Set<Side>> } = { label: null, sides: new Map() };
  for (const e of sentences) {
    // the body parts (`e.mentions`) are looked up only if a finding is found
    const { sentence: s, context } = e;
    const label = context.labelPart;
    if (label !== sinceLabel.label) sinceLabel = { label, sides: new Map() };
    const detect = (x: typeof s, mem: TestMemory): Draft[] => {
      const taken: Span[] = [];
      // pushed, not spread: most detectors find nothing in a sentence
      const all: Draft[] = [];
      const add = (ds: readonly Draft[]): void => {
        for (const d of ds) all.push(d);
      };
      add(findSummaries(c, x, taken, lexicons));
      add(findTests(c, x, lexicons, mem, context.labelPart?.part ?? null));
      add(findRom(c, x, doc.text, lexicons));
      add(findReflexes(c, x, lexicons));
      add(findStrength(c, x, lexicons));
      add(findSensation(c, x, lexicons, taken));
      add(findKeywordFindings(c, x, lexicons, taken));
      add(findCounted(c, x, lexicons));
      return all;
    };
    // a table whose columns are sides ("RIGHT   LEFT"): each cell is the row's finding on its column's side,
    // quoted by the whole row; what the sentence reads across a row's cells is dropped
    const tableRows = (sideRows ??= sideColumnRows(doc.text, lexicons)).filter((r) => r.start < s.end && s.start < r.end);
    // a table of serial measures ("Initial eval 04/22/24   Discharge 07/01/24"): each cell is the row's finding with
    // that cell's value, quoted by the cell (the first also by the row's label)
    const serial = (serialRows ??= serialColumnRows(doc.text, lexicons)).filter((r) => r.start < s.end && s.start < r.end);
    const inRow = (d: Draft): boolean => tableRows.some((r) => d.start < r.end && r.start < d.end) || serial.some((r) => d.start < r.end && r.start < d.end);
    // the part of a finding of a row is the one its own words name, else the joint the table's rows name
    const serialCells = serial.filter((r) => r.start >= s.start).flatMap((r) => r.cells.flatMap((cell, i) => cellPhrases(r, cell).flatMap((text) => {
      const own = findBodyParts(text, lexicons, r.start);
      const ctx = { labelPart: tableJoint(r), previousPart: null };
      const read = (t: string): Draft[] => detect({ ...s, start: r.start, end: r.start + t.length, text: t }, { group: [] });
      // a measure read only with its side next to it ("single-leg stance R 8 sec"): the label's side written before the cell
      const plain = read(text);
      const found = plain.length || !r.sideWord ? plain : cellPhrases(r, cell, true).flatMap(read);
      return found.map((d): Draft => {
        // a body word inside the finding's own name ("single-leg stance") is not the part measured
        const named = d.qualifier?.toLowerCase();
        const part = resolveFinding(d, named ? own.filter((m) => !named.includes(m.text.toLowerCase())) : own, ctx, null, classes).bodyPart;
        return {
          ...d, start: i === 0 ? r.start : cell.start, end: cell.end, side: d.lateralMotion ? d.side ?? r.side : r.side ?? d.side,
          ...(part && !NEURO_KINDS.has(d.kind) && d.kind !== 'special_test' ? { columnPart: part } : {}),
        };
      });
    })));
    // a measure read only with its side next to it ("Grip strength (Jamar)   14 kg   27 kg"): the column's side
    // written before the cell, and the unit the row's label gives in parentheses after a bare number ("Key pinch (kg)   4   7")
    const readCell = (r: SideRow, cell: SideRow['cells'][number]): Draft[] => {
      const plain = detect(cellSentence(s, r, cell), { group: [] });
      const word = cell.side === 'right' ? 'R' : cell.side === 'left' ? 'L' : null;
      if (plain.length || !word || cell.start !== undefined) return plain;
      const unit = /^\d+(?:\.\d+)?$/.test(cell.text.trim()) ? c.rowLabelUnit?.exec(r.label)?.[1] : undefined;
      return detect(cellSentence(s, r, { ...cell, text: `${word} ${cell.text.trim()}${unit ? ` ${unit}` : ''}` }), { group: [] });
    };
    const cells = rowsIn(tableRows, s).flatMap((r) => rowFindings(r.cells.map((cell) =>
      readCell(r, cell).map((d): Draft => ({ ...d, start: cell.start ?? r.start, end: cell.end ?? r.end, side: d.lateralMotion ? d.side ?? cell.side : cell.side }))), lexicons.examFindings.sideColumns?.equalCellsBilateral));
    const drafts: Draft[] = [...detect(s, memory).filter((d) => !inRow(d)), ...cells, ...serialCells].sort((a, b) => a.start - b.start);
    let palpationSide: Side | null = null;
    const found: ExamFinding[] = [];
    // "On the right, ankle dorsiflexion was 10 degrees and ...": the opening side covers the limb findings after it
    const lead = drafts.length ? c.sentenceSide?.exec(s.text) : null;
    const leadSide = lead ? sideIn(lead[1]!, lexicons) : null;
    // "AROM R: forward flexion 175 deg" under "L shoulder:": the measure's own side label beats the joint's
    const measureLabel = drafts.length ? c.measureSideLabel?.exec(s.text) : null;
    const measureSide = measureLabel ? sideIn(measureLabel[1]!, lexicons) : null;
    for (const d of drafts) {
      const resolved = resolveFinding(d, e.mentions, context, palpationSide, classes);
      const favoured = d.kind === 'gait' && !d.side && !resolved.side && !resolved.bodyPart && c.gaitFavoursInjured?.test(String(d.value ?? '')) ? injuredLeg() : null;
      const bodyPart = resolved.bodyPart ?? (c.claimPartKinds.has(d.kind) ? soleClaimPart() : null) ?? favoured?.part ?? null;
      const limbFinding = !d.lateralMotion && d.kind !== 'straight_leg_raise' && !(bodyPart && c.spine.has(bodyPart));
      // an exam of one limb ("right medial epicondyle ... Tinel's sign at the cubital tunnel is negative"): a limb
      // finding with no side of its own is on the only side the exam names
      // "Left shoulder: <measures> / Tender ... on the right. Neer positive R. Drop-arm test: negative.": once the
      // findings under a label state the other side of its part, a finding with no side of its own follows them
      const written = d.side && bodyPart && label?.part === bodyPart && label.side && d.side !== 'bilateral' ? d.side : null;
      // ... but a measure of the other side set in parentheses ("dorsiflexion 5 degrees (right 20)") is a comparison aside
      if (written && !c.sideAside.test(doc.text.slice(Math.max(0, d.start - ASIDE_REACH), Math.min(d.end, d.start + ASIDE_REACH)))) sinceLabel.sides.set(bodyPart!, (sinceLabel.sides.get(bodyPart!) ?? new Set<Side>()).add(written));
      // only when they all state that one other side (a "right (left in parentheses)" table states both)
      const stated = !d.side && label?.side && bodyPart === label.part && resolved.side === label.side ? sinceLabel.sides.get(bodyPart) : undefined;
      const fromLabel = stated?.size === 1 ? [...stated][0] : undefined;
      const side = favoured?.side ?? (measureSide && limbFinding && !d.side && !d.lateralMotion ? measureSide : null)
        ?? (fromLabel && fromLabel !== label!.side ? fromLabel : resolved.side) ?? (leadSide && limbFinding ? leadSide : null)
        ?? (limbFinding && bodyPart && d.kind !== 'gait' ? soleSide() : null)
        // "Incision: well healed, no erythema" in the exam of a left elbow repair
        ?? (limbFinding && bodyPart && d.kind !== 'gait' && !d.lateralMotion ? sideOfInjured(bodyPart) : null);
      if (isPalpation(d.kind) && side) palpationSide = side;
      found.push({
        finding: d.kind, bodyPart, side, qualifier: d.qualifier, value: d.value, unit: d.unit,
        assertion: d.negated ? 'negated' : 'present', evidence: makeEvidence(doc, tighten(doc.text, d)),
        ...(d.cue ? { cue: { text: doc.text.slice(d.cue.start, d.cue.end).trim(), start: d.cue.start, end: d.cue.end, ruleId: d.cue.ruleId, category: 'negated' as const } } : {}),
      });
    }
    // "trigger points with twitch response ... at lumbar paraspinals on left": the side said last covers the trigger point
    const myofascial = (f: ExamFinding): boolean => f.finding === 'trigger_point' || f.finding === 'twitch_response';
    const lastSide = [...found].reverse().find((f) => myofascial(f) && f.side)?.side ?? null;
    for (const f of found) {
      if (lastSide && !f.side && myofascial(f) && f.assertion === 'present') f.side = lastSide;
      const key = keyOf(f);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}
