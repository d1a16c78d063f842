/**
 * A treating provider's own report tells the response to its own course without naming it
 * ("40% better since starting care"): the response is the one of the treatment its title names.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

const SUBJECTIVE = 'SUBJECTIVE\nNeck pain 4/10 today. Overall he rates himself about 40% better since starting care.\n';
const PLAN = '\nPLAN\n1. Continue chiropractic manipulation 2 x per week for 4 weeks.\n';

describe('prior treatments: a report\'s own care told without naming it', () => {
  it('a chiropractic re-examination takes "40% better since starting care" for chiropractic care', () => {
    expect(readOf(`DELTA CHIROPRACTIC & REHABILITATION\n\nCHIROPRACTIC RE-EXAMINATION / PR-2\n\n${SUBJECTIVE}${PLAN}`))
      .toEqual([['chiropractic manipulation', 'partial_relief', 40]]);
  });

  it('a report whose title names no course of care leaves the response unknown', () => {
    expect(readOf(`ORTHOPEDIC CONSULTATION\n\n${SUBJECTIVE}${PLAN}`))
      .toEqual([['chiropractic manipulation', 'unknown', null]]);
  });

  it('the unnamed response adds to a course told elsewhere and never starts one', () => {
    expect(readOf(`CHIROPRACTIC RE-EXAMINATION / PR-2\n\n${SUBJECTIVE}`)).toEqual([]);
  });
});
