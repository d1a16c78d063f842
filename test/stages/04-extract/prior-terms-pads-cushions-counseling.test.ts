/**
 * Prior-treatment names written as everyday items: heel lifts and an elbow pad (orthoses), a
 * donut cushion (equipment), employer-assistance counseling (psychotherapy), heat used at home.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);

describe('prior treatments: pads, lifts, cushions, counseling and heat', () => {
  it.each([
    ['He has tried heel lifts in both work boots.', 'orthotic/brace', 'unknown'],
    ['A gel elbow pad worn at night has not helped the tingling.', 'orthotic/brace', 'no_relief'],
    ['A donut cushion at her desk made the tailbone pain worse.', 'durable medical equipment', 'worsened'],
    ['He attended EAP counseling for four sessions, which helped somewhat.', 'psychotherapy', 'partial_relief'],
    ['She puts heat at home on the neck in the evenings.', 'heat/cold therapy', 'unknown'],
  ])('%s', (text, treatment, response) => {
    expect(priorsOf(text)).toEqual([[treatment, response]]);
  });
});
