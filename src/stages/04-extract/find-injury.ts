/**
 * The injury: date, mechanism and injured body parts. The date is the most frequent
 * injury-role date, labelled dates first (a cumulative-trauma range gives its end date). The
 * mechanism and body parts come from the injury story: the first clinical sentence that tells
 * how the injury happened (it holds the injury date or an injury cue).
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { BodyPartRef, Diagnosis, Injury } from '../../types/facts.js';
import type { SegmentedDocument, Sentence } from '../../types/pipeline.js';
import type { Mechanism } from '../../types/vocab.js';
import { makeEvidence } from '../evidence.js';
import { findBodyParts, type BodyPartMention } from './find-body-parts.js';
import { sideIn } from './exam/side-in.js';
import { compileDiagnosedParts, diagnosedParts, refineByDiagnoses, type DiagnosedPartRules } from './diagnosed-parts.js';
import type { RoledDate } from './find-event-dates.js';
import { compileLiteralScan, type LiteralScan } from '../../text/literal-gate.js';
import { hoistWordBoundary } from '../../text/hoist-word-boundary.js';

interface Compiled {
  readonly context: RegExp[];
  readonly mechanisms: Array<{ mechanism: Mechanism; regexes: RegExp[] }>;
  /** Which mechanism regexes (all of them, in order) may match a sentence, from the words each must hold. */
  readonly mechanismScan: LiteralScan;
  readonly story: RegExp;
  readonly complaint: RegExp;
  readonly radiation: RegExp;
  readonly contact: RegExp;
  readonly contactAfter: RegExp | null;
  readonly landing: RegExp | null;
  readonly coordinated: RegExp;
  readonly nonIndustrial: RegExp;
  readonly partsLabel: RegExp | null;
  readonly partsLabelSideAfter: RegExp | null;
  /** `label` is global (scanned for each of its matches). */
  readonly headerPartsLabel: { readonly label: RegExp; readonly claimFields: RegExp; readonly reach: number } | null;
  readonly report: RegExp | null;
  readonly felt: RegExp | null;
  readonly proseDate: RegExp | null;
  readonly negatedBefore: RegExp | null;
  readonly firstComplaint: RegExp | null;
  readonly injuredBefore: RegExp | null;
  readonly unsided: ReadonlySet<string>;
  readonly psycheCodes: readonly string[];
  readonly more: RegExp | null;
  readonly supportAfter: RegExp | null;
  readonly complaintSections: ReadonlySet<string>;
  readonly diagnosed: DiagnosedPartRules;
}
const cache = new WeakMap<object, Compiled>();

/** A lexicon regex, its shared leading word boundary written once (see hoist-word-boundary.ts). */
const regex = (pattern: string): RegExp => new RegExp(hoistWordBoundary(pattern), 'i');

