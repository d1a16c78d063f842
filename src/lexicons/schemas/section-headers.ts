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
});
export type SectionHeaderEntry = z.infer<typeof sectionHeaderEntrySchema>;
