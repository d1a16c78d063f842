/**
 * Schema of lexicons/exam-findings.json: where examination text is, and the words and patterns
 * for each kind of finding (range of motion, straight leg raise, named tests, reflexes, strength,
 * sensation, palpation and observation findings).
 */
import { z } from 'zod';
import { BODY_PARTS, EXAM_FINDING_KINDS, SECTION_NAMES } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

const terms = z.array(z.string().min(1)).min(1);
/** A regular-expression source, compiled case-insensitively. */
const pattern = z.string().min(1);
const cue = z.strictObject({
  id: idSchema,
  pattern,
  reason: z.string(),
  /** Starts exam text that lasts to the end of the section, like an objective header ("O:"). */
  block: z.boolean().optional(),
  /** Counts only in a sentence without a stop cue ("MRI showed" is not an exam). */
  weak: z.boolean().optional(),
  /** A stop cue that also skips sentences inside exam sections (imaging lines in an exam). */
  inBlocks: z.boolean().optional(),
  /** A stop cue that also ends exam text a block cue opened ("A:" after "O:" in one SOAP section). */
  endsBlock: z.boolean().optional(),
});
const valueWords = z.strictObject({
  id: idSchema,
  /** The value written into the finding. */
  value: z.string(),
  terms,
  /** A weak result ("reproduces") only counts when no explicit result word is there. */
  weak: z.boolean().optional(),
  /**
   * Symbols that are this result only when a side follows them (exam shorthand "Hawkins + R, - L",
   * "Drop arm - B"); a lone dash elsewhere is punctuation.
   */
  sideTerms: terms.optional(),
});

export const examScopeSchema = z.strictObject({
  /** Sections that are examination text throughout. */
  examSections: z.array(z.enum(SECTION_NAMES)),
  /** Sections never read for findings (rationales restate the exam; plans list exercises). */
  excludedSections: z.array(z.enum(SECTION_NAMES)),
  /** A sentence matching one starts an exam run in a narrative section. */
  examCues: z.array(cue),
  /** A sentence matching one ends an exam run and is not read. */
  stopCues: z.array(cue),
  /** Text just before a number that makes it a change over time ("improved from"). */
  changeCues: z.array(cue),
  /** A line label that ends the joint label above it ("Neuro:" after "Hip:"): later findings are not that joint's. */
  labelReset: pattern.optional(),
  /**
   * Where a reading unit is cut: a full stop before a line label written in lower case ("... mass L.
   * rom: supination ..."), which the sentence splitter does not read as a sentence start.
   */
  labelBreak: pattern.optional(),
});

export const specialTestSchema = z.strictObject({
  id: idSchema,
  /** Written into `qualifier`. */
  name: z.string(),
  kind: z.enum(EXAM_FINDING_KINDS),
  /** Body part when the text gives none. */
  bodyPart: z.enum(BODY_PARTS).nullable(),
  terms,
  /** A name for a group of tests ("impingement signs"): right after named tests it only labels them ("Hawkins and Neer impingement signs"). */
  umbrella: z.boolean().optional(),
  /** Short names read only under a label naming the test's body part ("Distraction .... negative" under "SI joint provocation tests:"). */
  underLabel: z.array(z.string().min(1)).optional(),
});

export const siteSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  terms,
  limb: z.enum(['upper', 'lower']).optional(),
  bodyPart: z.enum(BODY_PARTS).optional(),
  /** Site graded only in words ("plantar responses flexor"). */
  wordGradesOnly: z.boolean().optional(),
  /** A site that is also a body part ("knee"): a grade near it is a reflex only if reflexes are named. */
  needsTerm: z.boolean().optional(),
  /** A hand-, wrist- or foot-specific finding keeps its own body part instead of the spine region. */
  specific: z.boolean().optional(),
});

