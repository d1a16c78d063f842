/**
 * Sides by limb region: a sided diagnosis the record names without a side (an entrapment in a
 * differential, a CRPS with no limb) takes the side the record gives its limb region, when every
 * sided diagnosis of that region (upper or lower limb) has the same side.
 */
import type { DiagnosesLexicon, DiagnosisEntry } from '../../../lexicons/schemas/diagnoses.js';
import type { Diagnosis } from '../../../types/facts.js';
import type { Side } from '../../../types/vocab.js';

type Region = 'upper' | 'lower';

/** The region of an entry: its limb's region, else its own `region`. */
function regionOf(entry: DiagnosisEntry, lexicon: DiagnosesLexicon): Region | undefined {
  const regions = lexicon.limbRegions;
  if (entry.limb && regions) {
    if (regions.upper.includes(entry.limb)) return 'upper';
    if (regions.lower.includes(entry.limb)) return 'lower';
  }
  return entry.region;
}

/** The one side of each region over the sided facts, or null where they disagree. */
function regionSides(facts: readonly Diagnosis[], entryOf: ReadonlyMap<Diagnosis, DiagnosisEntry>, lexicon: DiagnosesLexicon): Map<Region, Side | null> {
  const sides = new Map<Region, Side | null>();
  for (const f of facts) {
    const entry = entryOf.get(f);
    const region = entry ? regionOf(entry, lexicon) : undefined;
    if (!region || !f.side) continue;
    const had = sides.get(region);
    sides.set(region, had === undefined || had === f.side ? f.side : null);
  }
  return sides;
}

/**
 * Facts with region sides given: a sided entry's fact with no side takes its region's one side;
 * an entry with `regionalForms` and no limb becomes the form of the one region the record's
 * sided diagnoses are in, with that side. `entryOf` is updated for the facts it replaces.
 */
export function giveRegionSides(facts: Diagnosis[], entryOf: Map<Diagnosis, DiagnosisEntry>, lexicon: DiagnosesLexicon): void {
  if (!lexicon.limbRegions) return;
  const sides = regionSides(facts, entryOf, lexicon);
  const sidedRegions = [...sides.entries()].filter(([, side]) => side !== null);
  facts.forEach((f, i) => {
    const entry = entryOf.get(f);
    if (!entry || f.icd10Written) return;
    let target = entry;
    if (entry.regionalForms && sides.size === 1 && sidedRegions.length === 1) {
      const form = lexicon.entries.find((e) => e.id === entry.regionalForms![sidedRegions[0]![0]]);
      if (form) target = form;
    }
    const bySide = target.codesBySide;
    if (!bySide) return;
    if (f.side ? target === entry : f.icd10 !== entry.icd10 && f.icd10 !== entry.codesBySide?.unspecified) return;
    const region = regionOf(target, lexicon);
    const side = f.side ?? (region ? sides.get(region) : null) ?? null;
    const next = { ...f, concept: target.concept, side, icd10: bySide[side ?? 'unspecified'] };
    facts[i] = next;
    entryOf.set(next, target);
  });
}

interface SideWords {
  /** Side of each side word of three letters or more ("left", "bilateral"). */
  readonly sideOf: ReadonlyMap<string, Side>;
  /** Those words as regex alternatives. */
  readonly alternatives: string;
}
const sideWordsCache = new WeakMap<DiagnosesLexicon, SideWords>();

/** The side words of `lexicon`, read once per lexicon: every document's diagnoses ask for them. */
function sidesOf(lexicon: DiagnosesLexicon): SideWords {
  let c = sideWordsCache.get(lexicon);
  if (!c) {
    const sideWords = (['left', 'right', 'bilateral'] as const).flatMap((side) => lexicon.sides[side].filter((w) => w.length > 2).map((w) => [w, side] as const));
    c = { sideOf: new Map<string, Side>(sideWords), alternatives: sideWords.map(([w]) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|') };
    sideWordsCache.set(lexicon, c);
  }
  return c;
}

/**
 * A sided diagnosis written without a side takes the one side the record writes before the same
 * words elsewhere, in text not read as a diagnosis ("an episode of left-sided sciatica in 2015"
 * ... "4. Lumbar sciatica, 2015 - resolved"). `entryOf` is updated for the facts it replaces.
 */
export function giveSidesNamedElsewhere(facts: Diagnosis[], entryOf: Map<Diagnosis, DiagnosisEntry>, text: string, lexicon: DiagnosesLexicon): void {
  const { sideOf, alternatives } = sidesOf(lexicon);
  facts.forEach((f, i) => {
    const entry = entryOf.get(f);
    if (!entry?.codesBySide || f.side || f.icd10Written || f.icd10 !== entry.codesBySide.unspecified) return;
    const words = f.evidence.text.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const re = new RegExp(`\\b(${alternatives})(?:[- ]sided)?\\s+(?:[a-z]+\\s+)?${words}\\b`, 'gi');
    const sides = new Set<Side>();
    for (const m of text.matchAll(re)) {
      const side = sideOf.get(m[1]!.toLowerCase());
      if (side) sides.add(side);
    }
    if (sides.size !== 1) return;
    const side = [...sides][0]!;
    const next = { ...f, side, icd10: entry.codesBySide[side] };
    facts[i] = next;
    entryOf.set(next, entry);
  });
}
