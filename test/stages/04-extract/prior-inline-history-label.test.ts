/**
 * A chart note whose later visits sit inside an earlier visit's exam section (inline labels
 * "CC: ... HPI: ..." are not headers): care told after an inline history label is care received,
 * while a treatment in the exam text itself only supports a course told elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => [t.treatment, t.response]);

describe('prior treatments after an inline history label', () => {
  it('reads care told after "HPI:" inside an earlier visit\'s exam section', () => {
    const text = [
      'CHART NOTES',
      '',
      'EXAM',
      'Neck: tender over the right trapezius, rotation limited to 50 degrees.',
      'Visit 2 of 2',
      'CC: neck pain. HPI: Neck pain now 4/10. Naproxen helps the neck a little.',
      '',
    ].join('\n');
    expect(treatmentsOf(text)).toEqual([['NSAID', 'partial_relief']]);
  });

  it('keeps a treatment in the exam text itself a supporting reference', () => {
    const text = ['CHART NOTES', '', 'EXAM', 'Neck: tender over the right trapezius since the naproxen trial, which helped.', ''].join('\n');
    expect(treatmentsOf(text)).toEqual([]);
  });
});
