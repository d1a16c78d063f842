/**
 * Schema of lexicons/diagnoses.json: workers'-compensation diagnoses with their canonical
 * ICD-10-CM codes, written variants, codes by side and spinal level, and the cue patterns the
 * diagnosis extractor uses to find diagnosis lists and diagnosing statements.
 */
import { z } from 'zod';
import { SECTION_NAMES } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

/** ICD-10-CM code shape: letter, two characters, optional dot and up to four more. */
export const ICD10_PATTERN = /^[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;
const icd10Schema = z.string().regex(ICD10_PATTERN, 'not an ICD-10-CM code shape');

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'giu');
    return true;
  } catch {
    return false;
  }
}
const patternSchema = z.string().min(1).refine(compiles, 'pattern does not compile');

export const diagnosisEntrySchema = z.strictObject({
  id: idSchema,
  /** Canonical English name, as facts report it. */
  concept: z.string().min(2),
  /** Canonical ICD-10-CM code (billable where one exists; the unspecified side for sided codes). */
  icd10: icd10Schema,
  /** Written forms, matched on normalized word tokens in any word order. */
  synonyms: z.array(z.string().min(2)).min(1),
  /** Side-specific codes ("left shoulder pain" → M25.512). */
  codesBySide: z
    .strictObject({ left: icd10Schema, right: icd10Schema, bilateral: icd10Schema, unspecified: icd10Schema })
    .optional(),
  /** Codes by spinal level, keyed "C5-C6", "L5-S1", "S1". */
  codesByLevel: z.record(z.string().regex(/^[CTLS]\d{1,2}(?:-[CTLS]\d{1,2})?$/), icd10Schema).optional(),
  /** Retired or less specific codes that still name this concept when written (M54.5 → M54.50). */
  otherCodes: z.array(icd10Schema).optional(),
  /** `status_post`: a procedure, matched only after a status-post cue ("s/p", "status post"). */
  kind: z.enum(['condition', 'status_post']).optional(),
  /**
   * The limb a sided diagnosis belongs to: a mention with no side of its own takes the one side
   * the document gives that limb elsewhere (an operative report's "SLAP fraying" of the right shoulder).
   */
  limb: z.enum(['shoulder', 'elbow', 'hand', 'hip', 'knee', 'foot']).optional(),
  /**
   * The limb region (upper or lower limb) of a diagnosis with no `limb` of its own whose side is
   * a limb's side ("right C7 radiculitis" is of the right arm); limbs map to regions in `limbRegions`.
   */
  region: z.enum(['upper', 'lower']).optional(),
  /**
   * For a diagnosis named without its limb: the entry id it becomes in each region (CRPS of a
   * record whose limb diagnoses are all of one leg is CRPS of that lower limb).
   */
  regionalForms: z.strictObject({ upper: idSchema, lower: idSchema }).optional(),
  /**
   * A non-specific name ("neuritis", "stenosis", site unspecified): a code written beside it that
   * names another lexicon entry names that entry ("stenosis (M50.223)" is the C6-C7 disc displacement).
   */
  generic: z.boolean().optional(),
  /** A symptom (pain, numbness): never a past diagnosis just because it "resolved" in a narrative. */
  symptom: z.boolean().optional(),
  /**
   * Entries clinicians write for one another (sprain, strain, sprain/strain of one spine region):
   * a code written beside the words that belongs to another entry of the family names that entry.
   */
  codeFamily: z.string().min(1).optional(),
  /** Concept and code reported when the diagnosis is historical (a healed fracture → Z87.81). */
  historical: z.strictObject({ concept: z.string().min(2), icd10: icd10Schema }).optional(),
});
export type DiagnosisEntry = z.infer<typeof diagnosisEntrySchema>;

const ruleSchema = z.strictObject({ id: idSchema, pattern: patternSchema, reason: z.string().min(1) });

