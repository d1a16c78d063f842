/**
 * Schema of one guideline topic file in `lexicons/guidelines/`. A topic names the treatments it
 * governs and lists criteria; each criterion carries a predicate in a small declarative language
 * over the facts document, evaluated by `src/stages/06-decide/evaluate-predicate.ts`. Objects are
 * strict (an unknown key is an error naming it) and every enum is closed, so a typo in a criteria
 * file fails at load instead of silently never matching.
 */
import { z } from 'zod';
import {
  BODY_PARTS, DATE_ROLES, EXAM_FINDING_KINDS, GUIDELINE_SOURCES, PAIN_CONDITIONS, RADICULOPATHY_STATUSES,
  RESPONSES, SPINE_REGIONS, TREATMENTS,
  type BodyPart, type DateRole, type ExamFindingKind, type PainCondition, type RadiculopathyStatus,
  type SpineRegion, type Treatment, type TreatmentResponse,
} from '../../types/vocab.js';
import { idSchema } from './common.js';

/** A case-insensitive regular expression, checked to compile at load time. */
const patternSchema = z.string().min(1).refine((p) => {
  try {
    new RegExp(p, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const treatments = z.array(z.enum(TREATMENTS)).min(1);

/** Which prior treatments a predicate looks at. */
export interface PriorTreatmentFilter {
  treatment: Treatment[];
  /** Matches `drug`/`procedure` of the prior treatment. */
  drugPattern?: string;
  /** Keep only priors on the request's body part (a prior with no body part always counts). */
  sameBodyPart?: boolean;
  /** Keep only priors of the request's drug, when both name one (a switch to another agent is not continued use). */
  sameDrug?: boolean;
  /** Keep only priors of the requested treatment itself (supportive counseling is no trial of cognitive behavioral therapy). */
  sameTreatment?: boolean;
}

/** Conditions on the most favourable matching prior treatment. */
export interface PriorTreatmentCheck extends PriorTreatmentFilter {
  responseIn?: TreatmentResponse[];
  reliefPercentAtLeast?: number;
  durationWeeksAtLeast?: number;
  functionalImprovement?: boolean;
  /** Weeks between the prior's date and the latest clinical date in the record. */
  weeksSinceAtLeast?: number;
  /** Judge only the most recent matching prior (the latest dated one): "the last block" of a repeat-block rule. */
  mostRecent?: boolean;
}

/** The predicate language; each object has exactly one key. See lexicons/guidelines/README.md. */
export type Predicate =
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate }
  | { radiculopathy: { statusIn: RadiculopathyStatus[]; unknownIn?: RadiculopathyStatus[]; sameRegion?: boolean; regions?: SpineRegion[] } }
  | { examFinding: { finding: ExamFindingKind[]; bodyParts?: BodyPart[]; sameRegion?: boolean; qualifierPattern?: string; testPattern?: string; valuePattern?: string } }
  | { diagnosis: { conceptPattern: string } }
  | { priorTreatment: PriorTreatmentCheck }
  | { hasPriorTreatment: PriorTreatmentFilter }
  | { triedAndFailed: { treatments: Treatment[]; atLeast?: number; unlessRelieved?: boolean; unlessHelping?: boolean } }
  | { monthsSinceInjuryAtLeast: number }
  | { patientAgeAtLeast: number }
  | { requestQuantityAtMost: number | { max: number; unitPattern?: string; unitFactor?: number } }
  | { visitsAtMost: { max: number; includePrior: boolean } }
  | { requestTextMatches: string }
  | { requestNames: string }
  | { requestBodyPartIn: Array<BodyPart | null> }
  | { otherRequest: { treatment: Treatment[]; decided?: boolean; textPattern?: string } }
  | { painScore: { conditionIn?: PainCondition[] } }
  | { studyFinding: { dateRoles: DateRole[]; studyPattern: string; patterns: string[]; negationPatterns: string[]; windowChars?: number } };

const priorFilterShape = {
  treatment: treatments,
  drugPattern: patternSchema.optional(),
  sameBodyPart: z.boolean().optional(),
  sameDrug: z.boolean().optional(),
  sameTreatment: z.boolean().optional(),
};

export const predicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(predicateSchema).min(1) }),
    z.strictObject({ any: z.array(predicateSchema).min(1) }),
    z.strictObject({ not: predicateSchema }),
    z.strictObject({
      radiculopathy: z.strictObject({
        statusIn: z.array(z.enum(RADICULOPATHY_STATUSES)).min(1),
        unknownIn: z.array(z.enum(RADICULOPATHY_STATUSES)).optional(),
        sameRegion: z.boolean().optional(),
        regions: z.array(z.enum(SPINE_REGIONS)).optional(),
      }),
    }),
    z.strictObject({
      examFinding: z.strictObject({
        finding: z.array(z.enum(EXAM_FINDING_KINDS)).min(1),
        bodyParts: z.array(z.enum(BODY_PARTS)).optional(),
        sameRegion: z.boolean().optional(),
        qualifierPattern: patternSchema.optional(),
        /** Keeps a `special_test` only when its test name (qualifier) matches; other kinds pass. */
        testPattern: patternSchema.optional(),
        valuePattern: patternSchema.optional(),
        /** Met only when at least this many different signs (by qualifier) are found ("three positive provocation tests"). */
        atLeast: z.number().int().min(1).optional(),
      }),
    }),
    z.strictObject({
      diagnosis: z.strictObject({
        conceptPattern: patternSchema,
        /** A past (historical) diagnosis meets it too: "a history of substance abuse". Default false. */
        includeHistorical: z.boolean().optional(),
      }),
    }),
    z.strictObject({
      priorTreatment: z.strictObject({
        ...priorFilterShape,
        responseIn: z.array(z.enum(RESPONSES)).optional(),
        reliefPercentAtLeast: z.number().min(0).max(100).optional(),
        durationWeeksAtLeast: z.number().min(0).optional(),
        functionalImprovement: z.boolean().optional(),
        weeksSinceAtLeast: z.number().min(0).optional(),
        mostRecent: z.boolean().optional(),
      }),
    }),
    z.strictObject({ hasPriorTreatment: z.strictObject(priorFilterShape) }),
    z.strictObject({
      triedAndFailed: z.strictObject({
        treatments,
        atLeast: z.number().int().min(1).optional(),
        /** Not met when a listed treatment of the requested body part still gives significant relief. Default false. */
        unlessRelieved: z.boolean().optional(),
        /** Not met when a listed treatment still gives partial or significant relief (a first-line drug still helping). Default false. */
        unlessHelping: z.boolean().optional(),
      }),
    }),
    z.strictObject({ monthsSinceInjuryAtLeast: z.number().min(0) }),
    z.strictObject({ patientAgeAtLeast: z.number().int().min(0) }),
    z.strictObject({
      requestQuantityAtMost: z.union([
        z.number().min(0),
        z.strictObject({ max: z.number().min(0), unitPattern: patternSchema.optional(), unitFactor: z.number().positive().optional() }),
      ]),
    }),
    z.strictObject({ visitsAtMost: z.strictObject({ max: z.number().int().min(0), includePrior: z.boolean() }) }),
    z.strictObject({ requestTextMatches: patternSchema }),
    /** Met when the request's own words name something matching; unknown (never not met) when they don't. */
    z.strictObject({ requestNames: patternSchema }),
    z.strictObject({ requestBodyPartIn: z.array(z.enum(BODY_PARTS).nullable()).min(1) }),
    z.strictObject({ otherRequest: z.strictObject({ treatment: treatments, decided: z.boolean().optional(), textPattern: patternSchema.optional() }) }),
    z.strictObject({ painScore: z.strictObject({ conditionIn: z.array(z.enum(PAIN_CONDITIONS)).optional() }) }),
    z.strictObject({
      studyFinding: z.strictObject({
        dateRoles: z.array(z.enum(DATE_ROLES)).min(1),
        studyPattern: patternSchema,
        patterns: z.array(patternSchema).min(1),
        negationPatterns: z.array(patternSchema),
        windowChars: z.number().int().min(1).optional(),
      }),
    }),
  ]),
);

