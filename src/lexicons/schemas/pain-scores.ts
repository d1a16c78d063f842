/** Schema of lexicons/pain-scores.json: how records write pain scores and their conditions. */
import { z } from 'zod';
import { PAIN_CONDITIONS } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

/** A regular-expression source, compiled case-insensitively. */
const pattern = z.string().min(1);

export const painScoresSchema = lexiconFile(
  z.strictObject({ id: idSchema, name: z.string(), terms: z.array(z.string()).min(1) }),
  {
    /** Score forms; named groups `score`, optional `high` and `max` (digits or a `numberWords` key). */
    forms: z.array(z.strictObject({ id: idSchema, pattern, reason: z.string() })),
    /**
     * Pain tables: `header` (a line opening with a pain label that names the scale; named group
     * `max`) and `row` (named groups `label`, the body part, and `cells`, its scores).
     */
    grid: z.strictObject({ header: pattern, row: pattern, reason: z.string() }).optional(),
    /**
     * Pain trend tables with a column per body part: `title`, a line of its own that names the pain
     * scale (named group `max`); the column header and dated rows follow it.
     */
    columnGrid: z.strictObject({ title: pattern, reason: z.string() }).optional(),
    /**
     * By-visit tables: a header line of two or more dates (one column per visit), then rows, some
     * of them pain rows (`row`, multi-line: named groups `label`, the row's words, `max`, and
     * `cells`, one cell per column: a score, a "right / left" pair of scores, or a dash); `sides`
     * (in the label) says a pair is right then left. `headerExtra` is what else a header line may
     * hold besides its dates ("(today)"); `requires` is a cheap pattern a text must hold before
     * its rows are looked for (the scale every row names).
     */
    serialRows: z.strictObject({ requires: pattern, row: pattern, sides: pattern, headerExtra: pattern, reason: z.string() }).optional(),
    /** Which end of a "5-8/10" range goes into `score` (the other is kept as well). */
    rangeScore: z.enum(['low', 'high']),
    /** The value of each spelled-out score ("eight" → 8). */
    numberWords: z.record(z.string(), z.number().int().min(0)),
    /** Matched against the text right after a score; `{agents}` stands for `medicationAgents`. */
    conditions: z.array(z.strictObject({
      id: idSchema,
      condition: z.enum(PAIN_CONDITIONS),
      pattern,
      /** Only when the sentence mentions medication. */
      requiresMedication: z.boolean().optional(),
      /** Matched against the text right before the score instead ("With medication the pain is"). */
      before: z.boolean().optional(),
      reason: z.string(),
    })),
    medicationWords: pattern,
    /** What lowered the pain in "X lowers her pain from 8/10 to 6/10". */
    medicationAgents: pattern,
    /** Text before a score that makes it the "from" end of a change. */
    changePattern: pattern,
    /** Text before a score that makes it the "to" end of a change ("from a nine out of ten down to a"). */
    changeToPattern: pattern.optional(),
    /** Label right before a header date that makes it the visit date ("Date of Exam:"). */
    visitDateLabel: pattern,
    /** A sentence that cannot hold a score fails this cheap test and is skipped. */
    prefilter: pattern,
    /** Text before a number that makes it another instrument's score or a date ("seen on 7/10"). */
    excludeBefore: pattern,
    /** Text after a fraction that makes it a count ("9/10 sessions"), not a score. */
    excludeAfter: pattern,
  },
);
export type PainScoresLexicon = z.infer<typeof painScoresSchema>;