const fileSchema = lexiconFile(diagnosisEntrySchema, {
  /** Token rewrites applied to text and synonyms alike (disk → disc, plurals, abbreviations). */
  tokenVariants: z.array(z.strictObject({ id: idSchema, from: z.string().min(1), to: z.string().min(1), reason: z.string().min(1) })),
  /** Function words skipped inside a mention ("osteoarthritis of the knee"). */
  fillerWords: z.array(z.string().min(1)),
  /**
   * Ordinal words that number one of several like bones ("2nd and 3rd metatarsals", "fourth
   * metacarpal"): skipped inside a mention like fillers, and so is a `joiners` word between two of
   * them, so the bone word still reaches the fracture it names. Ordinals that an entry names itself
   * ("fifth metatarsal") are not listed.
   */
  ordinals: z.strictObject({ words: z.array(z.string().min(1)), joiners: z.array(z.string().min(1)), reason: z.string().min(1) }).optional(),
  /**
   * Words that join two spinal levels into one run inside a name ("stenosis at L3-4 and L4-5 with
   * neurogenic claudication"): skipped like the levels around them. Optional.
   */
  levelJoiners: z.array(z.string().min(1)).optional(),
  /**
   * Words that open a time phrase after a name and so close it ("alcohol use disorder, in sustained
   * remission since 2008"): a name read across a comma may end before one. Optional.
   */
  timeOpeners: z.array(z.string().min(1)).optional(),
  /** Side words; they set `side` and are skipped inside a mention. */
  sides: z.strictObject({ left: z.array(z.string()), right: z.array(z.string()), bilateral: z.array(z.string()) }),
  /** The region word a spinal level stands for when the mention names none ("L5-S1 disc protrusion"). */
  levelRegions: z.array(z.strictObject({ id: idSchema, prefix: z.enum(['C', 'T', 'L', 'S']), region: z.string().min(1), reason: z.string().min(1) })),
  /**
   * Phrases that open a diagnosis statement. `scope`: to the end of the sentence or of the
   * paragraph; `mode`: `list` takes every mention in scope, `narrative` only cued or coded ones.
   */
  listCues: z.array(ruleSchema.extend({
    scope: z.enum(['sentence', 'block']),
    mode: z.enum(['list', 'narrative']),
    /** Sections where the cue opens nothing (a radiology "IMPRESSION" lists findings). */
    notInSections: z.array(z.enum(SECTION_NAMES)).optional(),
  })),
  /**
   * Cues that make a narrative mention a diagnosis ("history of", "no evidence of"); with
   * `confirmAfter`, only when that pattern also follows the mention in its sentence.
   */
  narrativeCues: z.array(ruleSchema.extend({ confirmAfter: patternSchema.optional() })),
  /** Cues naming a past procedure: "s/p", "status post". */
  statusPostCues: z.array(z.string().min(2)),
  /** Headers (case-insensitive) of history sections read as comorbidity lists. */
  pastHistoryHeaders: z.array(z.string().min(2)),
  /** A line label that gives someone else's history ("FHx:", "Family history:"): no diagnosis on that line is the patient's. */
  otherPersonLine: patternSchema.optional(),
  /**
   * Words right after a narrative mention (only spaces and a comma or bracket between) that state
   * it as the patient's standing condition ("Type 2 diabetes, diet-controlled, non-industrial."):
   * the mention counts as a diagnosis though no cue precedes it. Symptoms are never read so.
   */
  conditionAfter: ruleSchema.optional(),
  /** Words right after a mention that make it part of a title, not a diagnosis ("Chronic Pain Medical Treatment Guidelines"). */
  titleAfter: patternSchema.optional(),
  /** Sections whose whole body is a diagnosis list. */
  listSections: z.array(z.enum(SECTION_NAMES)),
  /** Sections whose list items are diagnoses and whose other sentences are read as narrative. */
  mixedSections: z.array(z.enum(SECTION_NAMES)),
  /** Sections whose running text is never read (the reviewer's rationale, guidelines, plans, administrative text). */
  excludedSections: z.array(z.enum(SECTION_NAMES)),
  /** Sections where even an explicit "Diagnoses:" label is not read (an RFA in a plan still lists the patient's diagnoses). */
  cueExcludedSections: z.array(z.enum(SECTION_NAMES)),
  /** Item openers that refer back to the previous item ("Same, with a 2 cm tear"): what follows qualifies it. */
  backReferences: z.array(z.string().min(1)),
  /**
   * A narrative diagnosis (not a symptom) followed in its sentence, within `maxGap` characters,
   * by this pattern ("settled", "healed") is a past diagnosis.
   */
  resolvedAfter: ruleSchema.extend({ maxGap: z.number().int().positive() }),
  /** Words after which a second mention in the same item qualifies the first ("with", "secondary to"). */
  qualifierCues: z.array(z.string().min(1)),
  /**
   * ConText rule ids of cues that open one list item (a status post names the procedure of its own
   * item): such a cue before an earlier diagnosis that a comma separates from a mention is not that mention's.
   */
  itemOpeningContextRules: z.strictObject({ ids: z.array(z.string()), reason: z.string() }).optional(),
  /**
   * Assertion cues read inside one list item when the ConText stage reports none (list layout
   * such as "Cervical strain (S16.1XXA) - resolved"): `before` cues precede the mention,
   * `after` cues follow it.
   */
  itemCues: z.array(ruleSchema.extend({ assertion: z.enum(['negated', 'possible', 'historical']), direction: z.enum(['before', 'after']) })),
  /**
   * Which encounter a fracture (an entry with a `historical` code) is at, from its list item:
   * `past` words make it an old fracture, reported by the personal-history code when historical
   * ("prior non-industrial wrist fracture", "history of rib fractures"); otherwise a historical
   * fracture, or one with `healing` words ("healed", "s/p ORIF"), is the claim's fracture in
   * aftercare: its own code with the 7th character D, subsequent encounter (S52.502A → S52.502D).
   */
  fractureCourse: z.strictObject({
    past: patternSchema,
    healing: patternSchema,
    /**
     * Ids of status-post procedures that fix a fracture: "s/p ORIF, left olecranon fracture"
     * names the fracture's treatment, which its subsequent-encounter code already carries, so the
     * procedure is not reported beside a fracture it names in the same clause.
     */
    fixations: z.array(idSchema).optional(),
    /**
     * Words saying the fracture failed to unite (7th character K, "nonunion") or united out of
     * place (P, "malunion"): subsequent encounters with that course, whatever the item's words.
     */
    nonunion: patternSchema.optional(),
    malunion: patternSchema.optional(),
    reason: z.string().min(1),
  }).optional(),
  /**
   * The region of each limb. A sided diagnosis still without a side after its limb's own (a
   * negated or differential entrapment, a CRPS named without its limb) takes the one side the
   * record gives all the diagnoses of its region, when they give exactly one.
   */
  limbRegions: z.strictObject({
    upper: z.array(z.enum(['shoulder', 'elbow', 'hand', 'hip', 'knee', 'foot'])),
    lower: z.array(z.enum(['shoulder', 'elbow', 'hand', 'hip', 'knee', 'foot'])),
    reason: z.string().min(1),
  }).optional(),
  /** Abbreviations whose period does not end a sentence. */
  abbreviations: z.array(z.string().min(1)),
  /**
   * OCR-tolerant matching in diagnosis lists: a word the lexicon does not know, of at least
   * `minChars` letters, is read as the closest lexicon word of about its length (at most
   * `maxLengthDiff` letters apart) when their Jaro-Winkler similarity reaches `threshold`.
   */
  fuzzy: z.strictObject({
    threshold: z.number().min(0.8).max(1),
    minChars: z.number().int().positive(),
    maxLengthDiff: z.number().int().min(0),
    /** Letters OCR reads as digits inside words ("1" for "l"), undone before lookup. */
    digitLetters: z.record(z.string().regex(/^\d$/), z.string().regex(/^[a-z]$/)),
  }),
});

/** The whole file, with cross-entry checks: unique ids; side codes only for sided entries. */
export const diagnosesSchema = fileSchema.superRefine((file, ctx) => {
  const ids = new Set<string>();
  file.entries.forEach((e, i) => {
    if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id ${e.id}` });
    ids.add(e.id);
  });
});
export type DiagnosesLexicon = z.infer<typeof diagnosesSchema>;
