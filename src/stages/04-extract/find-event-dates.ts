/**
 * Every day-precision date with its role (injury, visit, procedure, imaging, UR decision,
 * application, determination, other), from the cue phrases in lexicons/date-roles.json. A date
 * takes the role of the highest-priority rule whose `before`/`after` pattern matches around it;
 * labels such as "Date of Injury:" outrank narrative cues, so a visit or MRI date is never read
 * as the injury date. Month-only dates are not listed.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { DatedEvent } from '../../types/facts.js';
import type { SegmentedDocument } from '../../types/pipeline.js';
import type { DateRole } from '../../types/vocab.js';
import { makeEvidence } from '../evidence.js';
import { findDates } from './find-dates.js';

/** A dated event plus the id of the rule that gave its role (null when no rule matched). */
export interface RoledDate extends DatedEvent {
  readonly ruleId: string | null;
}

interface Rule {
  readonly id: string;
  readonly role: DateRole;
  readonly before: RegExp | null;
  readonly after: RegExp | null;
  readonly window: number;
  readonly priority: number;
}
const cache = new WeakMap<object, Rule[]>();

function compile(lex: Lexicons['dateRoles']): Rule[] {
  let rules = cache.get(lex);
  if (!rules) {
    rules = lex.entries
      .map((e) => ({
        id: e.id, role: e.role, priority: e.priority, window: e.window ?? lex.defaultWindow,
        before: e.before ? new RegExp(e.before, 'i') : null,
        after: e.after ? new RegExp(e.after, 'i') : null,
      }))
      .sort((a, b) => b.priority - a.priority);
    cache.set(lex, rules);
  }
  return rules;
}

/** Role of the date at `start..end` in `text`, and the rule that decided it. */
export function roleOfDate(text: string, start: number, end: number, lexicons: Pick<Lexicons, 'dateRoles'>): { role: DateRole; ruleId: string | null } {
  for (const r of compile(lexicons.dateRoles)) {
    const before = text.slice(Math.max(0, start - r.window), start);
    const after = text.slice(end, end + r.window);
    if (r.before && !r.before.test(before)) continue;
    if (r.after && !r.after.test(after)) continue;
    return { role: r.role, ruleId: r.id };
  }
  return { role: 'other', ruleId: null };
}

/** All day-precision dates in the document with roles and evidence. */
export function findEventDates(doc: SegmentedDocument, lexicons: Lexicons): RoledDate[] {
  return findDates(doc.text, lexicons)
    .filter((d) => d.iso !== null)
    .map((d) => {
      const { role, ruleId } = roleOfDate(doc.text, d.start, d.end, lexicons);
      return { date: d.iso!, text: d.text, role, ruleId, evidence: makeEvidence(doc, d) };
    });
}