function compile(lex: Lexicons['mechanisms']): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const mechanisms = lex.entries.map((e) => ({ mechanism: e.mechanism, regexes: e.patterns.map(regex) }));
    c = {
      context: lex.injuryContext.map(regex),
      mechanisms,
      // the gates are read from the patterns as the lexicon writes them
      mechanismScan: compileLiteralScan(lex.entries.flatMap((e) => e.patterns.map((p) => new RegExp(p, 'i')))),
      story: regex(lex.storyWords),
      complaint: regex(lex.complaintWords),
      radiation: regex(lex.radiationCues),
      contact: regex(lex.contactCues),
      contactAfter: lex.contactAfterCues === undefined ? null : regex(lex.contactAfterCues),
      landing: lex.landingCues === undefined ? null : regex(lex.landingCues),
      coordinated: regex(lex.coordination),
      nonIndustrial: regex(lex.nonIndustrialCues),
      partsLabel: lex.partsLabel === undefined ? null : regex(lex.partsLabel),
      partsLabelSideAfter: lex.partsLabelSideAfter === undefined ? null : new RegExp(lex.partsLabelSideAfter, 'i'),
      headerPartsLabel: lex.partsLabelInClaimHeader === undefined ? null : {
        label: new RegExp(hoistWordBoundary(lex.partsLabelInClaimHeader.label), 'gi'), claimFields: regex(lex.partsLabelInClaimHeader.claimFields), reach: lex.partsLabelInClaimHeader.reach,
      },
      report: lex.reportCues === undefined ? null : regex(lex.reportCues),
      felt: lex.feltCues === undefined ? null : regex(lex.feltCues),
      proseDate: lex.proseInjuryDate === undefined ? null : new RegExp(lex.proseInjuryDate, 'i'),
      negatedBefore: lex.negatedPartBefore === undefined ? null : new RegExp(lex.negatedPartBefore, 'i'),
      firstComplaint: lex.firstComplaintWords === undefined ? null : new RegExp(lex.firstComplaintWords, 'i'),
      injuredBefore: lex.injuredPartBefore === undefined ? null : regex(lex.injuredPartBefore),
      unsided: new Set(lex.unsidedParts ?? []),
      psycheCodes: (lex.psycheCodes ?? []).map((x) => x.toUpperCase()),
      more: lex.moreCues === undefined ? null : regex(lex.moreCues),
      supportAfter: lex.supportAfterCues === undefined ? null : new RegExp(lex.supportAfterCues, 'i'),
      complaintSections: new Set(lex.complaintSections ?? []),
      diagnosed: compileDiagnosedParts(lex.diagnosedRegions ?? [], lex.diagnosedPartCodes ?? []),
    };
    cache.set(lex, c);
  }
  return c;
}

const SKIP_SECTIONS = new Set(['determination_process', 'reviewer_qualifications', 'rationale', 'decision', 'documents_reviewed']);
const LABELLED = new Set(['injury-label', 'injury-ct-end']);

/** Picks the injury date: labelled first, then narrative; the most frequent wins. */
function pickInjuryDate(dates: readonly RoledDate[]): RoledDate | null {
  const injury = dates.filter((d) => d.role === 'injury');
  const pool = injury.some((d) => d.ruleId && LABELLED.has(d.ruleId)) ? injury.filter((d) => d.ruleId && LABELLED.has(d.ruleId)) : injury;
  const counts = new Map<string, number>();
  for (const d of pool) counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
  let best: RoledDate | null = null;
  for (const d of pool) if (!best || (counts.get(d.date) ?? 0) > (counts.get(best.date) ?? 0)) best = d;
  return best;
}

/**
 * The sentences that tell the injury story (indexes into doc.sentences): first those holding an
 * injury-role date and, for a date told in a sentence, the sentence after it (a labelled header
 * date, "DOI: 3/27/17 Claim: ...", tells no story for the next line to go on with); then other
 * sentences with injury cues; sentences about a non-industrial injury are skipped. A sentence that
 * only reports the injury on its date brings in the sentence before it, which tells the story.
 */
