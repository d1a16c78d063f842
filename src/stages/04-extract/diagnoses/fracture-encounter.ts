/**
 * The encounter a fracture diagnosis is at: an old fracture (personal history), the claim's
 * fracture in aftercare (subsequent encounter, 7th character D), or neither (as written).
 */
import type { DiagnosesLexicon, DiagnosisEntry } from '../../../lexicons/schemas/diagnoses.js';

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
