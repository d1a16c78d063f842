/**
 * A body part and side as a CodeableConcept: the part coded in SNOMED CT from
 * lexicons/body-site-codes.json, the side in the text (FHIR R4 has no laterality element).
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { BodyPart, Side } from '../../types/vocab.js';
import type { CodeableConcept } from './fhir-types.js';

export type BodySiteCodes = Lexicons['bodySiteCodes'];

/**
 * `left` + `shoulder` → `{coding: [SNOMED 16982005 Shoulder region structure], text: "left shoulder"}`;
 * a part without a code (psyche, multiple) or a side without a part is text only; null when
 * neither is known.
 */
export function bodySite(part: BodyPart | null, side: Side | null | undefined, codes: BodySiteCodes): CodeableConcept | null {
  const words = [side ?? null, part].filter((w): w is Side | BodyPart => w !== null);
  if (words.length === 0) return null;
  const entry = part === null ? undefined : codes.entries.find((e) => e.part === part);
  return {
    ...(entry ? { coding: [{ system: codes.system, code: entry.code, display: entry.display }] } : {}),
    text: words.join(' '),
  };
}
