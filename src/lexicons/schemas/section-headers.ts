/** Schema of lexicons/section-headers.json: header phrases mapped to contract section names. */
import { z } from 'zod';
import { DOCUMENT_KINDS, SECTION_NAMES } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

export const sectionHeaderEntrySchema = z.strictObject({
  id: idSchema,
  /** Contract section this header opens. */
  section: z.enum(SECTION_NAMES),
  /** Header phrases, matched case-insensitively with flexible spaces, at a line start. */
  headers: z.array(z.string().min(2)).min(1),
  /** True when the header may be followed by text on the same line ("Diagnoses: 1. ..."). */
  inline: z.boolean().default(true),
  /** True for past-history headers: what is listed there is historical. */
  historical: z.boolean().default(false),
  /**
   * True when the header, written inline with its text on the same line ("Records reviewed: RFA,
   * progress report ..."), labels one paragraph only: the section closes at the next blank line
   * and the section it interrupted resumes.
   */
  endsAtParagraph: z.boolean().default(false),
  reason: z.string().optional(),
});

export const kindCueSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(DOCUMENT_KINDS),
  /** Case-insensitive regular expression looked for in the first pages. */
  pattern: z.string(),
  weight: z.number(),
  reason: z.string().optional(),
});

export const sectionHeadersSchema = lexiconFile(sectionHeaderEntrySchema, {
  kindCues: z.array(kindCueSchema),
  /**
   * Words or signs that join two header phrases into one compound header ("PLAN /
   * RECOMMENDATIONS", "DISPOSITION AND ORDERS"); the compound opens the section of its first
   * phrase. Matched case-insensitively as literals. Default none.
   */
  compoundJoiners: z.array(z.string().min(1)).default([]),
  /**
   * The one-letter labels of a SOAP note ("S:", "O:", "A:", "P:"), each opening its section. A
   * single capital and a colon at a line start is too common to be a header alone ("P: 72" in a
   * vitals list), so they are read only when at least `minLabels` different ones start lines of
   * the text in the order listed. Default none.
   */
  soapLabels: z
    .strictObject({
      labels: z.array(z.strictObject({ letter: z.string().regex(/^[A-Z]$/), section: z.enum(SECTION_NAMES) })).min(2),
      minLabels: z.number().int().min(2),
      reason: z.string().optional(),
    })
    .optional(),
});
export type SectionHeaderEntry = z.infer<typeof sectionHeaderEntrySchema>;
