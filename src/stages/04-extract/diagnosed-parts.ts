/**
 * Injured parts checked against the record's diagnoses. The injury story often names the part the
 * worker felt or moved ("her right foot went into a hole", "the left leg twisted beneath him", "pain
 * at the back of the heel") while the diagnoses name the injured structure ("Right ankle sprain",
 * "Left hip pain", "Achilles tendinopathy"). A story part that no present diagnosis names becomes the
 * one diagnosed part of its limb region (ICD-10-CM's injury blocks: ankle and foot, wrist hand and
 * fingers, ...); a whole-limb word ("leg") becomes the one diagnosed part of its limb. Everything else
 * stays as the story tells it: no diagnosis, several candidates, or a side that disagrees.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { BodyPartRef, Diagnosis } from '../../types/facts.js';
import type { BodyPart, Side } from '../../types/vocab.js';
import { findBodyParts } from './find-body-parts.js';

/** A part a present diagnosis names, by its words or its code. */
export interface DiagnosedPart {
  readonly part: BodyPart;
  readonly side: Side | null;
  readonly evidence: BodyPartRef['evidence'];
}

/** A limb region: parts one diagnosis may name more exactly than the story. */
export interface LimbRegion {
  readonly limb: 'upper' | 'lower';
  readonly parts: readonly BodyPart[];
}

/** What a story part carries besides the contract's fields (see find-injury). */
export interface StoryPart extends BodyPartRef {
  readonly generic: boolean;
  readonly limb: 'upper' | 'lower' | null;
}

/** The lexicon's regions and code table, compiled once per lexicon (see compileDiagnosedParts). */
export interface DiagnosedPartRules {
  readonly regions: readonly LimbRegion[];
  /** Code prefixes, longest first, so the most specific prefix wins. */
  readonly codes: ReadonlyArray<{ readonly prefix: string; readonly part: BodyPart }>;
  /** Every part of some region. */
  readonly inRegion: ReadonlySet<BodyPart>;
}

export function compileDiagnosedParts(regions: readonly LimbRegion[], codes: ReadonlyArray<{ prefix: string; part: BodyPart }>): DiagnosedPartRules {
  return {
    regions,
    codes: [...codes].sort((a, b) => b.prefix.length - a.prefix.length),
    inRegion: new Set(regions.flatMap((r) => r.parts)),
  };
}

/**
 * The parts of the present diagnoses: the code's part when its prefix is listed (the code is exact
 * where the words are not: "Carpal tunnel syndrome"), else the first specific part the diagnosis's
 * words name ("Right ankle sprain"). Only parts of a limb region count.
 */
export function diagnosedParts(diagnoses: readonly Diagnosis[], lexicons: Pick<Lexicons, 'bodyParts'>, rules: DiagnosedPartRules): DiagnosedPart[] {
  const { codes: sorted, inRegion } = rules;
  const out: DiagnosedPart[] = [];
  for (const d of diagnoses) {
    if (d.assertion !== 'present') continue;
    const code = d.icd10?.toUpperCase();
    let part: BodyPart | undefined = code ? sorted.find((c) => code.startsWith(c.prefix))?.part : undefined;
    if (!part) part = findBodyParts(d.evidence.text, lexicons, d.evidence.start).find((b) => !b.generic && inRegion.has(b.part))?.part;
    if (part && inRegion.has(part)) out.push({ part, side: d.side ?? null, evidence: d.evidence });
  }
  return out;
}

/** Whether a story side and a diagnosis side can be the same limb's. */
const sidesFit = (a: Side | null, b: Side | null): boolean => !a || !b || a === b || a === 'bilateral' || b === 'bilateral';

/** The one diagnosed part that can stand for story part p, or null. */
function stand(p: StoryPart, diagnosed: readonly DiagnosedPart[], regions: readonly LimbRegion[]): DiagnosedPart | null {
  const region = regions.find((r) => r.parts.includes(p.part));
  if (!region) return null;
  const fits = diagnosed.filter((d) => sidesFit(p.side, d.side) &&
    (p.generic ? regions.some((r) => r.limb === (p.limb ?? region.limb) && r.parts.includes(d.part)) : region.parts.includes(d.part)));
  const kinds = new Set(fits.map((d) => d.part));
  return kinds.size === 1 ? fits[0]! : null;
}

/** Joins two sides of one part: both named differently is bilateral. */
const joinSides = (a: Side | null, b: Side | null): Side | null => (a && b && a !== b ? 'bilateral' : a ?? b);

/**
 * The story's parts, each part no present diagnosis names replaced by the one diagnosed part that can
 * stand for it (see the file comment); parts that end up the same are joined (their sides too).
 */
export function refineByDiagnoses<P extends StoryPart>(parts: readonly P[], diagnosed: readonly DiagnosedPart[], regions: readonly LimbRegion[]): BodyPartRef[] {
  const named = new Set(diagnosed.map((d) => d.part));
  const told = new Set(parts.map((p) => p.part));
  const out: BodyPartRef[] = [];
  for (const p of parts) {
    let ref: BodyPartRef = { part: p.part, side: p.side, evidence: p.evidence };
    if (!named.has(p.part)) {
      const d = stand(p, diagnosed, regions);
      // a part the story names itself is not taken from another ("foot and ankle", only the ankle diagnosed)
      if (d && !told.has(d.part)) ref = { part: d.part, side: p.side ?? d.side, evidence: d.evidence };
    }
    const same = out.findIndex((x) => x.part === ref.part);
    if (same < 0) out.push(ref);
    else out[same] = { ...out[same]!, side: joinSides(out[same]!.side, ref.side) };
  }
  return out;
}
