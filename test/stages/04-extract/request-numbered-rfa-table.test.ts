/**
 * An RFA table numbered in its first column ("#  Service / good   Qty   Dx", then "1  EMG/NCV ...")
 * keeps one row per line and one sentence per row, so each row is its own request (a "without
 * contrast" in one row negates nothing in the next, and no row takes another row's quantity);
 * "Tramadol will not be restarted" asks for nothing; the fibular head is at the knee.
 */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const TABLE = 'PROGRESS REPORT\n\nTreatment plan:\nContinue the home exercise program. Tramadol will not be restarted.\n\n'
  + '  REQUEST FOR AUTHORIZATION\n  #  Service / good                                         Qty          Dx\n'
  + '  1  EMG/NCV right lower extremity                          1            S84.11XD, M54.16\n'
  + '  2  MRI right knee without contrast                        1            S80.01XD\n'
  + '  3  Physical therapy, right knee/ankle, 2x/wk x 4 wks      8 visits     S80.01XD, M21.371\n'
  + '  4  Naproxen 550 mg 1 PO BID                               #60          S80.01XD\n';

describe('a numbered RFA table', () => {
  it('keeps each row on its own line', () => {
    const lines = docOf(TABLE).text.split('\n').filter((l) => /^\d /.test(l));
    expect(lines).toHaveLength(4);
  });

  it('reads one request per row, each with its own quantity', () => {
    const r = findRequests(docOf(TABLE), lex);
    expect(r.map((x) => [x.treatment, x.bodyPart, x.quantity])).toEqual([
      ['home exercise program', null, null],
      ['EMG/NCV', 'lower leg', null],
      ['MRI', 'knee', null],
      ['physical therapy', 'knee', '2x/wk x 4 wks'],
      ['NSAID', null, '#60'],
    ]);
  });
});

describe('the fibular head', () => {
  it('is at the knee, not the head', () => {
    const r = findRequests(docOf('PLAN:\n1. MRI to look for a mass at the fibular neck.\n'), lex);
    expect(r.map((x) => x.bodyPart)).toEqual(['knee']);
  });
});
