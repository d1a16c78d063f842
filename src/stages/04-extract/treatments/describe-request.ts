/**
 * The parts of a request read from its own words: canonical treatment (the first treatment it
 * names), body part (named, else from a spinal level, else the treatment's default), and quantity
 * as written.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { BodyPart, Side } from '../../../types/vocab.js';
import { findBodyParts, type BodyPartMention } from '../find-body-parts.js';
import { compileTreatmentLexicons, firstCue, matchCues } from './compile-treatment-lexicons.js';
import type { TreatmentMention } from './find-treatment-mentions.js';

/** Request fields that come from the item text. */
export interface RequestParts {
  readonly bodyPart: BodyPart | null;
  /** Side of the named body part, when the request states one. */
  readonly side?: Side;
  readonly quantity: string | null;
  readonly drug?: string;
  readonly procedure?: string;
}

/** Body part named in `text`, else implied by a spinal level, else the entry's default. */
export function requestBodyPart(
  text: string,
  mention: TreatmentMention | null,
  lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues' | 'bodyParts'>,
): BodyPart | null {
  return partOf(text, mention, lexicons, mention?.entry.noBodyPart ? [] : findBodyParts(text, lexicons));
}

/** `requestBodyPart` from the body parts already found in `text`. */
function partOf(
  text: string,
  mention: TreatmentMention | null,
  lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>,
  named: readonly BodyPartMention[],
): BodyPart | null {
  if (mention?.entry.noBodyPart) return null;
  if (named[0]) return named[0].part;
  const level = firstCue(compileTreatmentLexicons(lexicons).cues.level, text);
  if (level?.value) return level.value as BodyPart;
  return mention?.entry.bodyPart ?? null;
}

/** The first quantity written in `text` ("#60", "x 6", "12 sessions"), by position. */
export function requestQuantity(text: string, lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues'>): string | null {
  const all = matchCues(compileTreatmentLexicons(lexicons).cues.quantity, text).sort((a, b) => a.start - b.start || b.end - a.end);
  const first = all[0];
  return first ? text.slice(first.start, first.end).replace(/\s+/g, ' ').trim() : null;
}

/** Body part (and side), quantity, drug and procedure of a request whose head mention is `mention`. */
export function describeRequest(
  text: string,
  mention: TreatmentMention | null,
  lexicons: Pick<Lexicons, 'treatments' | 'treatmentCues' | 'bodyParts'>,
): RequestParts {
  // the body parts are found once for the part and the side
  const named = mention?.entry.noBodyPart ? [] : findBodyParts(text, lexicons);
  const parts: { -readonly [K in keyof RequestParts]: RequestParts[K] } = { bodyPart: partOf(text, mention, lexicons, named), quantity: requestQuantity(text, lexicons) };
  const drug = mention?.entry.drug;
  const procedure = mention?.entry.procedure;
  const side = named.find((b) => b.side)?.side ?? null;
  // keys added in this order (not spread: a spread copy that gains keys is slow in V8)
  if (side) parts.side = side;
  if (drug) parts.drug = drug;
  if (procedure) parts.procedure = procedure;
  return parts;
}
