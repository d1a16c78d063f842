/** A body part and side as a text-only CodeableConcept (no SNOMED map exists in the lexicons). */
import type { BodyPart, Side } from '../../types/vocab.js';
import type { CodeableConcept } from './fhir-types.js';

/** `left` + `shoulder` → `{text: "left shoulder"}`; null when neither is known. */
export function bodySite(part: BodyPart | null, side: Side | null | undefined): CodeableConcept | null {
  const words = [side ?? null, part].filter((w): w is Side | BodyPart => w !== null);
  return words.length > 0 ? { text: words.join(' ') } : null;
}
