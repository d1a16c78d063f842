/**
 * A response told in the next sentence from the time since the treatment ("Within three days the
 * arm pain was about 70% better") is the treatment's; a dose the worker dropped after it ("dropped
 * his afternoon naproxen dose") tells that outcome and names no course of the drug there; relief that
 * "took the edge off for a few days" is temporary, "takes the edge off" alone is partial.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatments: a response told after the procedure', () => {
  it('reads "Within three days ... 70% better" as the injection\'s response, not the dropped dose\'s', () => {
    const text = 'Dr. Kwan performed a C6-7 interlaminar epidural steroid injection on 6/14/21. Within three days the arm pain was about 70% better, '
      + 'and that held for roughly eight weeks; he returned to full duty and dropped his afternoon naproxen dose.';
    expect(read(text)).toEqual([['epidural steroid injection', 'significant_relief', 70]]);
  });

  it('still reads naproxen where it is taken', () => {
    expect(read('Naproxen 500 mg twice daily helps some.')).toEqual([['NSAID', 'partial_relief', null]]);
  });
});

describe('prior treatments: taking the edge off', () => {
  it('is temporary for a few days', () => {
    expect(read('A Medrol Dosepak in February took the edge off for a few days.')).toEqual([['medication (other)', 'temporary_relief', null]]);
  });
  it('is partial when no time is told', () => {
    expect(read('Tramadol takes the edge off.')).toEqual([['opioid analgesic', 'partial_relief', null]]);
  });
});

describe('prior treatments: a standardized measure that improved', () => {
  it('is a functional improvement of the course told before it', () => {
    const p = findPriorTreatments(docOf('HISTORY:\nShe has completed 6 sessions of cognitive behavioral therapy with prolonged exposure. Her PTSD Checklist (PCL-C) score improved from 68 to 51 and her Beck Depression Inventory from 31 to 22.\n'), lex);
    expect(p.map((x) => [x.treatment, x.functionalImprovement, x.sessions])).toEqual([['cognitive behavioral therapy', true, 6]]);
  });
});
