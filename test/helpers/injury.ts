/** Test helper: the injured parts the real injury stage reads from literal text. */
import { findDiagnoses } from '../../src/stages/04-extract/find-diagnoses.js';
import { findEventDates } from '../../src/stages/04-extract/find-event-dates.js';
import { findInjury } from '../../src/stages/04-extract/find-injury.js';
import { docOf, lex } from './docs.js';

/** [part, side] of each injured part, as findInjury reads them (dates and diagnoses found first, as the pipeline does). */
export function injuredParts(text: string): Array<[string, string | null]> {
  const doc = docOf(text);
  return findInjury(doc, lex, findEventDates(doc, lex), findDiagnoses(doc, lex)).bodyParts.map((b) => [b.part, b.side]);
}