export const keywordFindingSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(EXAM_FINDING_KINDS),
  /** Fixed qualifier ("effusion", "referred pain"); else the location phrase when asked. */
  qualifier: z.string().optional(),
  terms,
  /** Terms that state the sign is absent ("non-tender"). */
  negatedTerms: z.array(z.string()).optional(),
  /** Value when no severity or value word is found. */
  defaultValue: z.string().optional(),
  /** Words that are the value ("antalgic"), looked for next to the term. */
  valueTerms: z.array(z.string()).optional(),
  /** The value a value word names, by the word in lower case ("nl" → normal, "limp" → antalgic); else the word itself. */
  valueNames: z.record(z.string(), z.string()).optional(),
  /**
   * Value words that yield to a later one in the same clause ("Gait: slow, with a slight left limp" →
   * antalgic): a pace says less about the gait than the deviation written after it.
   */
  yieldingValues: z.array(z.string()).optional(),
  /** The value word alone, without a severity written before it ("mild antalgic gait" → antalgic). */
  plainValue: z.boolean().optional(),
  /** Emit only when a value word was found ("heel walking is difficult"). */
  requireValue: z.boolean().optional(),
  /** A side anywhere in the finding's clause is its side ("Gait: antalgic, shortened stance L"). */
  sideInClause: z.boolean().optional(),
  /**
   * Only a sign found is a finding; one said absent is passed over ("No allodynia, no color or temperature
   * asymmetry": a screening list whose items reviewers file as other signs, not a sensory examination).
   */
  presentOnly: z.boolean().optional(),
  /** Palpation findings share a side within a sentence (trigger point → twitch → referred pain). */
  palpation: z.boolean().optional(),
  /** Skip the term when the text right after it matches (a "trigger point injection"). */
  exclude: pattern.optional(),
  qualifierFromLocation: z.boolean().optional(),
  /** The value is where the pain goes ("to the right occiput"). */
  valueFromDestination: z.boolean().optional(),
  /** A measurement after the term is the value ("2 cm"): groups (number, unit). */
  measure: pattern.optional(),
  /**
   * Measured items after the term, one finding each: named groups side (or `after`, a side written
   * after the value: "14 kg L", "22 kg on the right"), value, unit. An item with no side is skipped.
   */
  items: pattern.optional(),
  /**
   * A pair of items on the two sides is one finding on the side it describes: atrophy on the
   * `smaller` ("calf girth 36 cm L, 40 cm R" → left), swelling on the `larger`; no finding when they
   * are equal or not one per side.
   */
  itemsPick: z.enum(['smaller', 'larger']).optional(),
  /** The part a measured item is of whatever the label above it names (grip and pinch strength: the hand). */
  itemsPart: z.enum(BODY_PARTS).optional(),
  /**
   * A finding only where it opens its list ("no erythema or drainage", "without erythema"): named
   * after another sign ("No swelling or erythema") it belongs to that sign's finding.
   */
  listLeadOnly: z.boolean().optional(),
});

const entrySchema = z.strictObject({ id: idSchema, name: z.string(), terms, lateral: z.boolean() });

