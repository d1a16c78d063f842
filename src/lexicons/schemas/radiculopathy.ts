/** Schema of lexicons/radiculopathy.json: what counts as a radiculopathy mention. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const radiculopathyEntrySchema = z.strictObject({
  id: idSchema,
  /** `term`: the word itself (radiculopathy, radicular, sciatica); `radiating`: pain into a limb. */
  kind: z.enum(['term', 'radiating']),
  /** Case-insensitive regular expression for the mention. */
  pattern: z.string(),
  reason: z.string(),
});
export const radiculopathySchema = lexiconFile(radiculopathyEntrySchema, {
  /** Phrases near a mention that make it not radicular (trigger-point referred pain). */
  exclusions: z.array(z.string()),
  /** Words that place a mention in a spine region. */
  regions: z.strictObject({ cervical: z.array(z.string()), thoracic: z.array(z.string()), lumbar: z.array(z.string()) }),
});
