/**
 * Every lexicon file the pipeline loads, with its schema. Adding a lexicon is one line here plus
 * its schema file under `schemas/`. `Lexicons` (the loaded, validated, frozen bundle) is derived
 * from this table.
 */
import type { z } from 'zod';
import { sectionHeadersSchema } from './schemas/section-headers.js';
import { bodyPartsSchema } from './schemas/body-parts.js';
import { contextRulesSchema } from './schemas/context-rules.js';
import { diagnosesSchema } from './schemas/diagnoses.js';
import { treatmentsSchema } from './schemas/treatments.js';
import { treatmentCuesSchema } from './schemas/treatment-cues.js';
import { examFindingsSchema } from './schemas/exam-findings.js';
import { mechanismsSchema } from './schemas/mechanisms.js';
import { dateRolesSchema } from './schemas/date-roles.js';
import { radiculopathySchema } from './schemas/radiculopathy.js';
import { abbreviationsSchema } from './schemas/abbreviations.js';
import { specialtiesSchema } from './schemas/specialties.js';
import { painScoresSchema } from './schemas/pain-scores.js';
import { demographicsSchema } from './schemas/demographics.js';
import { bodySiteCodesSchema } from './schemas/body-site-codes.js';

export const LEXICON_FILES = {
  sectionHeaders: { file: 'section-headers.json', schema: sectionHeadersSchema },
  bodyParts: { file: 'body-parts.json', schema: bodyPartsSchema },
  context: { file: 'context-rules.json', schema: contextRulesSchema },
  diagnoses: { file: 'diagnoses.json', schema: diagnosesSchema },
  treatments: { file: 'treatments.json', schema: treatmentsSchema },
  treatmentCues: { file: 'treatment-cues.json', schema: treatmentCuesSchema },
  examFindings: { file: 'exam-findings.json', schema: examFindingsSchema },
  mechanisms: { file: 'mechanisms.json', schema: mechanismsSchema },
  dateRoles: { file: 'date-roles.json', schema: dateRolesSchema },
  radiculopathy: { file: 'radiculopathy.json', schema: radiculopathySchema },
  abbreviations: { file: 'abbreviations.json', schema: abbreviationsSchema },
  specialties: { file: 'specialties.json', schema: specialtiesSchema },
  painScores: { file: 'pain-scores.json', schema: painScoresSchema },
  demographics: { file: 'demographics.json', schema: demographicsSchema },
  bodySiteCodes: { file: 'body-site-codes.json', schema: bodySiteCodesSchema },
} as const;

export type LexiconName = keyof typeof LEXICON_FILES;

/** The validated, frozen lexicon bundle passed to every stage. */
export type Lexicons = {
  readonly [K in LexiconName]: z.infer<(typeof LEXICON_FILES)[K]['schema']>;
};
