/**
 * Radiculopathy mentions and the patient's status. A mention is a lexicon span (the words
 * radiculopathy/radicular/radiculitis/sciatica, or pain or numbness radiating into a limb); its
 * assertion and subject come from ConText. Guideline statements are `subject: "guideline"` and
 * never move the status; nor do other people's conditions or conditional futures.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Radiculopathy, RadiculopathyMention } from '../../types/facts.js';
import type { Assertion } from '../../types/assertion.js';
import type { SegmentedDocument } from '../../types/pipeline.js';
import type { BodyPart, MentionAssertion, RadiculopathyStatus, Side, SpineRegion, Subject } from '../../types/vocab.js';
import { makeEvidence } from '../evidence.js';
import { assertSpan } from '../05-assert/apply-context.js';
import { findBodyParts } from './find-body-parts.js';
import { nextMatch } from '../../text/next-match.js';
import { compileDocLiteralScan, type DocLiteralScan } from '../../text/literal-gate.js';
import { hoistWordBoundary } from '../../text/hoist-word-boundary.js';
import { refutes, refutingRules } from './refuted-diagnosis.js';

type MentionKind = Lexicons['radiculopathy']['entries'][number]['kind'];

interface Compiled {
  readonly historicalHeaders: ReadonlySet<string>;
  readonly terms: Array<{ id: string; kind: MentionKind; regex: RegExp }>;
  /** Which terms' regexes may match a sentence, from the words every match of each must hold. */
  readonly scan: DocLiteralScan;
  readonly exclusion: RegExp;
  /** "from the wrist", "from his left knee": a radiation that starts outside the spine; null if none listed. */
  readonly nonSpinalOrigin: RegExp | null;
  /** "heel pain radiating into the arch": the pain of a joint or limb part, right before the radiation; null if none listed. */
  readonly nonSpinalSource: RegExp | null;
  readonly regions: Array<{ region: SpineRegion; regex: RegExp }>;
  /** Words that name each region's spine; null when the lexicon lists none. */
  readonly spineWords: Readonly<Record<SpineRegion, RegExp>> | null;
  /** The lexicon's `fromSpine` (a radiation told from the back or neck), or null. */
  readonly fromSpine: RegExp | null;
  /** Words that tell a mention as a past finding; null when the lexicon lists none. */
  readonly pastEpisode: RegExp | null;
  /** Words after a mention that close it as a past episode ("that was treated with", "with resolution"); null if none. */
  readonly pastEpisodeAfter: RegExp | null;
  /** The lexicon's `refutedDiagnosisToldBefore`: words that tell a diagnosis given; null if none. */
  readonly toldDiagnosed: RegExp | null;
}
const cache = new WeakMap<object, Compiled>();

