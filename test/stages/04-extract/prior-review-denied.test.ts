/**
 * A treatment that utilization review non-certified or a carrier denied was not given: it is no
 * prior treatment, while care told in the same paragraph still is.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => t.treatment);

describe('prior treatments: care review did not allow', () => {
  it.each([
    ['Utilization review non-certified an acupuncture trial last month; he will appeal.'],
    ['The carrier denied chiropractic care in June.'],
    ['UR has denied the requested TENS unit.'],
  ])('%s', (text) => {
    expect(treatmentsOf(text)).toEqual([]);
  });

  it('keeps care received told next to the denial', () => {
    expect(treatmentsOf('Physical therapy helped about 40%. UR non-certified a TENS unit trial on 03/02/2024.')).toEqual(['physical therapy']);
  });
});
