/**
 * Schema of lexicons/context-rules.json: ConText modifier rules (medspaCy-like). Each entry is a
 * trigger (a literal phrase or a regular expression) with a category and a scope direction. The
 * file-level `defaultMaxScope` (in word tokens) is overridden by `categoryMaxScope` for a
 * category, and both by an entry's own `maxScope`.
 */
import { z } from 'zod';
import { CONTEXT_CATEGORIES, CONTEXT_DIRECTIONS, SECTION_NAMES } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

const categorySchema = z.enum(CONTEXT_CATEGORIES);

/** A literal's identity for duplicate checks: case and spacing do not distinguish triggers. */
export function normalizeLiteral(literal: string): string {
  return literal.toLowerCase().replace(/\s+/g, ' ').trim();
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'gi');
    return true;
  } catch {
    return false;
  }
}

const entrySchema = z
  .strictObject({
    id: idSchema,
    /** A phrase matched on word tokens, case-insensitively ("negative for", "r/o"). */
    literal: z.string().min(1).optional(),
    /** A regular expression (flags `gi`) over the sentence text; the match is the cue. */
    pattern: z.string().min(1).refine(compiles, 'pattern does not compile').optional(),
    /**
     * For patterns: lower-case word tokens of which the sentence must contain one before the
     * pattern is tried (a cheap pre-filter; every match of the pattern must contain one of them).
     */
    anyToken: z.array(z.string().regex(/^[a-z0-9]+$/, 'a lower-case word token')).min(1).optional(),
    category: categorySchema,
    direction: z.enum(CONTEXT_DIRECTIONS),
    /** Scope in word tokens; beats the category and file defaults. */
    maxScope: z.number().int().positive().optional(),
    /** For terminators: the categories whose scopes this term ends (default: every category but guideline). */
    terminates: z.array(categorySchema).min(1).optional(),
    /**
     * For terminators: categories (among those it ends) whose forward scopes run on through it; it
     * still ends their backward scopes. "which" after a guideline's "notes that conditions" continues
     * the guideline's statement, while a guideline cue after "which" does not reach back past it.
     */
    passForward: z.array(categorySchema).min(1).optional(),
    /**
     * For terminators: categories whose backward scopes run on through it; it still ends their forward
     * scopes. A diagnosis code in parentheses ends a list item, so a "without" before it stops there,
     * while ", resolved" after the code still reaches the diagnosis before it.
     */
    passBackward: z.array(categorySchema).min(1).optional(),
    /** Sections where the rule does not fire (e.g. "is recommended" in a treatment plan is the provider's). */
    excludeSections: z.array(z.enum(SECTION_NAMES)).min(1).optional(),
    reason: z.string().min(1),
  })
  .refine((e) => (e.literal === undefined) !== (e.pattern === undefined), 'give exactly one of literal or pattern')
  .refine(
    (e) => (e.category === 'terminate') === (e.direction === 'terminate') && (e.category === 'pseudo') === (e.direction === 'pseudo'),
    'category terminate/pseudo goes with the direction of the same name, and only with it',
  )
  .refine((e) => e.terminates === undefined || e.category === 'terminate', '`terminates` is only for terminators')
  .refine((e) => e.passForward === undefined || e.category === 'terminate', '`passForward` is only for terminators')
  .refine((e) => e.passBackward === undefined || e.category === 'terminate', '`passBackward` is only for terminators')
  .refine((e) => e.anyToken === undefined || e.pattern !== undefined, '`anyToken` is only for patterns');

export type ContextRule = z.infer<typeof entrySchema>;

const fileSchema = lexiconFile(entrySchema, {
  /** Scope of a modifier in word tokens when neither its category nor the rule sets one. */
  defaultMaxScope: z.number().int().positive(),
  /** Per-category scope defaults (guideline statements are sentence-level, hence a large value). */
  categoryMaxScope: z.partialRecord(categorySchema, z.number().int().positive()).optional(),
  /**
   * A sentence that opens by reporting more of what the sentence before it reported ("It also notes
   * that ...", "They further state that ..."): the two are one statement, so a guideline cue of the
   * first reaches the second.
   */
  reportContinuation: z.string().min(1).refine(compiles, 'pattern does not compile').optional(),
  /**
   * Negation rules that refute a diagnosis ("sciatica, ruled out", "the diagnosis ... was not
   * confirmed"): a patient's diagnosis refuted so later in the record was never established, so
   * the same diagnosis given earlier is negated too (radiculopathy mentions, diagnoses).
   */
  refutingRules: z.array(z.string().min(1)).optional(),
});

/** The whole file, with cross-entry checks: unique ids and no literal in two categories. */
export const contextRulesSchema = fileSchema.superRefine((file, ctx) => {
  const ids = new Set<string>();
  const literalCategory = new Map<string, string>();
  file.entries.forEach((e, i) => {
    if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id ${e.id}` });
    ids.add(e.id);
    if (e.literal === undefined) return;
    const key = normalizeLiteral(e.literal);
    const seen = literalCategory.get(key);
    if (seen !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['entries', i, 'literal'],
        message: `literal "${key}" already defined (${seen})`,
      });
    }
    literalCategory.set(key, e.category);
  });
});
