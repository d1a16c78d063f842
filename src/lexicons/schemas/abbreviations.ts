/** Schema of lexicons/abbreviations.json: tokens whose period does not end a sentence. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const abbreviationsSchema = lexiconFile(z.strictObject({
  id: idSchema,
  /** The abbreviation including its period(s), e.g. "Dr.", "e.g.", "approx.". */
  text: z.string().min(2),
  /**
   * Written after what it qualifies ("15 min.", "70 lbs.", "b.i.d."), so it may close a sentence:
   * followed by a capitalised word ("~15 min. That evening ..."), its period ends the sentence.
   */
  mayEndSentence: z.boolean().optional(),
}));
