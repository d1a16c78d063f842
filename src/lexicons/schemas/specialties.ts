/** Schema of lexicons/specialties.json: reviewer specialties with their written variants. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const specialtiesSchema = lexiconFile(z.strictObject({
  id: idSchema,
  /** Canonical name, as board certifications are usually written. */
  name: z.string(),
  /** Other ways records write it ("PM&R", "Physical Medicine & Rehabilitation"). */
  variants: z.array(z.string()),
  /**
   * Variants that name a board covering this and other specialties ("Psychiatry and Neurology"):
   * when the same statement names one of `covers` on its own ("..., with a subspecialty in
   * Psychiatry"), that one is the specialty and the board's name adds nothing. Optional.
   */
  umbrella: z.strictObject({ variants: z.array(z.string()), covers: z.array(z.string()) }).optional(),
  /**
   * Spelling family (Orthopedic / Orthopaedic Surgery, Family Medicine / Practice): entries of one
   * family name the same board, so a record naming two of them has one specialty, the first named.
   * Optional.
   */
  family: idSchema.optional(),
}), {
  /** US state names recognised in licensure statements. */
  states: z.array(z.string()),
  /** Regular expressions (case-insensitive) — see the file's description. */
  statementCues: z.string(),
  boardCertifiedCue: z.string(),
  specialtyStart: z.string(),
  specialtyStop: z.string(),
  licenseCues: z.string(),
  reviewerContext: z.string(),
  labels: z.strictObject({ specialty: z.string(), license: z.string() }),
});
