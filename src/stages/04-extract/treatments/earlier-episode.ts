/**
 * Care for an earlier episode: a sentence whose every year comes before the year of the injury
 * and that tells the condition resolved ("a right C6 radiculopathy in 2009 that cleared after a
 * single epidural injection") tells of care for that episode, not for the claim. Under a
 * cumulative-trauma claim the injury date ends a period of exposure, so earlier years may be the
 * claim's own and the test does not apply.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Injury } from '../../../types/facts.js';
import { findDates } from '../find-dates.js';
import { compileTreatmentLexicons, hasCue, matchCues } from './compile-treatment-lexicons.js';

/** What the test needs of the claim's injury. */
export type ClaimInjury = Pick<Injury, 'date' | 'mechanism'>;

/** True when `text` (one sentence) tells of an episode before the injury that resolved. */
export function earlierEpisode(text: string, injury: ClaimInjury, lex: Pick<Lexicons, 'treatments' | 'treatmentCues' | 'dateRoles'>): boolean {
  if (!injury.date || injury.mechanism === 'cumulative trauma') return false;
  const c = compileTreatmentLexicons(lex);
  if (!hasCue(c.cues['episode-resolved'], text)) return false;
  const years = [
    ...findDates(text, lex).map((d) => d.year),
    ...matchCues(c.cues['event-year'], text).map((m) => Number(m.groups.year)),
  ].filter((y) => Number.isFinite(y));
  const injuryYear = Number(injury.date.slice(0, 4));
  return years.length > 0 && years.every((y) => y < injuryYear);
}