/** One criterion of a topic. */
export const criterionSchema = z.strictObject({
  id: idSchema,
  /** Plain-English statement of the criterion, used in the rationale. */
  description: z.string().min(1),
  /** Only required criteria decide the outcome; the others are reported. */
  required: z.boolean(),
  /** When present and not met, the criterion does not apply (e.g. repeat-injection rules). */
  appliesWhen: predicateSchema.optional(),
  predicate: predicateSchema,
  /**
   * What an `unknown` result becomes. `unknown` (default) when the guideline is silent; `not_met`
   * when the guideline demands documentation, so an undocumented item fails; `met` for limits a
   * request cannot be shown to exceed (e.g. no quantity written).
   */
  whenUndocumented: z.enum(['unknown', 'not_met', 'met']).optional(),
  /** Why the criterion reads as it does (guideline wording summarised, page). */
  reason: z.string().optional(),
});
export type GuidelineCriterion = z.infer<typeof criterionSchema>;

/** A guideline topic file. */
export const guidelineSchema = z.strictObject({
  id: idSchema,
  source: z.enum(GUIDELINE_SOURCES),
  title: z.string().min(1),
  edition: z.string().min(1),
  pages: z.string().nullable(),
  /** Which requests the topic governs. */
  appliesTo: z.strictObject({
    treatments,
    /** Pattern over the request's procedure/drug/text; the topic applies only when it matches. */
    procedurePattern: patternSchema.optional(),
    bodyParts: z.array(z.enum(BODY_PARTS).nullable()).optional(),
    /**
     * Pattern over the record's affirmed diagnoses (concept or text); the topic applies only when
     * one matches: a guideline written for a condition (psychotherapy for depression or PTSD)
     * rather than for the treatment in general.
     */
    diagnosisPattern: patternSchema.optional(),
    /**
     * Whether the topic is for a weaning request (the request's `weaning` flag, "to continue the
     * taper"); a topic that names it applies only to requests that match it.
     */
    weaning: z.boolean().optional(),
    /**
     * With `procedurePattern`: the topic also applies, when the request's words say nothing of an
     * operation, to a request for the body part of a dated operation (a prior surgery) no more
     * than this many days before the record's latest date: care in the post-surgical period.
     */
    surgeryWithinDays: z.number().int().positive().optional(),
  }),
  criteria: z.array(criterionSchema).min(1),
});
export type Guideline = z.infer<typeof guidelineSchema>;
