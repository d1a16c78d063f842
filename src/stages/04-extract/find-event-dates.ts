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
import { findDocumentDates } from './find-document-dates.js';
import { daysBetween } from '../../text/days-between.js';

/** A dated event plus the id of the rule that gave its role (null when no rule matched). */
export interface RoledDate extends DatedEvent {
  readonly ruleId: string | null;
}

interface Rule {
  readonly id: string;
  readonly role: DateRole;
  readonly before: RegExp | null;
  readonly after: RegExp | null;
  readonly documentHead: RegExp | null;
  readonly window: number;
  readonly priority: number;
}
interface Compiled {
  readonly rules: Rule[];
  readonly dotLeader: RegExp | null;
  readonly letterhead: RegExp | null;
  /** A bare label that may stand before the letter date on its line ("Date:"). */
  readonly letterLabel: RegExp | null;
}
const cache = new WeakMap<object, Compiled>();

function compile(lex: Lexicons['dateRoles']): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const rules = lex.entries
      .map((e) => ({
        id: e.id, role: e.role, priority: e.priority, window: e.window ?? lex.defaultWindow,
        before: e.before ? new RegExp(e.before, 'i') : null,
        after: e.after ? new RegExp(e.after, 'i') : null,
        documentHead: e.documentHead ? new RegExp(e.documentHead, 'i') : null,
      }))
      .sort((a, b) => b.priority - a.priority);
    c = {
      rules,
      dotLeader: lex.dotLeader === undefined ? null : new RegExp(lex.dotLeader, 'g'),
      letterhead: lex.letterDate === undefined ? null : new RegExp(lex.letterDate.letterhead, 'i'),
      letterLabel: lex.letterDate?.label === undefined ? null : new RegExp(`^(?:${lex.letterDate.label})$`, 'i'),
    };
    cache.set(lex, c);
  }
  return c;
}

/** Characters at the top of a document a rule's `documentHead` is tested against. */
const DOCUMENT_HEAD = 600;

/** Role of the date at `start..end` in `text`, and the rule that decided it. */
export function roleOfDate(text: string, start: number, end: number, lexicons: Pick<Lexicons, 'dateRoles'>): { role: DateRole; ruleId: string | null; priority: number } {
  // the text around the date is cut once per window size (rules mostly share the default one)
  let window = -1;
  let before = '';
  let after = '';
  const { rules, dotLeader } = compile(lexicons.dateRoles);
  for (const r of rules) {
    if (r.window !== window) {
      window = r.window;
      before = text.slice(Math.max(0, start - window), start);
      // a form label's dot leader stands for its colon ("Notice date ....... 2019-05-09")
      if (dotLeader && before.includes('...')) before = before.replace(dotLeader, ': ');
      after = text.slice(end, end + window);
    }
    if (r.before && !r.before.test(before)) continue;
    if (r.after && !r.after.test(after)) continue;
    if (r.documentHead && !r.documentHead.test(text.slice(0, DOCUMENT_HEAD))) continue;
    return { role: r.role, ruleId: r.id, priority: r.priority };
  }
  return { role: 'other', ruleId: null, priority: -1 };
}

/** Is the mention alone on its line (only spaces around it)? */
function aloneOnLine(text: string, start: number, end: number, label: RegExp | null): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const lead = text.slice(lineStart, start).trim();
  return (lead === '' || (label !== null && label.test(lead))) && text.slice(end, lineEnd).trim() === '';
}

type Mention = { d: { start: number; end: number; iso: string | null }; priority: number };

/**
 * The first date standing alone on its line (or after a bare "Date:" label) within `within`
 * characters of the start, when no rule gave it a role; null otherwise (a labelled first date is
 * not a letter's own date).
 */
function loneTopDate(doc: SegmentedDocument, lex: Lexicons['dateRoles'], mentions: readonly Mention[], within: number): { iso: string; start: number } | null {
  const { letterLabel } = compile(lex);
  for (const m of mentions) {
    if (m.d.start > within) break;
    if (!aloneOnLine(doc.text, m.d.start, m.d.end, letterLabel)) continue;
    return m.priority >= 0 || !m.d.iso ? null : { iso: m.d.iso, start: m.d.start };
  }
  return null;
}

/**
 * The letter's own date: the first date standing alone on its line (or after a bare "Date:" label) near the top, under a
 * letterhead that names the kind of letter (a UR notice), when no rule gave it a role.
 */
function letterDate(doc: SegmentedDocument, lex: Lexicons['dateRoles'], mentions: readonly Mention[]): { iso: string; role: DateRole } | null {
  const rule = lex.letterDate;
  const { letterhead } = compile(lex);
  if (!rule || !letterhead) return null;
  const top = loneTopDate(doc, lex, mentions, rule.within);
  return top && letterhead.test(doc.text.slice(0, top.start)) ? { iso: top.iso, role: rule.role } : null;
}