function compile(lex: Lexicons['radiculopathy'], headers: Lexicons['sectionHeaders']): Compiled {
  let c = cache.get(lex);
  if (!c) {
    // a shared leading word boundary written once (see hoist-word-boundary.ts); the gates are read from the patterns as written
    const terms = lex.entries.map((e) => ({ id: e.id, kind: e.kind, regex: new RegExp(hoistWordBoundary(e.pattern), 'gi') }));
    c = {
      historicalHeaders: new Set(headers.entries.filter((e) => e.historical).map((e) => e.id)),
      terms,
      scan: compileDocLiteralScan(lex.entries.map((e) => new RegExp(e.pattern, 'gi'))),
      pastEpisode: lex.pastEpisodeCues ? new RegExp(lex.pastEpisodeCues, 'i') : null,
      pastEpisodeAfter: lex.pastEpisodeAfterCues ? new RegExp(lex.pastEpisodeAfterCues, 'i') : null,
      toldDiagnosed: lex.refutedDiagnosisToldBefore ? new RegExp(lex.refutedDiagnosisToldBefore, 'i') : null,
      exclusion: new RegExp(lex.exclusions.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i'),
      nonSpinalOrigin: lex.nonSpinalOrigin === undefined ? null : new RegExp(lex.nonSpinalOrigin, 'i'),
      nonSpinalSource: lex.nonSpinalSource === undefined ? null : new RegExp(lex.nonSpinalSource, 'i'),
      regions: (Object.entries(lex.regions) as Array<[SpineRegion, string[]]>).map(([region, words]) => ({
        region, regex: new RegExp(`(?:${words.join('|')})`, 'i'),
      })),
      fromSpine: lex.fromSpine === undefined ? null : new RegExp(lex.fromSpine, 'i'),
      spineWords: lex.spineWords
        ? { cervical: new RegExp(lex.spineWords.cervical, 'i'), thoracic: new RegExp(lex.spineWords.thoracic, 'i'), lumbar: new RegExp(lex.spineWords.lumbar, 'i') }
        : null,
    };
    cache.set(lex, c);
  }
  return c;
}

/** Contract assertion and subject from a ConText result. */
export function classifyMention(a: Assertion): { assertion: MentionAssertion; subject: Subject; suspected: boolean } {
  // (returned object is fresh, callers may refine it)
  if (a.guideline) return { assertion: 'hypothetical', subject: 'guideline', suspected: false };
  const subject: Subject = a.experiencer === 'other' ? 'other' : 'patient';
  if (a.negated) return { assertion: 'negated', subject, suspected: false };
  if (a.possible) return { assertion: 'hypothetical', subject, suspected: true };
  if (a.hypothetical) return { assertion: 'hypothetical', subject, suspected: false };
  if (a.historical) return { assertion: 'historical', subject, suspected: false };
  return { assertion: 'affirmed', subject, suspected: false };
}

/** Region from the mention's own words first, then its sentence. */
function regionOf(text: string, sentence: string, c: Compiled): SpineRegion | null {
  for (const source of [text, sentence]) {
    const hits = c.regions.filter((r) => r.regex.test(source));
    if (hits.length === 1) return hits[0]!.region;
    if (hits.length > 1 && source === text) return null;
  }
  return null;
}

/** The injured part that is each region's spine. */
const SPINE_PART: Readonly<Record<SpineRegion, BodyPart>> = { cervical: 'cervical spine', thoracic: 'thoracic spine', lumbar: 'lumbar spine' };

/**
 * May a denied limb symptom of this region ("no tingling in the arm") deny a radiculopathy? Only
 * in a claim of that region's spine, or where its own sentence names that spine ("Neck pain; no arm
 * symptoms"): in a shoulder or rib claim it denies symptoms of the injury at hand. Without the
 * claim's parts, the record must name that spine somewhere. True when the region is unknown or the
 * lexicon lists no spine words.
 */
function spineClaimOf(region: SpineRegion | null, sentence: string, text: string, c: Compiled, claimParts: readonly BodyPart[] | undefined): boolean {
  if (!region || !c.spineWords) return true;
  if (c.spineWords[region].test(sentence)) return true;
  if (claimParts && claimParts.length) return claimParts.includes(SPINE_PART[region]) || (region === 'lumbar' && claimParts.includes('sacrum'));
  return c.spineWords[region].test(text);
}

/** Patient-level status from mentions (see the contract's labeling conventions). */
export function radiculopathyStatus(mentions: ReadonlyArray<RadiculopathyMention & { suspected?: boolean }>): RadiculopathyStatus {
  const own = mentions.filter((m) => m.subject === 'patient');
  if (own.some((m) => m.assertion === 'affirmed')) return 'present';
  if (own.some((m) => m.assertion === 'hypothetical' && m.suspected)) return 'possible';
  if (own.some((m) => m.assertion === 'negated' || m.assertion === 'historical')) return 'absent';
  return 'not_mentioned';
}

/** Characters before a radiating match searched for the joint its pain is told of (`nonSpinalSource`). */
const SOURCE_REACH = 80;

/**
 * Is a radiating match not radicular? Trigger-point referred pain near it, or a radiation that
 * starts outside the spine ("numbness radiating from the wrist into the thumb").
 */
function notRadicular(kind: MentionKind, text: string, m: RegExpExecArray, c: Compiled): boolean {
  if (kind !== 'radiating') return false;
  if (c.exclusion.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length))) return true;
  return !!c.nonSpinalOrigin?.test(text.slice(m.index, m.index + m[0].length + 40))
    || !!c.nonSpinalSource?.test(text.slice(Math.max(0, m.index - SOURCE_REACH), m.index + m[0].length));
}

/**
 * "She was found to have ... right L5 radiculopathy" before a fusion, and later "right L5
 * radiculopathy, resolved": an affirmed mention told as a past finding (or closed after it: "... that
 * was treated with a discectomy, with resolution of the leg pain") is the same past episode
 * when the record calls a radiculopathy of that region historical. Without such a historical
 * mention a past-tense finding stays affirmed (the condition may persist).
 */
function markPastEpisodes(doc: SegmentedDocument, found: Array<RadiculopathyMention & { suspected: boolean }>, c: Compiled): void {
  if (!c.pastEpisode) return;
  const pastRegions = new Set(found.filter((m) => m.subject === 'patient' && m.assertion === 'historical').map((m) => m.region));
  if (pastRegions.size === 0) return;
  for (const m of found) {
    if (m.subject !== 'patient' || m.assertion !== 'affirmed' || !pastRegions.has(m.region)) continue;
    const s = doc.sentences.find((x) => x.start <= m.evidence.start && m.evidence.end <= x.end);
    if (!s) continue;
    const toldPast = c.pastEpisode.test(doc.text.slice(s.start, m.evidence.start));
    if (toldPast || c.pastEpisodeAfter?.test(doc.text.slice(m.evidence.end, s.end))) m.assertion = 'historical';
  }
}

