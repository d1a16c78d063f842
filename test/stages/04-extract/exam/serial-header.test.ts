import { describe, expect, it } from 'vitest';
import { nextHeader } from '../../../../src/stages/04-extract/exam/serial-columns.js';

/** The matches of a global pattern from `from` on, as its own exec loop finds them. */
function plain(re: RegExp, text: string, from: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function gated(re: RegExp, text: string, from: number, mark: string | null = '/'): Array<[number, string]> {
  const sticky = new RegExp(re.source, re.flags.replace('g', 'y'));
  const out: Array<[number, string]> = [];
  for (let m = nextHeader(re, sticky, mark, text, from); m; m = nextHeader(re, sticky, mark, text, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

describe('nextHeader: a dated-column header tried only on lines with two slashes', () => {
  const source = '^(?:[A-Za-z][A-Za-z /&-]{0,30}?[ \\t]+)?((?:(?:initial|discharge|visit)[ \\t]*\\d{1,2}/\\d{1,2})(?:[ \\t]+(?:(?:initial|discharge|visit)[ \\t]*\\d{1,2}/\\d{1,2}))+)(?=[ \\t]*$|[ \\t]+\\S)';
  const re = new RegExp(source, 'gim');
  const texts = [
    'OBJECTIVE   Initial 04/22   Discharge 07/01\nR knee flexion   85 deg   128 deg\nInitial 1/2 Discharge 3/4',
    'one / slash\nInitial 1/2\nDischarge 3/4 visit 5/6 trailing\n/\n//\nvisit 1/2 visit 3/4',
    'no slashes at all',
    'Initial 1/2 visit 3/4',
    'x Initial 1/2 visit 3/4\nInitial 1/2 visit 3/4',
    'Initial 1/2 visit 3/4\r\nvisit 1/2 visit 3/4\u2028visit 5/6 visit 7/8',
    '',
  ];

  it('finds what the global pattern finds, from any place', () => {
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        expect(gated(re, text, from), `${JSON.stringify(text)} from ${from}`).toEqual(plain(re, text, from));
        expect(gated(re, text, from, null), `${JSON.stringify(text)} from ${from}, no mark`).toEqual(plain(re, text, from));
      }
    }
  });
});
