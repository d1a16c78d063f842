/** Schema of lexicons/mechanisms.json: phrases that name how an injury happened. */
import { z } from 'zod';
import { BODY_PARTS, MECHANISMS } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

export const mechanismEntrySchema = z.strictObject({
  id: idSchema,
  mechanism: z.enum(MECHANISMS),
  /** Case-insensitive regular expressions; the first entry (in file order) that matches wins. */
  patterns: z.array(z.string()).min(1),
  reason: z.string(),
});
export const mechanismsSchema = lexiconFile(mechanismEntrySchema, {
  /** Regular expressions for the sentence that tells the injury story (where mechanisms are looked for). */
  injuryContext: z.array(z.string()),
  /** Regular expressions (case-insensitive) — see the file's description. */
  storyWords: z.string(),
  complaintWords: z.string(),
  radiationCues: z.string(),
  contactCues: z.string(),
  /** Text right after a part that makes it a point of contact or motion, not an injury; optional. */
  contactAfterCues: z.string().optional(),
  /** Of the contact cues, those that land the worker on the part ("fell forward onto his left knee"); optional. */
  landingCues: z.string().optional(),
  coordination: z.string(),
  nonIndustrialCues: z.string(),
  /** A form label whose value, to the end of its line, lists the claimed body parts; optional. */
  partsLabel: z.string().optional(),
  /**
   * A label that lists the claimed parts only in a claim header: the singular "Body part:" (on an
   * imaging requisition it names the part imaged) counts where a claim field (`claimFields`: the
   * injury date, the claim number) stands within `reach` characters before it or on its line.
   */
  partsLabelInClaimHeader: z.strictObject({ label: z.string(), claimFields: z.string(), reach: z.number().int().positive() }).optional(),
  /** After a listed part, its side in brackets ("face/jaw (left)"): group 1 is the side word; optional. */
  partsLabelSideAfter: z.string().optional(),
  /**
   * A sentence that only reports or files the injury ("He reported the injury on 3/8/2013"): the
   * story is the sentence before it, which is read too. Optional.
   */
  reportCues: z.string().optional(),
  /**
   * Where the worker felt the injury happen ("felt a pop high in the back of the right thigh"): the
   * parts named after it are the injured ones, and parts named before it in the same sentence are
   * positions of the body at the time ("landed with her right leg out straight, the knee locked").
   * Optional.
   */
  feltCues: z.string().optional(),
  /** Text right before a labelled injury date that puts it in a prose sentence ("... with a date of injury of 4/2/2013."): the next sentence may go on with the story. */
  proseInjuryDate: z.string().optional(),
  /** Text right before a part that denies a complaint there ("She has no neck pain"): the part is not injured. */
  negatedPartBefore: z.string().optional(),
  /** More complaint words, read only for the first complaint when the story names no part ("Numbness and tingling in both hands"). */
  firstComplaintWords: z.string().optional(),
  /**
   * Text right before a part that names it as the injured one ("an injury to the left", "injured his"):
   * such a part is kept even when a felt cue comes later in the sentence ("reported an injury to the
   * left shoulder ...; he felt a tearing pain over the top of the shoulder"). Optional.
   */
  injuredPartBefore: z.string().optional(),
  /** Injured parts that are named without a side (midline spine regions: "right neck" is the cervical spine); optional. */
  unsidedParts: z.array(z.string()).optional(),
  /**
   * ICD-10-CM code prefixes of a present diagnosis that makes the psyche an injured part: a disorder
   * that by definition follows the traumatic event (post-traumatic stress disorder). Optional.
   */
  psycheCodes: z.array(z.string()).optional(),
  /**
   * A sentence right after the one naming the injured parts that tells of more parts hurt in the same
   * event ("A right wrist contusion from the same fall", "He also has low back pain since the fall",
   * "She had neck pain that evening"): its parts are added. Optional.
   */
  moreCues: z.string().optional(),
  /**
   * Text right after a spine region that makes it the name of a support worn there ("a lumbar corset",
   * "a soft cervical collar"), not an injured part. Optional.
   */
  supportAfterCues: z.string().optional(),
  /**
   * Sections whose first complaint names the injured parts when the story names none ("Neck pain 4/10
   * today."); optional.
   */
  complaintSections: z.array(z.string()).optional(),
  /**
   * Limb regions whose parts a diagnosis may name more exactly than the injury story does (ICD-10-CM's
   * own injury blocks: ankle and foot, wrist hand and fingers...): a story part the diagnoses never name
   * becomes the one diagnosed part of its region ("stepped into a hole with her right foot" + "Right
   * ankle sprain" → the right ankle). Optional.
   */
  diagnosedRegions: z.array(z.strictObject({ limb: z.enum(['upper', 'lower']), parts: z.array(z.enum(BODY_PARTS)).min(2) })).optional(),
  /**
   * The body part of a diagnosis that names none in its words, by ICD-10-CM code prefix (carpal tunnel
   * syndrome G56.0 → wrist); the longest prefix wins. Optional.
   */
  diagnosedPartCodes: z.array(z.strictObject({ prefix: z.string().regex(/^[A-Z]\d/), part: z.enum(BODY_PARTS) })).optional(),
});