/**
 * "She was diagnosed with a lumbar strain and right-sided sciatica" ... "right-sided sciatica, ruled
 * out": an affirmed patient mention told as a diagnosis given (`toldDiagnosed` in its sentence before
 * it) is negated, with the refuting cue, when a later patient mention of the same word refutes it
 * (see refuted-diagnosis.ts).
 */
function markRefutedDiagnoses(doc: SegmentedDocument, found: Array<RadiculopathyMention & { suspected: boolean }>, c: Compiled, refuting: ReadonlySet<string>): void {
  if (!c.toldDiagnosed || refuting.size === 0) return;
  const negated = found.filter((m) => m.subject === 'patient' && m.assertion === 'negated');
  for (const m of found) {
    if (m.subject !== 'patient' || m.assertion !== 'affirmed') continue;
    const word = m.text.toLowerCase();
    const by = negated.find((x) => x.text.toLowerCase() === word && refutes(doc.text, m, x, refuting));
    if (!by) continue;
    const s = doc.sentences.find((x) => x.start <= m.evidence.start && m.evidence.end <= x.end);
    if (!s || !c.toldDiagnosed.test(doc.text.slice(s.start, m.evidence.start))) continue;
    m.assertion = 'negated';
    m.cue = by.cue;
  }
}

/**
 * Every radiculopathy mention and the patient's status. `claimParts`, when given, are the claim's
 * injured parts (a denied limb symptom denies a radiculopathy only in a claim of that spine).
 */
export function findRadiculopathy(doc: SegmentedDocument, lexicons: Lexicons, claimParts?: readonly BodyPart[]): Radiculopathy {
  const c = compile(lexicons.radiculopathy, lexicons.sectionHeaders);
  const found: Array<RadiculopathyMention & { suspected: boolean }> = [];
  const taken: Array<[number, number]> = [];
  // the gate strings are found once in the whole document, then asked of each sentence
  const hits = c.scan.hits(doc.text);
  for (const s of doc.sentences) {
    let sentenceParts: ReturnType<typeof findBodyParts> | undefined; // found once, only if a mention needs them
    const possible = hits.possible(s.start, s.end);
    for (let ti = 0; ti < c.terms.length; ti++) {
      if (!possible[ti]) continue;
      const t = c.terms[ti]!;
      // an exec loop on the shared regex: matchAll would clone it for every sentence and term
      t.regex.lastIndex = 0;
      for (let m = t.regex.exec(s.text); m; m = nextMatch(t.regex, s.text, m)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        if (notRadicular(t.kind, s.text, m, c)) continue;
        const a = assertSpan(doc, { start, end }, lexicons);
        const cls = classifyMention(a);
        // words that deny radiation are a denial whatever ConText finds ("pain does not extend past
        // the buttock" holds no cue before it); loose limb words count only when denied
        if (t.kind === 'denial' && cls.assertion === 'affirmed') cls.assertion = 'negated';
        if (t.kind === 'limb-symptom' && cls.assertion !== 'negated') continue;
        // "No arm symptoms", "no tingling in the arm" in a shoulder or rib claim is about the injury at hand
        // (a denied radiation that names its spine, "no pain from the neck into the arm", is a denial whatever the claim)
        // (without the claim's parts only the loose limb words are held to the record naming the spine)
        const claimKnown = !!claimParts && claimParts.length > 0;
        const region = regionOf(m[0], s.text, c);
        const limbRegion = t.kind === 'limb-symptom' || (claimKnown && t.kind === 'radiating' && cls.assertion === 'negated') ? region : null;
        const namesSpine = limbRegion !== null && (!!c.spineWords?.[limbRegion].test(m[0]) || !!c.fromSpine?.test(m[0]));
        if (limbRegion !== null && !namesSpine && !spineClaimOf(limbRegion, s.text, doc.text, c, claimParts)) continue;
        taken.push([start, end]);
        // an affirmed mention under a past-history header is the patient's history ("PAST MEDICAL
        // HISTORY: ..."); a relative's condition told there stays the relative's, affirmed
        const headerId = doc.sections[s.sectionIndex]?.headerId;
        if (cls.assertion === 'affirmed' && cls.subject === 'patient' && headerId && c.historicalHeaders.has(headerId)) cls.assertion = 'historical';
        sentenceParts ??= findBodyParts(s.text, lexicons, s.start);
        const parts = sentenceParts.filter((b) => b.side && b.start >= start - 40 && b.start <= end + 40);
        const side: Side | null = parts[0]?.side ?? null;
        found.push({
          text: m[0], assertion: cls.assertion, subject: cls.subject, suspected: cls.suspected,
          region, side, cue: a.cues[0] ?? null, evidence: makeEvidence(doc, { start, end }),
        });
      }
    }
  }
  found.sort((x, y) => x.evidence.start - y.evidence.start);
  markPastEpisodes(doc, found, c);
  markRefutedDiagnoses(doc, found, c, refutingRules(lexicons.context));
  const status = radiculopathyStatus(found);
  return { status, mentions: found.map(({ suspected: _s, ...m }) => m) };
}
