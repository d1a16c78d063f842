/** Schema of lexicons/body-parts.json: words for body parts and sides. */
import { z } from 'zod';
import { BODY_PARTS, SIDES, SPINE_REGIONS } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

export const bodyPartEntrySchema = z.strictObject({
  id: idSchema,
  part: z.enum(BODY_PARTS),
  /** Phrases (case-insensitive, whole words); longer phrases win over ones they contain. */
  terms: z.array(z.string().min(2)).min(1),
  /** Spine region the part belongs to, or the region whose roots serve it. */
  region: z.enum(SPINE_REGIONS).optional(),
  /** True for limb parts examined neurologically as part of a spine complaint. */
  limb: z.enum(['upper', 'lower']).optional(),
});

export const bodyPartsSchema = lexiconFile(bodyPartEntrySchema, {
  /** Phrases where a body-part word names something else ("hand truck", "right-hand-dominant"). */
  nonParts: z.array(z.strictObject({ id: idSchema, pattern: z.string().min(1), reason: z.string() })),
  /** Words allowed between a side word and the part ("left upper extremity", "right great toe"). */
  sideFillers: z.array(z.string()),
  /** A phrase (regex source) that may join a side word to its part: "left side of the jaw". Optional. */
  sideLink: z.string().optional(),
  /**
   * Words naming a whole limb ("arm", "leg", "upper extremity"), not a part of it: vaguer than the
   * contract's parts they map to, so a more specific part of the same limb is preferred. Optional.
   */
  genericTerms: z.array(z.string()).optional(),
  /**
   * Terms in `entries` that name a part through a symptom ("headache": the head): a complaint or a
   * treatment of that symptom is about the part, but the word locates no examined finding, so exam
   * findings do not take their part from it. Optional.
   */
  symptomTerms: z.array(z.string()).optional(),
  /** Body-part words that are also units of length ("six feet from a ladder"): skipped after a number. */
  measureTerms: z.array(z.string()),
  /** Number words (regular expressions) that make a measure term a unit. */
  numberWords: z.array(z.string()),
  sides: z.strictObject(Object.fromEntries(SIDES.map((s) => [s, z.array(z.string())])) as Record<(typeof SIDES)[number], z.ZodArray<z.ZodString>>),
});
export type BodyPartEntry = z.infer<typeof bodyPartEntrySchema>;
