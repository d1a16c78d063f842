/**
 * A UR item's "- Rationale: ..." paragraph is the reviewer's reasoning from the guideline, like a
 * rationale section: a treatment named there is no prior treatment.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatmentsOf = (text: string) => findPriorTreatments(docOf(text), lex).map((t) => t.treatment);

describe('prior treatments: a UR item rationale paragraph', () => {
  it('names no care received', () => {
    const text = 'HISTORY:\nHe takes ibuprofen 800 mg as needed.\n\n4. Soft cervical collar, 1\n   - Decision: NON-CERTIFIED\n   - Rationale: Cervical collars are not recommended beyond a brief period after an acute injury;\n     this injury is more than four months old. Non-certified.\n';
    expect(treatmentsOf(text)).toEqual(['NSAID']);
  });
});
