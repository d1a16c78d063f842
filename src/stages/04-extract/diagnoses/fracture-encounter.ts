/**
 * The encounter a fracture diagnosis is at: an old fracture (personal history), the claim's
 * fracture in aftercare (subsequent encounter, 7th character D), or neither (as written).
 */
import type { DiagnosesLexicon, DiagnosisEntry } from '../../../lexicons/schemas/diagnoses.js';
import type { Diagnosis } from '../../../types/facts.js';

/** `past`: an old fracture; `healing`: the claim's fracture after treatment; null: no reading. */
export type FractureCourse = 'past' | 'healing' | null;

interface CompiledCourse {
  readonly past: RegExp;
  readonly healing: RegExp;
}
const compiled = new WeakMap<object, CompiledCourse | null>();

function courseRules(lexicon: DiagnosesLexicon): CompiledCourse | null {
  let c = compiled.get(lexicon);
  if (c === undefined) {
    const rules = lexicon.fractureCourse;
    c = rules ? { past: new RegExp(rules.past, 'i'), healing: new RegExp(rules.healing, 'i') } : null;
    compiled.set(lexicon, c);
  }
  return c;
}

/**
 * How a fracture entry's mention reads in its list item `item`: `past` when the item calls it
 * old (prior, history of, non-industrial); `healing` when it is historical or said to have
 * healed or been fixed; null for any other entry or reading.
 */
export function fractureCourse(entry: DiagnosisEntry, historical: boolean, item: string, lexicon: DiagnosesLexicon): FractureCourse {
  if (!entry.historical) return null;
  const rules = courseRules(lexicon);
  if (!rules) return null;
  if (rules.past.test(item)) return 'past';
  return historical || rules.healing.test(item) ? 'healing' : null;
}

/** The subsequent-encounter form of an initial-encounter injury code (S52.502A → S52.502D). */
export function subsequentEncounter(code: string): string {
  return /^[ST]\d\d\.[0-9A-Z]{3}A$/.test(code) ? `${code.slice(0, -1)}D` : code;
}

/** ICD-10-CM's 7th character for a fracture that failed to unite (K) or united out of place (P). */
const UNION_CHARACTERS = { nonunion: 'K', malunion: 'P' } as const;
const unionRules = new WeakMap<object, ReadonlyArray<readonly [RegExp, string]>>();

/**
 * The code of a fracture mention read in its list item `item`, with the 7th character its union
 * course gives when the item says it ("nonunion of fracture of the fifth metatarsal": S92.351A →
 * S92.351K), from the lexicon's `fractureCourse` words.
 */
export function unionEncounter(code: string, item: string, lexicon: DiagnosesLexicon): string {
  const rules = lexicon.fractureCourse;
  if (!rules || !/^S\d\d\.[0-9A-Z]{3}[A-Z]$/.test(code)) return code;
  let list = unionRules.get(rules);
  if (!list) {
    list = (['nonunion', 'malunion'] as const).flatMap((k) => (rules[k] ? [[new RegExp(rules[k], 'i'), UNION_CHARACTERS[k]] as const] : []));
    unionRules.set(rules, list);
  }
  for (const [re, ch] of list) if (re.test(item)) return `${code.slice(0, -1)}${ch}`;
  return code;
}

/**
 * Most characters between a fixation and the fracture it names, before it ("ORIF, left lateral
 * tibial plateau fracture") or after it ("fracture of shaft of fourth metacarpal bone, left hand,
 * healed, s/p ORIF").
 */
const FIXATION_REACH = 40;

/**
 * Facts without the fracture fixations that name their fracture in the same clause ("Status post
 * ORIF, left lateral tibial plateau fracture, healed", "Weber B fracture R lateral malleolus,
 * healed, s/p ORIF 01/14/2021"): the fracture's subsequent-encounter code
 * is the diagnosis. A fixation of a fracture the record does not name as a diagnosis stays.
 */
export function dropNamedFixations(facts: readonly Diagnosis[], entryOf: ReadonlyMap<Diagnosis, DiagnosisEntry>, text: string, lexicon: DiagnosesLexicon): Diagnosis[] {
  const fixations = new Set(lexicon.fractureCourse?.fixations ?? []);
  if (fixations.size === 0) return [...facts];
  const fractures = facts.filter((f) => entryOf.get(f)?.historical && f.assertion !== 'negated' && f.assertion !== 'possible');
  return facts.filter((f) => {
    const entry = entryOf.get(f);
    if (!entry || !fixations.has(entry.id)) return true;
    return !fractures.some((x) => {
      const [from, to] = x.evidence.start >= f.evidence.end ? [f.evidence.end, x.evidence.start] : [x.evidence.end, f.evidence.start];
      return to - from >= 0 && to - from <= FIXATION_REACH && !/[.;\n]/.test(text.slice(from, to));
    });
  });
}