function storySentences(doc: SegmentedDocument, dates: readonly RoledDate[], c: Compiled, toldBefore: Set<number> = new Set()): number[] {
  const injuryDates = dates.filter((d) => d.role === 'injury');
  const within = (s: Sentence, ds: readonly RoledDate[]): boolean => ds.some((d) => d.evidence.start >= s.start && d.evidence.start < s.end);
  const narrativeDates = injuryDates.filter((d) => !(d.ruleId && LABELLED.has(d.ruleId)));
  const withDate: number[] = [];
  const others: number[] = [];
  doc.sentences.forEach((s, i) => {
    const name = doc.sections[s.sectionIndex]?.name ?? null;
    if (name && SKIP_SECTIONS.has(name)) return;
    if (within(s, injuryDates)) {
      if (c.nonIndustrial.test(s.text)) return;
      // "He reported the injury on 3/8/2013." only dates the story told in the sentence before it
      const prev = doc.sentences[i - 1];
      if (prev && prev.sectionIndex === s.sectionIndex && c.report?.test(s.text) && within(s, narrativeDates) && !c.nonIndustrial.test(prev.text)) {
        withDate.push(i - 1);
        toldBefore.add(i - 1);
      }
      withDate.push(i);
      // "The patient is a 38 year-old carpenter with a date of injury of 4/2/2013.": a labelled date told in prose
      const prose = c.proseDate !== null && injuryDates.some((d) => d.evidence.start >= s.start && d.evidence.start < s.end
        && c.proseDate!.test(doc.text.slice(Math.max(s.start, d.evidence.start - 40), d.evidence.start)));
      if (!prose && !within(s, narrativeDates)) return;
      // the story often goes on in the next sentence ("... injury on 02/07/2014. She was pushing ...")
      const next = doc.sentences[i + 1];
      if (next && next.sectionIndex === s.sectionIndex && !c.nonIndustrial.test(next.text)) withDate.push(i + 1);
    } else if (c.story.test(s.text) && c.context.some((re) => re.test(s.text)) && !c.nonIndustrial.test(s.text)) {
      // story first: it fails on most sentences, so the non-industrial cue is asked only of a story
      others.push(i);
    }
  });
  return [...new Set([...withDate, ...others])];
}

/** Sides of the limbs a worker landed on, carried to the story's next sentences ("fell onto her left hand. Pain in the wrist"). */
type LimbSides = Map<'upper' | 'lower', NonNullable<BodyPartRef['side']>>;

/** How far before a part its contact cue may start ("fell forward onto her outstretched left hand"). */
const CONTACT_REACH = 60;

/**
 * Where a felt-injury cue ends ("felt a pop high in"), when a part is named after it; -1 otherwise
 * (a cue with no part after it does not say where).
 */
function feltOffset(s: Sentence, found: readonly BodyPartMention[], c: Compiled): number {
  const m = c.felt?.exec(s.text);
  if (!m) return -1;
  const at = s.start + m.index + m[0].length;
  return found.some((b) => b.start >= at) ? at : -1;
}

/** An injured part as read from a sentence, with what its word says about the limb. */
interface ReadPart extends BodyPartRef {
  /** A part the worker fell onto (the lexicon's `landingCues`), not caught, grabbed or carried on. */
  readonly landing?: boolean;
  /** Named only by a whole-limb word ("arm", "leg"), never by a specific one. */
  readonly generic: boolean;
  readonly limb: BodyPartMention['limb'];
  readonly region: BodyPartMention['region'];
}

const readPart = (b: BodyPartMention, side: BodyPartRef['side'], evidence: BodyPartRef['evidence'], generic = b.generic): ReadPart =>
  ({ part: b.part, side, evidence, generic, limb: b.limb, region: b.region });

/** The contract's part, without what the reading carried. */
const refOf = (p: ReadPart): BodyPartRef => ({ part: p.part, side: p.side, evidence: p.evidence });

/**
 * Whole-limb words dropped where they tell nothing of their own: beside a specific part of the same
 * limb ("right arm pain, right shoulder weakness"; "the left hand and wrist ... the left upper limb"),
 * or beside the spine region whose roots serve the limb ("low back and right leg pain", "neck and arm
 * pain"), where the limb is the path of the spine's pain.
 */
export function dropVagueLimbs<P extends ReadPart>(parts: readonly P[]): P[] {
  return parts.filter((p) => !p.generic || !parts.some((q) =>
    q !== p && ((q.limb === p.limb && !q.generic) || (q.limb === null && q.region !== null && q.region === p.region))));
}

/** The part before, with the side it was read with: a coordinated limb part may share it. */
type PrevPart = { end: number; side: BodyPartRef['side'] } | null;

/** "both wrists and hands", "R hand/wrist": an unsided limb part joined to a sided one shares its side. */
function coordinatedSide(doc: SegmentedDocument, c: Compiled, b: BodyPartMention, prev: PrevPart): BodyPartRef['side'] {
  if (b.side || !b.limb || !prev?.side) return b.side;
  return c.coordinated.test(doc.text.slice(prev.end, b.start)) ? prev.side : null;
}

