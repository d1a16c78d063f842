/** Schema of lexicons/radiculopathy.json: what counts as a radiculopathy mention. */
import { z } from 'zod';
import { idSchema, lexiconFile } from './common.js';

export const radiculopathyEntrySchema = z.strictObject({
  id: idSchema,
  /**
   * `term`: the word itself (radiculopathy, radicular, sciatica); `radiating`: pain into a limb;
   * `denial`: words that themselves deny radiation ("does not radiate"), always a negated mention;
   * `limb-symptom`: limb symptoms too loose to affirm a radiculopathy ("leg symptoms"), a mention
   * only when ConText negates them.
   */
  kind: z.enum(['term', 'radiating', 'denial', 'limb-symptom']),
  /** Case-insensitive regular expression for the mention. */
  pattern: z.string(),
  reason: z.string(),
});
export const radiculopathySchema = lexiconFile(radiculopathyEntrySchema, {
  /** Phrases near a mention that make it not radicular (trigger-point referred pain). */
  exclusions: z.array(z.string()),
  /**
   * Pattern for where a radiation starts when that is not the spine ("radiating from the wrist into
   * the fingers" is not radicular), tried just after the radiation verb. Optional.
   */
  nonSpinalOrigin: z.string().optional(),
  /** Text right before a radiation that names the pain of a joint or limb part ("heel pain radiating ..."): not radicular. Optional. */
  nonSpinalSource: z.string().optional(),
  /**
   * Words before a mention, in its sentence, that tell it as a past finding ("was found to have ...
   * radiculopathy", "preoperative"). Such an affirmed mention is the patient's history when the
   * record also calls a radiculopathy of the same region resolved or otherwise past. Optional.
   */
  pastEpisodeCues: z.string().optional(),
  /** Words after a mention, in its sentence, that close it as a past episode ("... that was treated with a discectomy"). */
  pastEpisodeAfterCues: z.string().optional(),
  /**
   * Words before a mention, in its sentence, that tell it as a diagnosis given ("was diagnosed
   * with", "treated her for"): such an affirmed mention is negated when the record later refutes
   * the diagnosis (the context lexicon's `refutingRules`). Optional.
   */
  refutedDiagnosisToldBefore: z.string().optional(),
  /**
   * Words that name the spine of each region ("neck", "lumbar", "L5"). A denied limb symptom that
   * names no spine ("no arm symptoms", "no tingling in the arm") is a mention only in a claim of
   * that region's spine or where its sentence names the spine (without the claim's parts: in a
   * record that names the spine somewhere): in a shoulder or rib claim such a denial is about the
   * injury at hand. Optional (all denials count without it).
   */
  spineWords: z.strictObject({ cervical: z.string(), thoracic: z.string(), lumbar: z.string() }).optional(),
  /** A radiation told from the back or neck ("radiating from the back into either leg"): it names its spine. Optional. */
  fromSpine: z.string().optional(),
  /** Words that place a mention in a spine region. */
  regions: z.strictObject({ cervical: z.array(z.string()), thoracic: z.array(z.string()), lumbar: z.array(z.string()) }),
});
