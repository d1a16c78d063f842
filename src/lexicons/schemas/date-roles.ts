/** Schema of lexicons/date-roles.json: cue phrases that give a date its role. */
import { z } from 'zod';
import { DATE_ROLES, DOCUMENT_KINDS } from '../../types/vocab.js';
import { idSchema, lexiconFile } from './common.js';

export const dateRoleEntrySchema = z.strictObject({
  id: idSchema,
  role: z.enum(DATE_ROLES),
  /** Case-insensitive regular expression matched against the text just before the date. */
  before: z.string().optional(),
  /** Case-insensitive regular expression matched against the text just after the date. */
  after: z.string().optional(),
  /**
   * Case-insensitive regular expression the top of the document (its first 600 characters) must
   * match for the rule to apply: a heading that says what kind of record this is.
   */
  documentHead: z.string().optional(),
  /** Characters of context to look at; the rule's own value beats the file's default. */
  window: z.number().int().positive().optional(),
  /** Higher wins when several rules match one date. */
  priority: z.number().int(),
  reason: z.string(),
});
export const dateRolesSchema = lexiconFile(dateRoleEntrySchema, {
  defaultWindow: z.number().int().positive(),
  /** Sections where an unlabeled date is taken as the visit date. */
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  /** A dot leader between a form label and its value ("Notice date ....... 2019-05-09"), read as ": ". */
  dotLeader: z.string().optional(),
  /**
   * The letter's own date: a date alone on its line within `within` characters of the start, that
   * no rule claims, takes `role` when the letterhead before it matches `letterhead`.
   */
  letterDate: z
    .strictObject({
      letterhead: z.string(),
      role: z.enum(DATE_ROLES),
      within: z.number().int().positive(),
      /** A label that may stand before the date on its line ("Date:"), as a regex source; optional. */
      label: z.string().optional(),
    })
    .optional(),
  /**
   * A clinical letter's own date (a consultation or re-evaluation written as a letter): a date alone
   * on its line within `within` characters of the start, that no rule claims, in a document of one
   * of `kinds`, takes `role` (the visit the letter reports), unless another mention dates a visit
   * in the `visitWithinDays` days before it (the letter was written after that visit).
   */
  clinicLetterDate: z
    .strictObject({
      kinds: z.array(z.enum(DOCUMENT_KINDS)).min(1),
      role: z.enum(DATE_ROLES),
      within: z.number().int().positive(),
      visitWithinDays: z.number().int().nonnegative(),
    })
    .optional(),
  /**
   * A role as a kind of document means it: in a UR letter the "Determination date" a rule reads as
   * `determination` is the UR decision's date. Keyed by document kind, then by the rule's role.
   */
  kindRoles: z.partialRecord(z.enum(DOCUMENT_KINDS), z.partialRecord(z.enum(DATE_ROLES), z.enum(DATE_ROLES))).optional(),
});
