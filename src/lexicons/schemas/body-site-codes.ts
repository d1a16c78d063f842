/** Schema of lexicons/body-site-codes.json: a SNOMED CT body-structure code per contract body part. */
import { z } from 'zod';
import { BODY_PARTS } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

export const bodySiteCodesSchema = lexiconFile(z.strictObject({
  id: idSchema,
  /** The contract body part this code stands for; at most one entry per part (checked on load by tests). */
  part: z.enum(BODY_PARTS),
  /** SNOMED CT concept id: digits only, 6 to 18 of them. */
  code: z.string().regex(/^\d{6,18}$/, 'a SNOMED CT concept id is 6-18 digits'),
  display: z.string().min(1),
}), {
  /** The code system URI written in `coding.system`. */
  system: z.string().url(),
});
