/**
 * Care the patient did not receive: a relative's operation told in a family history, and a service
 * named in a practice's letterhead.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const treatments = (text: string) => findPriorTreatments(docOf(text), lex).map((p) => p.treatment);

describe('prior treatments: not the patient\'s care', () => {
  it('reads no relative\'s operation from a family history, with or without "medical"', () => {
    const history = 'HISTORY OF PRESENT ILLNESS:\nPhysical therapy twice weekly gave her partial relief.\n';
    expect(treatments(`${history}FAMILY HISTORY: Mother with hypertension. Her younger sister injured her neck in a car crash and underwent a cervical fusion in 2012.\n`)).toEqual(['physical therapy']);
    expect(treatments(`${history}Family medical history:\nOne uncle worked as a welder for thirty years and eventually needed a shoulder replacement.\n`)).toEqual(['physical therapy']);
  });

  it('ends the family history at its paragraph: care told after a blank line is the patient\'s again', () => {
    const text = 'HISTORY OF PRESENT ILLNESS:\nHe was hurt lifting a crate.\n\nFamily history: his father had a lumbar fusion at sixty.\n\nHe continues chiropractic care weekly, which helps for a few days.\n';
    expect(treatments(text)).toEqual(['chiropractic manipulation']);
    // a text layer that dropped the blank lines: a labelled line opens the next paragraph
    expect(treatments(text.replace(/\n\n/g, '\n').replace('He continues', 'Interval: he continues'))).toEqual(['chiropractic manipulation']);
  });

  it('reads no service from a letterhead\'s list', () => {
    const text = 'COASTAL SPINE ASSOCIATES\nPain Management * Epidural Injections * Acupuncture\n\nHISTORY OF PRESENT ILLNESS:\nShe has tried chiropractic care, which helped for a day or two.\n';
    expect(treatments(text)).toEqual(['chiropractic manipulation']);
  });
});
