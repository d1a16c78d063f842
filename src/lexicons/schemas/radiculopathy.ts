/** Schema of lexicons/radiculopathy.json: what counts as a radiculopathy mention. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const radiculopathyEntrySchema = z.strictObject({
  id: idSchema,
  /** `term`: the word itself (radiculopathy, radicular, sciatica); `radiating`: pain into a limb. */
  kind: z.enum(['term', 'radiating']),
  /** Case-insensitive regular expression for the mention. */
  pattern: z.string(),
  /**
   * Lower-case strings one of which every match of `pattern` contains: sentences holding none of
   * them are not searched (a pre-filter; it never changes what is found).
   */
  anyText: z.array(z.string().regex(/^[a-z0-9 ]+$/, 'lower-case letters, digits and spaces')).min(1).optional(),
  reason: z.string(),
});
export const radiculopathySchema = lexiconFile(radiculopathyEntrySchema, {
  /** Phrases near a mention that make it not radicular (trigger-point referred pain). */
  exclusions: z.array(z.string()),
  /** Words that place a mention in a spine region. */
  regions: z.strictObject({ cervical: z.array(z.string()), thoracic: z.array(z.string()), lumbar: z.array(z.string()) }),
});
