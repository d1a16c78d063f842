/**
 * Response wordings and treatment names from blind sets 18 and 19: a part named between "less" and
 * "pain", a range of days of relief, care that "did not stop the pain" (whose negation does not
 * reach the next drug listed), "cannot tell whether", a pain score reached "about", numbing for
 * hours, a with/without comparison that names the drug inside it, supportive counseling, the home
 * program, the physician's own day in surgery, and a drug stopped for its side effects (no relief
 * stated, and none read backward from the clause before it).
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatments: wordings of blind sets 18 and 19', () => {
  it.each([
    ['Chiropractic care, 12 visits: about 30% less neck pain; headaches unchanged.', [['chiropractic manipulation', 'partial_relief', 30]]],
    ['Massage therapy, 4 sessions, each giving relief lasting two to three days.', [['massage therapy', 'temporary_relief', null]]],
    ['Treatment has included physical therapy, which strengthened the quadriceps but did not stop the catching or the pain, ibuprofen, which he says helps a little, and a cortisone injection.',
      [['physical therapy', 'no_relief', null], ['NSAID', 'partial_relief', null], ['steroid injection', 'unknown', null]]],
    ['Cyclobenzaprine 5 mg at night - he cannot tell whether it helps.', [['muscle relaxant', 'unknown', null]]],
    ['Naproxen 500 mg twice daily takes his pain from 7/10 down to about 5/10.', [['NSAID', 'partial_relief', null]]],
    ['Lidocaine patches given as samples numb the incision area for a few hours.', [['topical analgesic', 'temporary_relief', null]]],
    ['Pain 7/10 w/o naproxen, 4/10 with it.', [['NSAID', 'partial_relief', null]]],
    ['Four sessions of supportive counseling in 2021 brought a modest improvement in mood.', [['psychotherapy', 'partial_relief', null]]],
    ['She continues the home program: calf stretching and heel raises.', [['home exercise program', 'unknown', null]]],
  ])('%s', (text, expected) => {
    expect(priorsOf(text)).toEqual(expected);
  });

  it.each([
    ['Supportive therapy with Dr. Lee brought a modest improvement in mood; sertraline 50 mg was stopped because of side effects.', [['antidepressant', 'unknown', null]]],
    ['He stopped ibuprofen because of heartburn.', [['NSAID', 'unknown', null]]],
    ['Duloxetine 30 mg was stopped after three weeks because of nausea, with no change in pain.', [['antidepressant', 'no_relief', null]]],
  ])('a drug stopped for its side effects: %s', (text, expected) => {
    expect(priorsOf(text)).toEqual(expected);
  });

  it.each([
    ['He agreed that the remaining goals could be met with 6 additional visits and a home program.'],
    ["Dr. Raman's office was reached; the physician was in surgery and did not call back."],
  ])('finds no care received in: %s', (text) => {
    expect(priorsOf(text)).toEqual([]);
  });
});
