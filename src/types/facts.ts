/**
 * The v1 facts document (`facts-v1.md`) as zod schemas. The TypeScript types are inferred from
 * these schemas and `chartfacts schema` prints their JSON Schema, so code, validation and the
 * published schema cannot drift apart. Fields beyond the contract are additions, never renames.
 */
import { z } from 'zod';
import {
  BODY_PARTS, CONTEXT_CATEGORIES, DATE_ROLES, DETERMINATIONS, DIAGNOSIS_ASSERTIONS, DOCUMENT_KINDS,
  EXAM_FINDING_KINDS, FINDING_ASSERTIONS, GUIDELINE_SOURCES, MECHANISMS, MENTION_ASSERTIONS, PAIN_CONDITIONS,
  RADICULOPATHY_STATUSES, RESPONSES, SECTION_NAMES, SEXES, SIDES, SPINE_REGIONS, SUBJECTS, TREATMENTS,
} from './vocab.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const nullable = <T extends z.ZodTypeAny>(t: T) => t.nullable();

/** Where a fact was read: `document.text.slice(start, end) === text`, on 1-based `page`. */
export const evidenceSchema = z.object({
  page: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  section: nullable(z.enum(SECTION_NAMES)),
  text: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** The ConText trigger that set a fact's assertion (added field `cue`). */
export const cueSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  ruleId: z.string(),
  category: z.enum(CONTEXT_CATEGORIES),
});
export type Cue = z.infer<typeof cueSchema>;

export const warningSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  message: z.string(),
  page: z.number().int().min(1).nullable().optional(),
});
export type Warning = z.infer<typeof warningSchema>;

export const documentInfoSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  pageCount: z.number().int().min(1),
  ocrPages: z.array(z.number().int().min(1)),
  kind: z.enum(DOCUMENT_KINDS),
  text: z.string(),
  pageOffsets: z.array(z.number().int().min(0)),
  /** Added: mean OCR confidence (0-100) per OCR'd page, keyed by page number. */
  ocrConfidence: z.record(z.string(), z.number()).optional(),
});
export type DocumentInfo = z.infer<typeof documentInfoSchema>;

export const bodyPartSchema = z.object({
  part: z.enum(BODY_PARTS),
  side: nullable(z.enum(SIDES)),
  /** Added: where the record names the part (the mention that gave its side, when one did). */
  evidence: evidenceSchema,
});
export type BodyPartRef = z.infer<typeof bodyPartSchema>;

export const guidelineRefSchema = z.object({
  source: z.enum(GUIDELINE_SOURCES),
  text: z.string(),
  pages: z.string().nullable(),
});
export type GuidelineRef = z.infer<typeof guidelineRefSchema>;

export const requestSchema = z.object({
  treatment: z.enum(TREATMENTS),
  drug: z.string().optional(),
  procedure: z.string().optional(),
  text: z.string(),
  bodyPart: nullable(z.enum(BODY_PARTS)),
  side: nullable(z.enum(SIDES)).optional(),
  quantity: z.string().nullable(),
  /**
   * Added: the quantity read as one number — a stated total ("(8 visits)"), else frequency times
   * duration ("twice a week for four weeks" is 8), else the first number ("#60"); from the
   * request's text when no quantity was written ("eight sessions of occupational therapy");
   * null when no number is written.
   */
  quantityValue: z.number().nullable().optional(),
  determination: nullable(z.enum(DETERMINATIONS)),
  guidelines: z.array(guidelineRefSchema),
  /** Added: the claims administrator's (UR's) citations in an IMR letter; the reviewer did not rely on them. */
  claimsAdministratorGuidelines: z.array(guidelineRefSchema).optional(),
  evidence: evidenceSchema,
  /** Added: evidence of the determination line, when the document states one. */
  determinationEvidence: evidenceSchema.optional(),
  /**
   * Added: true when the record's own account (not a decision or its rationale) tells a taper of
   * this medication ("to continue the taper"), so weaning, not continued use, is what is asked;
   * with the words that tell it.
   */
  weaning: z.boolean().optional(),
  weaningEvidence: evidenceSchema.optional(),
});
export type TreatmentRequest = z.infer<typeof requestSchema>;