/** Injured body parts from one sentence, sided mentions beating unsided ones of the same part. */
function partsOf(doc: SegmentedDocument, s: Sentence, lexicons: Lexicons, c: Compiled, landedOn: LimbSides = new Map(), landed: ReadPart[] = []): ReadPart[] {
  const parts: ReadPart[] = [];
  // limbs and trunk parts named after a radiation cue are where pain spreads ("radiates around the ribs to the
  // upper abdomen"), not injured parts; a spine region there is the source ("radiates from the spine")
  const radiation = c.radiation.exec(s.text);
  const radiationAt = radiation ? s.start + radiation.index : Infinity;
  let prev: PrevPart = null;
  const contactSides = new Map<BodyPartRef['part'], NonNullable<BodyPartRef['side']>>();
  // "the weight came onto his raised right arm and he felt a tearing pain in the shoulder": a
  // sided whole-limb word gives its side to an unsided part of that limb named after it
  const limbSides = new Map<NonNullable<BodyPartMention['limb']>, NonNullable<BodyPartRef['side']>>();
  const found = findBodyParts(s.text, lexicons, s.start);
  const feltAt = feltOffset(s, found, c);
  for (const b of found) {
    // "both wrists and hands": a coordinated limb part shares the side of the one before ("left low back and hip" too)
    const told = coordinatedSide(doc, c, b, prev);
    prev = { end: b.end, side: told };
    // a spine region is one midline part: "right neck pain" injures the cervical spine, not a side of it
    const side = c.unsided.has(b.part) ? null : told;
    if (b.generic && b.limb && side && side !== 'bilateral') limbSides.set(b.limb, side);
    if (b.start > radiationAt && !c.unsided.has(b.part)) continue;
    // "She has no neck pain": a part whose complaint is denied is not injured
    if (c.negatedBefore?.test(doc.text.slice(Math.max(s.start, b.start - 40), b.start))) continue;
    // the surface landed on is a point of contact, not necessarily an injured part; named again as
    // injured in the same sentence ("fell onto both knees, injuring her low back and knees") it keeps its side
    const before = doc.text.slice(Math.max(s.start, b.start - CONTACT_REACH), b.start).replace(/\s+/g, ' ');
    if (c.contact.test(before)) {
      if (side) contactSides.set(b.part, side);
      if (side && b.limb) landedOn.set(b.limb, side);
      landed.push({ ...readPart(b, side, makeEvidence(doc, b)), landing: c.landing?.test(before) ?? false });
      continue;
    }
    // so is a foot that stayed planted while the body turned, or a head thrown forward in a collision
    // and its side is the limb's ("his left foot slid out ... his ankle rolled": the left ankle)
    if (c.contactAfter?.test(doc.text.slice(b.end, Math.min(s.end, b.end + 30)).replace(/\s+/g, ' '))) {
      if (side && b.limb) landedOn.set(b.limb, side);
      continue;
    }
    // "an off-the-shelf lumbar corset": a support worn on the spine, not an injured region
    if (c.unsided.has(b.part) && c.supportAfter?.test(doc.text.slice(b.end, Math.min(s.end, b.end + 20)))) continue;
    // a part named before where the worker felt the injury is a position of the body, not the injury,
    // unless it was named as the injured part ("an injury to the left shoulder")
    if (b.start < feltAt && !c.injuredBefore?.test(doc.text.slice(Math.max(s.start, b.start - 40), b.start))) continue;
    const same = parts.findIndex((x) => x.part === b.part);
    const evidence = makeEvidence(doc, b);
    // an unsided part landed on just before keeps that side; so does an unsided part of the limb landed on,
    // told after the landing ("onto her left hand ... the wrist")
    const inherited = side || same >= 0 ? undefined
      : contactSides.get(b.part) ?? (b.limb && !c.unsided.has(b.part) ? landedOn.get(b.limb) ?? limbSides.get(b.limb) : undefined);
    if (inherited) {
      parts.push(readPart(b, inherited, evidence));
      continue;
    }
    // a part named once by a specific word ("biceps") is not vague for also being called "arm"
    const generic = same >= 0 ? parts[same]!.generic && b.generic : b.generic;
    if (same < 0) parts.push(readPart(b, side, evidence));
    else if (parts[same]!.side === null && side) parts[same] = readPart(b, side, evidence, generic);
    else if (parts[same]!.side && side && parts[same]!.side !== side) {
      // both sides named: the evidence runs from the first sided mention to this one
      const first = parts[same]!.evidence;
      parts[same] = readPart(b, 'bilateral', makeEvidence(doc, { start: first.start, end: b.end }), generic);
    } else parts[same] = { ...parts[same]!, generic };
  }
  return dropVagueLimbs(parts);
}

