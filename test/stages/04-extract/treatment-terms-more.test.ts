/**
 * Treatment names in plan lines written in shorthand or by device: an AFO, a CSI, a heat lamp,
 * and tendon surgery named by what it does (debridement, release, transposition).
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const planOf = (lines: string) => findRequests(docOf(`TREATMENT PLAN:\n${lines}\n`), lex).map((r) => r.treatment);

describe('treatment terms: devices, shorthand and tendon surgery', () => {
  it.each([
    ['1. Continue the right AFO for community walking.', 'orthotic/brace'],
    ['1. RFA: LSO brace for heavy lifting at work.', 'orthotic/brace'],
    ['1. RFA: CSI L ring finger A1 pulley x1.', 'steroid injection'],
    ['1. RFA: infrared heat lamp for home use, low back.', 'heat/cold therapy'],
    ['1. Request right lateral epicondyle release with tendon debridement.', 'surgery'],
    ['1. Request left cubital tunnel release with ulnar nerve transposition.', 'surgery'],
    ['1. Request right trigger finger release.', 'surgery'],
  ])('%s → %s', (line, treatment) => {
    expect(planOf(line)).toEqual([treatment]);
  });
});

describe('treatment terms: devices and evaluations the guideline topics govern', () => {
  const requests = (line: string) => findRequests(docOf(`TREATMENT PLAN:\n${line}\n`), lex).map((r) => [r.treatment, r.procedure ?? null]);
  it.each([
    ['1. RFA: H-wave unit, 30-day home trial.', 'durable medical equipment', 'H-wave stimulation'],
    ['1. Request a bone growth stimulator for the left tibia.', 'durable medical equipment', 'bone growth stimulator'],
    ['1. Request FCE before return to work.', 'other', 'functional capacity evaluation'],
    ['1. Request a functional capacity evaluation.', 'other', 'functional capacity evaluation'],
  ])('%s → %s (%s)', (line, treatment, procedure) => {
    expect(requests(line)).toEqual([[treatment, procedure]]);
  });
});

describe('treatment terms: an NSAID in a cream or gel is a topical analgesic', () => {
  it.each([
    ['1. Ketoprofen 20% cream 120 grams to the knee.'],
    ['1. Continue topical diclofenac to the wrist twice daily.'],
  ])('%s', (line) => {
    expect(planOf(line)).toEqual(['topical analgesic']);
  });

  it('keeps an oral NSAID an NSAID', () => {
    expect(planOf('1. Ketoprofen 75 mg by mouth twice daily, #60.')).toEqual(['NSAID']);
  });
});