export const diagnosisSchema = z.object({
  text: z.string(),
  concept: z.string(),
  icd10: z.string().nullable(),
  /** Added: the code as printed in the record, when it printed one. */
  icd10Written: z.string().nullable().optional(),
  side: nullable(z.enum(SIDES)).optional(),
  assertion: z.enum(DIAGNOSIS_ASSERTIONS),
  cue: cueSchema.nullable().optional(),
  evidence: evidenceSchema,
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

export const examFindingSchema = z.object({
  finding: z.enum(EXAM_FINDING_KINDS),
  bodyPart: nullable(z.enum(BODY_PARTS)),
  side: nullable(z.enum(SIDES)),
  qualifier: z.string().nullable(),
  value: z.union([z.number(), z.string()]).nullable(),
  unit: z.string().nullable(),
  assertion: z.enum(FINDING_ASSERTIONS),
  cue: cueSchema.nullable().optional(),
  evidence: evidenceSchema,
});
export type ExamFinding = z.infer<typeof examFindingSchema>;

export const painScoreSchema = z.object({
  score: z.number(),
  /** Added: upper end of a range such as "5-8/10" (score holds the lower end). */
  scoreHigh: z.number().optional(),
  /** Added: lower end of a range such as "5-8/10", when `score` holds the end the lexicon picks. */
  scoreLow: z.number().optional(),
  max: z.number(),
  bodyPart: nullable(z.enum(BODY_PARTS)),
  side: nullable(z.enum(SIDES)),
  condition: nullable(z.enum(PAIN_CONDITIONS)),
  date: isoDate.nullable(),
  evidence: evidenceSchema,
});
export type PainScore = z.infer<typeof painScoreSchema>;

export const priorTreatmentSchema = z.object({
  treatment: z.enum(TREATMENTS),
  drug: z.string().optional(),
  procedure: z.string().optional(),
  bodyPart: nullable(z.enum(BODY_PARTS)),
  side: nullable(z.enum(SIDES)),
  date: isoDate.nullable(),
  response: z.enum(RESPONSES),
  reliefPercent: z.number().nullable(),
  durationWeeks: z.number().nullable(),
  functionalImprovement: z.boolean().nullable(),
  /** Added: number of sessions or visits completed, when stated. */
  sessions: z.number().nullable().optional(),
  /**
   * Added: true for care of an earlier episode that resolved before the claim's injury ("a neck
   * strain in 2005 that resolved after a few weeks of chiropractic care"); absent otherwise.
   */
  earlierEpisode: z.boolean().optional(),
  evidence: evidenceSchema,
});
export type PriorTreatment = z.infer<typeof priorTreatmentSchema>;

export const radiculopathyMentionSchema = z.object({
  text: z.string(),
  assertion: z.enum(MENTION_ASSERTIONS),
  subject: z.enum(SUBJECTS),
  region: nullable(z.enum(SPINE_REGIONS)),
  side: nullable(z.enum(SIDES)),
  cue: cueSchema.nullable().optional(),
  evidence: evidenceSchema,
});
export type RadiculopathyMention = z.infer<typeof radiculopathyMentionSchema>;

export const radiculopathySchema = z.object({
  status: z.enum(RADICULOPATHY_STATUSES),
  mentions: z.array(radiculopathyMentionSchema),
});
export type Radiculopathy = z.infer<typeof radiculopathySchema>;

export const reviewerSchema = z.object({
  specialty: z.string().nullable(),
  boardCertified: z.boolean().nullable(),
  licensedIn: z.array(z.string()),
  evidence: evidenceSchema.optional(),
});
export type Reviewer = z.infer<typeof reviewerSchema>;

export const datedEventSchema = z.object({
  date: isoDate,
  text: z.string(),
  role: z.enum(DATE_ROLES),
  evidence: evidenceSchema,
});
export type DatedEvent = z.infer<typeof datedEventSchema>;

export const injurySchema = z.object({
  date: isoDate.nullable(),
  mechanism: nullable(z.enum(MECHANISMS)),
  bodyParts: z.array(bodyPartSchema),
  evidence: evidenceSchema.nullable(),
  /** Added: evidence of the mechanism phrase, when found. */
  mechanismEvidence: evidenceSchema.optional(),
});
export type Injury = z.infer<typeof injurySchema>;

export const patientSchema = z.object({
  age: z.number().int().nullable(),
  sex: nullable(z.enum(SEXES)),
  evidence: evidenceSchema.optional(),
});
export type Patient = z.infer<typeof patientSchema>;

export const factsDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  document: documentInfoSchema,
  patient: patientSchema,
  injury: injurySchema,
  requests: z.array(requestSchema),
  diagnoses: z.array(diagnosisSchema),
  examFindings: z.array(examFindingSchema),
  painScores: z.array(painScoreSchema),
  priorTreatments: z.array(priorTreatmentSchema),
  radiculopathy: radiculopathySchema,
  reviewer: reviewerSchema,
  dates: z.array(datedEventSchema),
  warnings: z.array(warningSchema),
});
export type FactsDocument = z.infer<typeof factsDocumentSchema>;
