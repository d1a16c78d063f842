/** Schema of lexicons/demographics.json: how records state the patient's age and sex. */
import { z } from 'zod';
import { SEXES } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

export const demographicsSchema = lexiconFile(z.strictObject({
  id: idSchema,
  sex: z.enum(SEXES),
  /** Case-sensitive-by-default regular expression (add (?i) behaviour with `ignoreCase`). */
  pattern: z.string(),
  ignoreCase: z.boolean().default(true),
  /** Explicit statements ("female", "Sex: F") outweigh pronouns. */
  weight: z.number().positive(),
  reason: z.string(),
}), {
  /** Regular expressions with a named group `age`; the first match in document order wins. */
  agePatterns: z.array(z.string()).min(1),
  /** Number words an age may be spelled out with ("fifty-one-year-old"); their values add up. */
  numberWords: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** Sections whose text never describes the patient (reviewer boilerplate). */
  skipSections: z.array(z.string()),
});