/** Whether sentence k may add parts to the story's: in section `section`, and not about a non-industrial injury. */
const sameStory = (doc: SegmentedDocument, c: Compiled, k: number, section: number): boolean => {
  const s = doc.sentences[k];
  return !!s && s.sectionIndex === section && !c.nonIndustrial.test(s.text);
};

/**
 * The story's parts with those of the next two sentences that tell of more parts hurt in the same
 * event ("A right wrist contusion from the same fall settled within a month."), and with a part the
 * worker landed on that such a complaint names as painful ("she landed on her right shoulder. She has
 * neck and right shoulder pain"): landing was the injury there.
 */
function withMoreParts(doc: SegmentedDocument, lexicons: Lexicons, c: Compiled, parts: readonly ReadPart[], at: number, landed: readonly ReadPart[] = []): ReadPart[] {
  const out = [...parts];
  const section = doc.sentences[at]!.sectionIndex;
  for (const k of [at + 1, at + 2]) {
    if (!sameStory(doc, c, k, section)) continue;
    const text = doc.sentences[k]!.text;
    const more = !!c.more?.test(text);
    // a complaint that only names a part again gives it the side the story left out ("kicked in the ribs. He sustained a left rib contusion")
    if (!more && !c.complaint.test(text)) continue;
    for (const q of partsOf(doc, doc.sentences[k]!, lexicons, c)) {
      const same = out.findIndex((p) => p.part === q.part);
      const hit = same < 0 && !more ? landed.find((l) => l.part === q.part && (!q.side || !l.side || l.side === q.side)) : undefined;
      if (same < 0 && more) out.push(q);
      else if (hit) out.push({ ...q, side: q.side ?? hit.side });
      else if (same >= 0 && out[same]!.side === null && q.side) out[same] = q;
    }
  }
  return out;
}

/**
 * When the story names no part: the first complaint of the history or subjective sections that names
 * any ("Neck pain 4/10 today."), with the complaint right after it ("Mid-back pain 3/10 today.").
 */
function firstComplaint(doc: SegmentedDocument, lexicons: Lexicons, c: Compiled): { parts: ReadPart[]; at: number } {
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k]!;
    const name = doc.sections[s.sectionIndex]?.name;
    if (!name || !c.complaintSections.has(name) || !(c.complaint.test(s.text) || c.firstComplaint?.test(s.text)) || c.nonIndustrial.test(s.text)) continue;
    const parts = partsOf(doc, s, lexicons, c);
    if (!parts.length) continue;
    const next = doc.sentences[k + 1];
    if (next && sameStory(doc, c, k + 1, s.sectionIndex) && c.complaint.test(next.text)) {
      for (const q of partsOf(doc, next, lexicons, c)) if (!parts.some((p) => p.part === q.part)) parts.push(q);
    }
    return { parts: dropVagueLimbs(parts), at: k };
  }
  return { parts: [], at: -1 };
}

/** Where a listed parts value in prose ends: a full stop before the next sentence's capital. */
const LABEL_VALUE_END = /\.\s+[A-Z]/;