/**
 * A clinical letter's own date (see `clinicLetterDate` in the lexicon): the first date alone on its
 * line near the top of a document of the listed kinds, that no rule claims, is the visit the
 * letter reports — unless another date of the record is a visit in the days just before it.
 */
function clinicLetterDate(
  doc: SegmentedDocument,
  lex: Lexicons['dateRoles'],
  mentions: readonly Mention[],
  best: ReadonlyMap<string, { role: DateRole }>,
): { iso: string; role: DateRole } | null {
  const rule = lex.clinicLetterDate;
  if (!rule || !rule.kinds.includes(doc.kind)) return null;
  const top = loneTopDate(doc, lex, mentions, rule.within);
  if (!top) return null;
  const visitBefore = [...best].some(([other, b]) => {
    if (b.role !== 'visit' || other === top.iso) return false;
    const days = daysBetween(other, top.iso);
    return days > 0 && days <= rule.visitWithinDays;
  });
  return visitBefore ? null : { iso: top.iso, role: rule.role };
}

/**
 * All day-precision dates in the document with roles and evidence. A date keeps one role across
 * the record: every mention takes the role of its best-supported mention ("UR Denial Date:
 * 05/13/2014" labels the later "non-certified ... on 5/13/2014" too) — except that the injury's
 * date, when a mention's own words make it imaging or a procedure that day, has that role at that
 * mention, and a visit and imaging the same day keep their own mentions' roles.
 */
export function findEventDates(doc: SegmentedDocument, lexicons: Lexicons): RoledDate[] {
  const mentions = findDocumentDates(doc, lexicons)
    .filter((d) => d.iso !== null)
    .map((d) => {
      const r = roleOfDate(doc.text, d.start, d.end, lexicons);
      return { d, role: r.role, ruleId: r.ruleId, priority: r.priority };
    });
  const best = new Map<string, { role: DateRole; ruleId: string | null; priority: number }>();
  for (const m of mentions) {
    const b = best.get(m.d.iso!);
    if (!b || m.priority > b.priority) best.set(m.d.iso!, m);
  }
  const letter = letterDate(doc, lexicons.dateRoles, mentions);
  // the letter's own date, unless another mention of the same date has a role
  if (letter && (best.get(letter.iso)?.priority ?? -1) < 0) best.set(letter.iso, { role: letter.role, ruleId: 'letter-date', priority: 0 });
  // a clinical letter's date is its visit, unless another mention gives that date an event role
  // (a "Dictated" line under the signature the same day is only a records date)
  const clinic = letter ? null : clinicLetterDate(doc, lexicons.dateRoles, mentions, best);
  if (clinic && (best.get(clinic.iso)?.role ?? 'other') === 'other') best.set(clinic.iso, { role: clinic.role, ruleId: 'clinic-letter-date', priority: 0 });
  // a role as this kind of document means it ("Determination date" in a UR letter is the UR decision)
  const asKind = lexicons.dateRoles.kindRoles?.[doc.kind];
  return mentions.map(({ d, ruleId, role, priority }) => {
    // the injury's date is often the date of that day's imaging or procedure as well ("right
    // ankle x-rays on 07/19/2023"): a mention whose own words say so keeps that role
    // — and a procedure done the same day as imaging of it ("injection 08/15/2023" beside
    // "ultrasound 08/15/2023") is both: each of those mentions keeps its own role
    // — and so is a clinic visit the same day as imaging ("at the follow-up of 02/23/2016" beside
    // "radiographs of 02/23/2016", or "Date of exam: 06/07/2019" beside "X-rays ..., 06/07/2019"):
    // each keeps its own role (a procedure's day is not: "Operative report 06/21/2017", "DOS"
    // there date the procedure itself)
    const bestRole = best.get(d.iso!)!.role;
    const own = priority >= 0 && (role === 'imaging' || role === 'procedure');
    const keep = (own && (bestRole === 'injury' || bestRole === 'imaging' || bestRole === 'procedure'))
      || (priority >= 0 && role === 'imaging' && bestRole === 'visit')
      || (priority >= 0 && role === 'visit' && bestRole === 'imaging');
    const found = keep ? { role, ruleId, priority } : best.get(d.iso!)!;
    const b = asKind?.[found.role] ? { ...found, role: asKind[found.role]! } : found;
    // the mention keeps its own rule id (injury selection looks for labelled mentions)
    return { date: d.iso!, text: d.text, role: b.role, ruleId: b.role === 'injury' ? ruleId : b.ruleId, evidence: makeEvidence(doc, d) };
  });
}
