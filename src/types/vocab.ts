/**
 * Closed vocabularies of the v1 output contract (`facts-v1.md`). Each is an `as const` array so
 * the literal union type, the JSON Schema enum and the lexicon validation all come from one list.
 */

export const SECTION_NAMES = [
  'determination_process', 'documents_reviewed', 'clinical_case_summary', 'decision', 'rationale',
  'reviewer_qualifications', 'history', 'subjective', 'objective', 'physical_exam', 'diagnoses',
  'assessment', 'plan', 'treatment_plan', 'medications', 'work_status', 'imaging', 'other',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export const DOCUMENT_KINDS = ['imr_determination', 'ur_determination', 'progress_report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

export const SIDES = ['left', 'right', 'bilateral'] as const;
export type Side = (typeof SIDES)[number];

export const MECHANISMS = [
  'lifting', 'fall', 'slip and fall', 'trip and fall', 'motor vehicle accident', 'repetitive motion',
  'cumulative trauma', 'struck by object', 'pushing/pulling', 'twisting', 'assault', 'other',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export const BODY_PARTS = [
  'head', 'face', 'eye', 'cervical spine', 'thoracic spine', 'lumbar spine', 'sacrum', 'shoulder',
  'upper arm', 'elbow', 'forearm', 'wrist', 'hand', 'finger', 'hip', 'thigh', 'knee', 'lower leg',
  'ankle', 'foot', 'toe', 'chest', 'abdomen', 'pelvis', 'groin', 'psyche', 'multiple',
] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

export const TREATMENTS = [
  'trigger point injection', 'epidural steroid injection', 'facet joint injection', 'medial branch block',
  'radiofrequency ablation', 'sacroiliac joint injection', 'steroid injection', 'platelet-rich plasma injection',
  'hyaluronic acid injection', 'nerve block', 'botulinum toxin injection', 'physical therapy',
  'occupational therapy', 'chiropractic manipulation', 'acupuncture', 'massage therapy', 'aquatic therapy',
  'home exercise program', 'work hardening', 'functional restoration program', 'cognitive behavioral therapy',
  'psychotherapy', 'biofeedback', 'TENS unit', 'interferential stimulator', 'shockwave therapy',
  'heat/cold therapy', 'opioid analgesic', 'NSAID', 'muscle relaxant', 'anticonvulsant', 'antidepressant',
  'topical analgesic', 'compounded topical', 'proton pump inhibitor', 'sleep aid', 'benzodiazepine',
  'medication (other)', 'MRI', 'CT', 'x-ray', 'EMG/NCV', 'urine drug screen', 'bone scan', 'surgery',
  'spinal cord stimulator', 'durable medical equipment', 'orthotic/brace', 'consultation', 'home health care',
  'gym membership', 'weight loss program', 'other',
] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const EXAM_FINDING_KINDS = [
  'range_of_motion', 'straight_leg_raise', 'trigger_point', 'twitch_response', 'tenderness', 'spasm',
  'reflex', 'motor_strength', 'sensation', 'gait', 'special_test', 'swelling', 'atrophy', 'crepitus', 'other',
] as const;
export type ExamFindingKind = (typeof EXAM_FINDING_KINDS)[number];

export const RESPONSES = [
  'no_relief', 'partial_relief', 'significant_relief', 'worsened', 'temporary_relief', 'unknown',
] as const;
export type TreatmentResponse = (typeof RESPONSES)[number];

export const DATE_ROLES = [
  'injury', 'visit', 'procedure', 'imaging', 'ur_decision', 'application', 'determination', 'other',
] as const;
export type DateRole = (typeof DATE_ROLES)[number];

export const DIAGNOSIS_ASSERTIONS = ['present', 'negated', 'possible', 'historical'] as const;
export type DiagnosisAssertion = (typeof DIAGNOSIS_ASSERTIONS)[number];

export const FINDING_ASSERTIONS = ['present', 'negated'] as const;
export type FindingAssertion = (typeof FINDING_ASSERTIONS)[number];

export const PAIN_CONDITIONS = ['with_medication', 'without_medication'] as const;
export type PainCondition = (typeof PAIN_CONDITIONS)[number];

export const DETERMINATIONS = ['upheld', 'overturned'] as const;
export type Determination = (typeof DETERMINATIONS)[number];

export const RADICULOPATHY_STATUSES = ['present', 'absent', 'possible', 'not_mentioned'] as const;
export type RadiculopathyStatus = (typeof RADICULOPATHY_STATUSES)[number];

export const MENTION_ASSERTIONS = ['affirmed', 'negated', 'hypothetical', 'historical'] as const;
export type MentionAssertion = (typeof MENTION_ASSERTIONS)[number];

export const SUBJECTS = ['patient', 'guideline', 'other'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const SPINE_REGIONS = ['cervical', 'thoracic', 'lumbar'] as const;
export type SpineRegion = (typeof SPINE_REGIONS)[number];

export const GUIDELINE_SOURCES = ['MTUS', 'ODG', 'ACOEM', 'other'] as const;
export type GuidelineSource = (typeof GUIDELINE_SOURCES)[number];

export const OUTCOMES = ['criteria_met', 'criteria_not_met', 'insufficient_information', 'no_guideline'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CRITERION_STATUSES = ['met', 'not_met', 'unknown'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/** Categories a ConText modifier can carry (see lexicons/context-rules.json). */
export const CONTEXT_CATEGORIES = ['negated', 'possible', 'hypothetical', 'historical', 'other_experiencer', 'guideline', 'pseudo', 'terminate'] as const;
export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];

/** Which way a ConText modifier's scope runs from its trigger (medspaCy's closed set). */
export const CONTEXT_DIRECTIONS = ['forward', 'backward', 'bidirectional', 'terminate', 'pseudo'] as const;
export type ContextDirection = (typeof CONTEXT_DIRECTIONS)[number];
