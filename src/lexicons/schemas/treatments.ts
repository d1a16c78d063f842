/** Schema of lexicons/treatments.json: phrases naming treatments, mapped to the contract vocabulary. */
import { z } from 'zod';
import { BODY_PARTS, TREATMENTS } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

export const treatmentEntrySchema = z.strictObject({
  id: idSchema,
  /** Canonical treatment of the contract. */
  treatment: z.enum(TREATMENTS),
  /** Phrases, case-insensitive, whole words; a plural -s/-es is allowed; the longest phrase wins. */
  terms: z.array(z.string().min(2)),
  /** Abbreviations and acronyms, matched case-sensitively ("PT", "ESI"). */
  abbreviations: z.array(z.string().min(2)).optional(),
  /** Lower-case generic name when the phrase names one medication ("Norco" → "hydrocodone/acetaminophen"). */
  drug: z.string().optional(),
  /** Canonical procedure when the phrase names one surgery. */
  procedure: z.string().optional(),
  /** Only refers back to a treatment already named ("therapy"); never adds one on its own. Default false. */
  weak: z.boolean().optional(),
  /** Body part to report when the text names none (psychotherapy → psyche). */
  bodyPart: z.enum(BODY_PARTS).optional(),
  /** Care received, reported as a prior treatment although its kind is in `priorExcluded` (a diagnostic injection filed as "other"). Default false. */
  care: z.boolean().optional(),
  /** Never carries a body part (GI prophylaxis, lab screens). Default false. */
  noBodyPart: z.boolean().optional(),
  /**
   * Another treatment the phrase names when the words after it, to the end of its clause, match
   * `after` (trazodone "at bedtime" or "for sleep" is a sleep aid, otherwise an antidepressant).
   */
  usedAs: z.array(z.strictObject({ treatment: z.enum(TREATMENTS), after: z.string().min(1) })).optional(),
  /** Why the entry is shaped as it is, when that is not obvious. */
  reason: z.string().optional(),
});
export type TreatmentEntry = z.infer<typeof treatmentEntrySchema>;

export const treatmentsSchema = lexiconFile(treatmentEntrySchema, {
  /** Treatments that are diagnostics or referrals: never reported as prior treatments. */
  priorExcluded: z.array(z.enum(TREATMENTS)),
  /** Treatments whose response is read from pain ratings with and without medication. */
  medicationResponse: z.array(z.enum(TREATMENTS)),
  /**
   * Treatments that are devices: two different device names (a walking boot, a night splint) are
   * two courses of care, not one. Default: none.
   */
  deviceTreatments: z.array(z.enum(TREATMENTS)).optional(),
});