/** The first singular "Body part:" label that stands in a claim header (a claim field near it before, or on its line). */
function headerLabel(text: string, c: Compiled): RegExpExecArray | null {
  const h = c.headerPartsLabel;
  if (!h) return null;
  const re = h.label;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineEnd = text.indexOf('\n', m.index);
    if (h.claimFields.test(text.slice(Math.max(0, m.index - h.reach), lineEnd < 0 ? text.length : lineEnd))) return m;
  }
  return null;
}

/** The parts a form field lists ("Body parts: R shoulder, neck"), to the end of its line or sentence; empty if none. */
function labelledParts(doc: SegmentedDocument, lexicons: Lexicons, c: Compiled): BodyPartRef[] {
  const m = c.partsLabel?.exec(doc.text) ?? headerLabel(doc.text, c);
  if (!m) return [];
  const from = m.index + m[0].length;
  const nl = doc.text.indexOf('\n', from);
  // to the end of its line, or of its sentence where the label stands in prose ("Body parts claimed: both
  // wrists/hands and the right thumb. She reports ...", a wrapped line joined to the next)
  const line = doc.text.slice(from, nl < 0 ? doc.text.length : nl);
  const stop = LABEL_VALUE_END.exec(line);
  const value = stop ? line.slice(0, stop.index + 1) : line;
  const parts: BodyPartRef[] = [];
  let prev: PrevPart = null;
  for (const b of findBodyParts(value, lexicons, from)) {
    // "R hand/wrist": a coordinated limb part shares the side of the one before, as in the story;
    // "face/jaw (left)": a side in brackets after the part (or after the part joined to it) is its side
    const after = b.side ? null : c.partsLabelSideAfter?.exec(value.slice(b.end - from));
    const told: BodyPartRef['side'] = coordinatedSide(doc, c, b, prev) ?? (after ? sideIn(after[1]!, lexicons) : null);
    prev = { end: b.end, side: told };
    const side = c.unsided.has(b.part) ? null : told;
    if (!parts.some((x) => x.part === b.part && x.side === side)) parts.push({ part: b.part, side, evidence: makeEvidence(doc, b) });
  }
  return parts;
}

/**
 * The psyche as an injured part, from a present diagnosis of a disorder that follows the traumatic
 * event itself (post-traumatic stress disorder); null when there is none or the psyche is listed.
 */
export function traumaPsyche(parts: readonly BodyPartRef[], diagnoses: readonly Diagnosis[], psycheCodes: readonly string[]): BodyPartRef | null {
  if (parts.some((p) => p.part === 'psyche')) return null;
  const d = diagnoses.find((x) => x.assertion === 'present' && x.icd10 && psycheCodes.some((code) => x.icd10!.toUpperCase().startsWith(code)));
  return d ? { part: 'psyche', side: null, evidence: d.evidence } : null;
}

/**
 * Injury facts; nulls and an empty list when the record does not say. The record's diagnoses, when
 * given, may add the psyche (see traumaPsyche).
 */
