/**
 * A gain in an activity named after the treatment ("better overhead reach", "increased walking
 * tolerance", "improved grip") is functional improvement; a gain in pain alone is not.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const functional = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.functionalImprovement]);

describe('prior treatments: functional gain told as a better activity', () => {
  it.each([
    ['He completed four sessions of physical therapy with about 50% improvement in pain and better overhead reach.', 'physical therapy'],
    ['Aquatic therapy gave her increased walking tolerance.', 'aquatic therapy'],
    ['After the occupational therapy course she had improved grip.', 'occupational therapy'],
  ])('%s', (text, treatment) => {
    expect(functional(text)).toEqual([[treatment, true]]);
  });
  it('leaves function unstated when only the pain got better', () => {
    expect(functional('He completed four sessions of physical therapy with about 50% improvement in pain.')).toEqual([['physical therapy', null]]);
  });
});

describe('prior treatments: "about half better" and an improved ability', () => {
  it('reads "about half better" as 50% and "improved ability to carry" as functional improvement', () => {
    const [t] = findPriorTreatments(docOf('HISTORY:\nTwelve occupational therapy visits were completed through February 2020, and he reported being "about half better" with grip, with the therapist documenting improved ability to carry a tool bag.\n'), lex);
    expect([t?.treatment, t?.response, t?.reliefPercent, t?.functionalImprovement]).toEqual(['occupational therapy', 'partial_relief', 50, true]);
  });
});