export const examFindingsSchema = lexiconFile(entrySchema, {
  scope: examScopeSchema,
  negation: z.strictObject({ before: pattern, after: pattern, reason: z.string() }),
  results: z.array(valueWords),
  severities: z.array(z.string()),
  parts: z.strictObject({
    /** Spine parts: no side of their own; neurologic findings map to them. */
    spine: z.array(z.enum(BODY_PARTS)),
    /** Hand-, wrist- or foot-specific parts a neurologic finding keeps. */
    specific: z.array(z.enum(BODY_PARTS)),
    /** Body-part lexicon entry ids naming a whole limb rather than a joint. */
    limbEntries: z.array(z.string()),
    /** Parts that are never the joint examined. */
    notJoints: z.array(z.enum(BODY_PARTS)),
    /** Body-part words that do not say which spine region ("paraspinals"). */
    regionless: z.array(z.string()),
    /** Plural words for a part of both sides ("calves", "knees"): said with no side, they mean both. */
    pairedPlurals: z.array(z.string()).optional(),
    /** Finding kinds (signs palpated or seen) that take the claim's one limb part when nothing in or around them names a part. */
    claimPartKinds: z.array(z.enum(EXAM_FINDING_KINDS)).optional(),
    /**
     * A part named in a denied complaint: the text before it in its sentence ends with a denial
     * (`before`) and the words right after it name a complaint (`after`). A later sentence does not
     * take its part from such a mention. Optional.
     */
    deniedComplaint: z.strictObject({ before: pattern, after: pattern }).optional(),
    reason: z.string(),
  }),
  /** A whole limb named as the place of a neurologic finding ("lower extremities", "UE"). */
  /** Limb abbreviations spelled out when one names a reflex or strength finding ("DTRs 2+ UE" → "upper extremity"). */
  limbAbbreviations: z.record(z.string(), z.string()).optional(),
  limbPhrase: pattern,
  /** Words that end the modifiers written before a sign ("revealed", "no", "the"). */
  modifierStops: z.array(z.string()),
  /** "R > L", "right > left": the value of a finding graded by side. */
  comparative: pattern,
  degreeUnit: pattern,
  /** A side word inside a list of motion values ("rotation right 60, left 70"). */
  sideToken: pattern,
  /** What may stand before the body part in a line label ("Special tests, L shoulder:"): a heading word and comma, a side. */
  labelSide: pattern,
  /** A side alone in a line label's parentheses ("SI joint provocation tests (left):"). */
  labelAside: pattern,
  /** A side opening a sentence ("On the right, ankle dorsiflexion was 10 degrees"): group 1 covers the sentence's findings of a limb with no side of their own. */
  sentenceSide: pattern.optional(),
  /**
   * A line labelled by a kind of measure and a side ("AROM R:", "Strength left:"): its limb findings
   * are on that side, whatever side the joint's label above them gives. Group 1 is the side.
   */
  measureSideLabel: pattern.optional(),
  /**
   * A unit of values under a label that closed the unit before it ("Grip (Jamar, position 2):" /
   * "R 14/12/13 kg; L 20/21/19 kg."): a number, or a side and a number, not a numbered item. Optional.
   */
  labelValueLine: pattern.optional(),
  /** A table row's unit in parentheses at the end of its label ("Key pinch (kg)"); group 1 is the unit. Optional. */
  rowLabelUnit: pattern.optional(),
  /**
   * Gait values that favour one leg ("antalgic", "limp"): such a gait with no side of its own, in a
   * claim of one injured lower-limb part with a side, favours that part and side. Optional.
   */
  gaitFavoursInjured: pattern.optional(),
  /**
   * Items counted per side or not done ("4 single-leg heel raises on the right and 20 on the left",
   * "cannot perform a single-leg heel rise on the right"): `gate` (a word every sentence holding
   * the item has) and `patterns` tried in order until one matches, with named groups n1/s1, n2/s2
   * (count and side) and unable (the side it could not be done on). Optional.
   */
  countedItems: z.array(z.strictObject({
    id: z.string().min(1),
    kind: z.enum(EXAM_FINDING_KINDS),
    qualifier: z.string().min(1),
    gate: pattern,
    patterns: z.array(pattern).min(1),
    reason: z.string().optional(),
  })).optional(),
  /**
   * Capital letters that stand for a side when alone in exam shorthand ("(+) R", "neg B"):
   * letter to side. Read only as standalone capitals, never inside words or levels ("L5").
   */
  sideLetters: z.record(z.string().regex(/^[A-Z]$/), z.enum(['left', 'right', 'bilateral'])).optional(),
  /** After a semicolon, a test's clause that names only another side ("; on the R reproduces ...") or nothing new. */
  testSideOnly: pattern,
  /** A side (or "-sided") right before a test name ("left FABER positive"); group 1 is the side. */
  testSideFirst: pattern,
  /**
   * Pain brought on by a named test, written before its name ("pain with resisted extension of the
   * middle finger", "pain with resisted wrist extension (Cozen's test positive) and with resisted
   * extension of the middle finger"): the test is positive, negative when the `neg` group matched
   * ("no pain with ..."). Ends in `$`: tried on the sentence's words before the name.
   */
  painWithTest: pattern.optional(),
  /**
   * Where a test was done, read from the start of its result words: the last "at/over/of the ..."
   * before the clause's first comma, past words that only say where on the part ("over the
   * superficial peroneal nerve at the distal lateral leg" is at the leg). Optional.
   */
  testPlace: pattern.optional(),
  /** A side written right after a motion's value ("60 degrees bilaterally", "20 to the left"); group 1 is the side. */
  sideAfter: pattern,
  /** "70 degrees to each side": one measure for both sides, one finding with side bilateral (as "bilaterally"). */
  sideEach: pattern.optional(),
  /** A motion table whose columns are body parts ("Motion   Lumbar (deg)   R hip (deg)"): group 1 holds the column titles, each ending in its unit. */
  columnHeader: pattern.optional(),
  /** One cell of such a table: degrees, or a dash for a motion not measured. */
  columnCell: pattern.optional(),
  /**
   * A motion table whose columns are sides and kinds of motion ("Motion   L AROM   L PROM   R AROM"):
   * group 1 holds the column titles, each starting with its side.
   */
  sideColumnHeader: pattern.optional(),
  /**
   * A table of any findings whose columns are sides: `header` is a line of side words (group 1), `cell`
   * one cell's value; a row is a label and one cell per side.
   */
  sideColumns: z.strictObject({
    header: pattern, cell: pattern,
    /** Symbol cells read as words after the row's label ("-" → "absent"). */
    cellWords: z.record(z.string(), z.string()).optional(),
    /** What a cell may end in that is not read (a note in brackets, a time after a comma: "positive, 20 s"). */
    cellNote: pattern.optional(),
    /** A symptom written as a cell ("FADIR   groin pain   negative", `pattern`), read after `lead` ("reproduces groin pain"). */
    symptomCell: z.strictObject({ pattern, lead: z.string() }).optional(),
    /** Kinds whose row of equal cells on every side is one finding on both sides ("Triceps reflex   2+   2+"). */
    equalCellsBilateral: z.array(z.enum(EXAM_FINDING_KINDS)).optional(),
    reason: z.string(),
  }).optional(),
  /**
   * Side-by-side columns of whole findings: `header` is a line naming one side and the same part per
   * column (group 1: "Left knee   Right knee"); `bullet` the mark that opens each column's item in a row.
   */
  pairedColumns: z.strictObject({ header: pattern, bullet: pattern, reason: z.string() }).optional(),
  /**
   * A motion table with a normal and a measured column: `header` is the line of column words (group 1),
   * `measured` and `normal` the words naming those two columns.
   */
  measuredColumns: z.strictObject({ header: pattern, measured: pattern, normal: pattern, reason: z.string() }).optional(),
  /**
   * A finger motion table with one column per digit: `title` is one column's title ("4th digit",
   * "index", "D2"); two or more after an optional label-column word make the header.
   */
  digitColumns: z.strictObject({ title: pattern, reason: z.string() }).optional(),
  /**
   * A table of serial measures: `column` is one dated column title ("Initial eval 04/22/24"), two or
   * more in a row make the header, which `lead` words may open ("OBJECTIVE"); `cell` and `cellWords`
   * are the cells of a row; `measureWords` the label words that only name how it was measured ("AROM").
   */
  serialColumns: z.strictObject({
    column: pattern, lead: pattern, cell: pattern, cellWords: pattern, measureWords: pattern, reason: z.string(),
  }).optional(),
  /** Where a table row names the limb position before its cells ("ER at 90 deg abd   60   75"). */
  rowPosition: pattern.optional(),
  /**
   * A limb position written right after a motion in prose or a row label ("ER at 90 deg abduction 80 deg"):
   * its number is no measure, and the motion it names is no finding of its own.
   */
  motionPosition: pattern.optional(),
  /** Words right before a motion that make it a strength test, not a range ("Resisted knee flexion ... 4-/5"). */
  resistedMotion: pattern.optional(),
  /**
   * The other side's measure written after an unsided one ("10 degrees versus 20 degrees on the right",
   * "0 to 120 degrees (right 0 to 140)"): named groups `num` (the measure) and `side`.
   */
  romOtherSide: z.array(pattern).optional(),
  /** A motion measured by the vertebral level reached ("internal rotation to L3"); group 1 is the level, kept as the value. */
  romLevel: pattern.optional(),
  /**
   * After a level reached with its side ("to T10 on the right"), a second level with the other side
   * ("and T7 on the left"): group 1 the level, group 2 the side word.
   */
  romLevelOther: pattern.optional(),
  /**
   * A measure written before its motion, matched at the end of the text before the motion term:
   * "85 degrees of (active) flexion" (named group `num`), or a loss of extension, "lacks 5 degrees
   * of full" / "5 degrees short of full" (named groups `num` and `lack`, or `num2` and `lack2`).
   */
  romMeasureBefore: pattern.optional(),
  /** A side written right before a motion ("R rotation", "left and right bending"); groups 1 and 2 are sides. */
  sideBefore: pattern,
  /** A side written after a sign's place or value ("spasm, favoring the left"). */
  sideTail: pattern,
  /** A table header giving the order of its two columns ("(right / left)"); groups 1 and 2 are sides. */
  tableSideOrder: pattern,
  /**
   * A heading that orders two sides with "versus" ("Range of motion (goniometer), right versus
   * left:"): its rows "ankle dorsiflexion   5 degrees   vs  15 degrees" give the first measure to the
   * first side (group 1) and the second to the other (group 2). Optional.
   */
  tableVersusOrder: pattern.optional(),
  /**
   * A table heading that names the measured side and puts the other in parentheses ("right ankle
   * (left in parentheses):"); group 1 is the side of the first value, group 2 the side of the value
   * in parentheses (rows "Dorsiflexion ..... 5 deg (20 deg)").
   */
  tableAsideOrder: pattern.optional(),
  romTerms: terms,
  romWholeValues: z.array(z.strictObject({ id: idSchema, value: z.string(), pattern, reason: z.string() })),
  /** A word value for one motion with no measure ("extension limited", "full rotation"); `before` patterns end at the motion, `after` ones start after it. */
  romMotionWords: z.array(z.strictObject({ id: idSchema, value: z.string(), position: z.enum(['before', 'after']), pattern, reason: z.string() })).optional(),
  straightLegRaise: z.strictObject({
    terms, exclude: pattern, reason: z.string(),
    /** Position words written right before the test name ("seated SLR", "supine SLR"): the qualifier. */
    variants: z.array(z.strictObject({ id: idSchema, name: z.string(), terms })).optional(),
  }),
  /** A line that starts a new item of a test or measure list ("Kemp's ....... + L", "Milgram's: neg"): a result never reads past it. */
  listItem: pattern.optional(),
  /** A heading line over a table of motions ("Cervical ROM (measured/normal):"): its rows are measures even without a degree sign. */
  romHeading: pattern.optional(),
  /** What joins a second arc to a sided first one ("0 to 120 degrees on the left compared with 0 to 140 degrees on the right"); anchored at the start. */
  romArcLink: pattern.optional(),
  /**
   * What opens an unnamed arc of motion, up to its first number ("ROM 0-130 degrees", "knee motion 0-135 degrees",
   * "range of motion is full, 0-145 degrees"): the arc is the joint's flexion, its start a loss of extension.
   */
  romArcLead: pattern,
  /**
   * What joins two motions written with bare numbers in exam shorthand ("flex 150, abd 140, ER 70"):
   * two or more such items in a row are measures in degrees even with no unit written.
   */
  romBareListLink: pattern.optional(),
  /**
   * Bare measures closed by one side after a list of motions ("flexion 30 degrees and extension 25
   * degrees, compared with 70 and 65 degrees on the right"): group `values` holds the numbers, `side` the side.
   */
  romRespective: pattern.optional(),
  specialTests: z.array(specialTestSchema),
  /** Text right after a test name that makes it something else ("empty can strength 4/5"). */
  testNameStop: pattern,
  /**
   * A nerve-root provocation test (the straight leg raise and the named `tests`) with no result word
   * whose words say it brought on only axial pain ("Spurling's test produced neck pain only") is negative.
   */
  axialPainOnly: z.strictObject({ pattern, tests: z.array(z.string()), reason: z.string() }).optional(),
  /** Words right before a named test that say the sign is absent ("No Hoffmann sign"): with no result of its own, the test is negated. */
  testAbsentBefore: z.strictObject({ pattern, reason: z.string() }).optional(),
  /** A side after a separator where a test's result words end: it opens the next finding's words. */
  testNextSide: z.strictObject({ pattern, reason: z.string() }).optional(),
  reflexes: z.strictObject({
    terms, sites: z.array(siteSchema), grade: pattern, wordGrades: z.array(valueWords), symmetric: pattern,
  }),
  motor: z.strictObject({
    terms, grade: pattern, sites: z.array(siteSchema), skipBefore: pattern, skipAfter: pattern, wordValues: z.array(valueWords),
    /**
     * A strength table header whose columns are sides ("Motor (MRC grade)   Left   Right"): group 1
     * holds the side titles; each row below is a muscle and one grade per column.
     */
    sideColumnHeader: pattern.optional(),
    /**
     * Words of such a header naming a 0-5 grading scale ("Strength (MRC)   Right   Left"): its cells may
     * be bare grades ("5", "4+"), each read as that grade out of 5.
     */
    bareGradeHeader: pattern.optional(),
    /** A bare grade cell under such a header. */
    bareGrade: pattern.optional(),
  }),
  /**
   * The places of a sign said to be absent, listed ("No tenderness at the navicular, the medial
   * malleolus or the fibular head") for the `kinds` listed: `split` separates two places, `partial` is an item that is only a
   * part of the next place's name ("the medial or lateral joint line"), which keeps the list whole.
   */
  negatedPlaces: z.strictObject({ kinds: z.array(z.enum(EXAM_FINDING_KINDS)), split: pattern, partial: pattern, reason: z.string() }).optional(),
  /**
   * Words between two grades that set the later one apart from a summary grade ("5/5 except left
   * EHL 4/5", "2+ other than the right Achilles 1+"): the graded text is cut after them, so the
   * summary keeps none of the exception's sides or sites.
   */
  gradeException: pattern.optional(),
  sensation: z.strictObject({
    terms, values: z.array(valueWords), modalities: terms, location: pattern,
    /** The name a modality written in shorthand goes by in the qualifier ("2-pt discrimination" is "two-point discrimination"); keys lower-case. */
    modalityNames: z.record(z.string(), z.string()).optional(),
    /** A measured sensation ("two-point discrimination 7 mm"): groups (number, unit); the number is the value. */
    measure: pattern.optional(),
    /** One side's measure in a list of them ("7 mm L, 4 mm R"): groups (number, unit, side). */
    measureItem: pattern.optional(),
    /** Capitalised abbreviations that look like side words but name a modality ("dec LT R": light touch), matched case-sensitively. */
    notSide: pattern.optional(),
    /** A normal sensory exam said as an absence ("no sensory deficit"): value normal, not a negated sign. */
    normalPhrase: pattern.optional(),
    /**
     * Modalities (by their qualifier name) tested on one part, whatever region the exam is for:
     * two-point discrimination is the hand's unless its sentence names a part `modalityPartsExcept` matches.
     */
    modalityParts: z.record(z.string(), z.enum(BODY_PARTS)).optional(),
    modalityPartsExcept: pattern.optional(),
  }),
  summaries: z.strictObject({ pattern, reason: z.string() }),
  keywordFindings: z.array(keywordFindingSchema),
});
export type ExamFindingsLexicon = z.infer<typeof examFindingsSchema>;
