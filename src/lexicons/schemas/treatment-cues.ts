/**
 * Schema of lexicons/treatment-cues.json: the regular expressions that find IMR decision lines,
 * guideline citations, request items, prior-treatment context and responses. Each entry has a
 * closed `role`; `value` is what the cue means for roles that need one.
 */
import { z } from 'zod';
import { BODY_PARTS, DETERMINATIONS, GUIDELINE_SOURCES, RESPONSES, SIDES } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

export const TREATMENT_CUE_ROLES = [
  'decision-item', 'weaning', 'guideline-block', 'ur-item', 'verdict', 'guideline-citation', 'guideline-claims-admin',
  'guideline-defer', 'guideline-source', 'guideline-pages', 'request-table', 'table-verdict', 'list-end', 'not-request-header',
  'not-request-item', 'hypothetical-item', 'explicit-request', 'item-prefix', 'request-context', 'narrative-request',
  'continue-context', 'not-received-before', 'not-received-after', 'temporal-reference', 'pseudo-mention', 'anaphor',
  'continuation-start', 'contrast', 'dose', 'connector', 'response', 'pain-change', 'percent', 'duration', 'functional', 'sessions',
  'event-year', 'event-date-lead', 'med-pain-score', 'quantity', 'level', 'part-boundary', 'supporting-lead', 'plan-header',
  'ur-citation', 'relief-lost', 'pain-unchanged', 'compound-formula', 'back-boundary', 'not-care-header', 'letterhead-line',
  'stop-order', 'switch-to', 'level-side', 'inline-label', 'course-end', 'singular-which', 'same-day',
  'operative-phase', 'episode-resolved', 'rationale-paragraph', 'relief-complete', 'site-injection', 'own-care-title', 'own-care-response', 'refill-context', 'course-stopped',
] as const;
export type TreatmentCueRole = (typeof TREATMENT_CUE_ROLES)[number];

const patternSchema = z.string().min(1).refine((p) => {
  try {
    new RegExp(p, 'gim');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const treatmentCueSchema = z.strictObject({
  id: idSchema,
  role: z.enum(TREATMENT_CUE_ROLES),
  /** Regular expression source, compiled once with flags `gim`. */
  pattern: patternSchema,
  /** A cheap pattern the whole text must contain before this (costlier) cue is run at all. */
  requires: patternSchema.optional(),
  /** Meaning of the cue: a response, determination, guideline source, body part, side, or "true"/"false". */
  value: z.enum([...RESPONSES, ...DETERMINATIONS, ...GUIDELINE_SOURCES, ...BODY_PARTS, ...SIDES, 'true', 'false']).optional(),
  reason: z.string().min(1),
});
export type TreatmentCue = z.infer<typeof treatmentCueSchema>;

export const treatmentCuesSchema = lexiconFile(treatmentCueSchema, {
  /** Number words read as counts ("six sessions", "a few hours"). */
  numberWords: z.record(z.string(), z.number()),
  /**
   * Numbers in words a request's quantity may be written with ("eight sessions", "twice a week for
   * four weeks"): numerals, and frequency adverbs read as "N times". Keys lower case.
   */
  quantityWords: z
    .object({ counts: z.record(z.string(), z.number().int().positive()), frequencies: z.record(z.string(), z.number().int().positive()) })
    .default({ counts: {}, frequencies: {} }),
  /** Relief at or above this percent is significant relief; below it, partial relief. */
  significantPercent: z.number().min(1).max(100),
  /** Fractions of relief in words and their percents ("by about a third" is 33%); keys lower case. */
  fractionPercents: z.record(z.string(), z.number().min(1).max(100)).default({ half: 50 }),
  /**
   * Anaphor nouns that name no kind of treatment ("a confirmatory set") and the nouns of the
   * canonical treatments they may refer back to ("block", "injection"); other anaphors refer to a
   * treatment whose canonical name has their own noun. Keys lower case, singular.
   */
  anaphorKinds: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** Anaphor nouns that name the same course again ("the unit" after "a rented TENS unit"), not another of a series. */
  sameCourseAnaphors: z.array(z.string().min(1)).default([]),
});
