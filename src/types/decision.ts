/** The v1 decision document (`facts-v1.md`) as zod schemas; types are inferred from them. */
import { z } from 'zod';
import { CRITERION_STATUSES, GUIDELINE_SOURCES, OUTCOMES, TREATMENTS } from './vocab.js';
import { evidenceSchema } from './facts.js';

export const criterionResultSchema = z.object({
  id: z.string(),
  description: z.string(),
  required: z.boolean().optional(),
  status: z.enum(CRITERION_STATUSES),
  evidence: z.array(evidenceSchema),
  /** Added: what the engine found, in words ("24 completed + 12 requested visits; limit 10"). */
  detail: z.string().optional(),
});
export type CriterionResult = z.infer<typeof criterionResultSchema>;

export const decisionSchema = z.object({
  treatment: z.enum(TREATMENTS),
  drug: z.string().optional(),
  procedure: z.string().optional(),
  guideline: z.object({
    id: z.string(),
    source: z.enum(GUIDELINE_SOURCES),
    title: z.string(),
    pages: z.string().nullable(),
  }).nullable(),
  outcome: z.enum(OUTCOMES),
  criteria: z.array(criterionResultSchema),
  rationale: z.string().min(1),
});
export type Decision = z.infer<typeof decisionSchema>;

export const decisionDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  documentId: z.string(),
  decisions: z.array(decisionSchema),
});
export type DecisionDocument = z.infer<typeof decisionDocumentSchema>;