export function findInjury(doc: SegmentedDocument, lexicons: Lexicons, dates: readonly RoledDate[], diagnoses: readonly Diagnosis[] = []): Injury {
  const c = compile(lexicons.mechanisms);
  const date = pickInjuryDate(dates);
  // sentences brought in before a report of the injury: they tell how it happened, but the report
  // names the parts when it names any ("... repeated forceful cuts with the right hand. He reported
  // gradual onset of neck pain on 3/29/13")
  const toldBefore = new Set<number>();
  const story = storySentences(doc, dates, c, toldBefore);
  let mechanism: Mechanism | null = null;
  let mechanismEvidence: Injury['mechanismEvidence'];
  for (const i of story) {
    const s = doc.sentences[i]!;
    const possible = c.mechanismScan.possible(s.text);
    let r = 0; // index of the regex in the scan
    for (const m of c.mechanisms) {
      let hit: RegExpExecArray | null = null;
      // the first pattern that matches; the rest are not tried (non-global, so exec has no state)
      for (const re of m.regexes) if (possible[r++] && (hit = re.exec(s.text))) break;
      if (hit) {
        mechanism = m.mechanism;
        mechanismEvidence = makeEvidence(doc, { start: s.start + hit.index, end: s.start + hit.index + hit[0].length });
        break;
      }
    }
    if (mechanism) break;
  }
  // a story told with its moment of injury ("stepped down onto the edge of a curb and felt a sharp
  // pull under the left heel") but with none of the listed mechanisms: the mechanism is stated, and other
  if (!mechanism && c.felt) {
    for (const i of story) {
      const s = doc.sentences[i]!;
      const hit = c.felt.exec(s.text);
      if (!hit || c.nonIndustrial.test(s.text)) continue;
      mechanism = 'other';
      mechanismEvidence = makeEvidence(doc, { start: s.start + hit.index, end: s.start + hit.index + hit[0].length });
      break;
    }
  }
  // injured parts: from the first story sentence naming any (or the complaint sentences after it)
  let read: ReadPart[] = [];
  let partsAt = -1;
  let landed: ReadPart[] = [];
  // the parts landed on in the first story sentence that names some: the injured parts when no story sentence names another
  let landedOnly: { parts: ReadPart[]; at: number } | null = null;
  // parts: in document order (the first sentence of the story usually names them)
  for (const i of [...story].sort((a, b) => a - b)) {
    if (toldBefore.has(i) && partsOf(doc, doc.sentences[i + 1]!, lexicons, c).length) continue;
    const landedOn: LimbSides = new Map();
    landed = [];
    let vague: { parts: ReadPart[]; at: number } | null = null;
    for (const j of [i, i + 1, i + 2]) {
      const s = doc.sentences[j];
      // a following sentence about a non-industrial injury ("a non-industrial tear of the left knee") names no claimed part
      if (!s || (j > i && (!c.complaint.test(s.text) || c.nonIndustrial.test(s.text)))) continue;
      const parts = partsOf(doc, s, lexicons, c, landedOn, landed);
      // only a whole limb ("yanked his right arm"): the complaint after it may say which part ("pain in the R shoulder")
      if (parts.length && parts.every((p) => p.generic)) vague ??= { parts, at: j };
      else if (parts.length) {
        read = parts;
        partsAt = j;
        break;
      }
    }
    if (partsAt < 0 && vague) ({ parts: read, at: partsAt } = vague);
    if (partsAt >= 0) break;
    const fellOn = landed.filter((p) => p.landing);
    if (fellOn.length) landedOnly ??= { parts: dropVagueLimbs(fellOn), at: i };
  }
  if (partsAt >= 0) read = withMoreParts(doc, lexicons, c, read, partsAt, landed);
  else ({ parts: read, at: partsAt } = firstComplaint(doc, lexicons, c));
  // "his right foot caught the lip of a drain and he fell forward onto his left knee", and no complaint
  // names a part: the part fallen onto was hurt
  if (partsAt < 0 && landedOnly) ({ parts: read, at: partsAt } = landedOnly);
  // the diagnoses may name a story's part more exactly ("her right foot went into a hole" + "Right ankle sprain")
  let bodyParts = c.diagnosed.regions.length
    ? refineByDiagnoses(read, diagnosedParts(diagnoses, lexicons, c.diagnosed), c.diagnosed.regions)
    : read.map(refOf);
  const partsSentence = partsAt >= 0 ? doc.sentences[partsAt] : undefined;
  // a claim form's own list of body parts outranks the parts read from the story
  const listed = labelledParts(doc, lexicons, c);
  if (listed.length) bodyParts = listed;
  const psyche = traumaPsyche(bodyParts, diagnoses, c.psycheCodes);
  if (psyche) bodyParts = [...bodyParts, psyche];
  const out: Injury = {
    date: date?.date ?? null,
    mechanism,
    bodyParts,
    evidence: date ? date.evidence : partsSentence ? makeEvidence(doc, partsSentence) : null,
  };
  return mechanismEvidence ? { ...out, mechanismEvidence } : out;
}
