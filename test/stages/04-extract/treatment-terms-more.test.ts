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
