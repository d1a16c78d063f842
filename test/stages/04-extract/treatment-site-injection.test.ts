/**
 * An injection told only by the joint or bursa it went into ("a right hip injection", "an
 * injection of the right ischial bursa") or by its agents ("an injection of lidocaine and
 * steroid") is a steroid injection; one whose own name runs into the site ("Synvisc knee
 * injections", "platelet-rich plasma injection to the elbow") stays that treatment.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const readOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.bodyPart, t.date, t.response]);

describe('injections told by their site or agents', () => {
  it.each([
    ['A fluoroscopically guided intra-articular right hip injection on 08/20/2019 gave 75% relief that lasted about ten days before the pain returned.',
      ['steroid injection', 'hip', '2019-08-20', 'temporary_relief']],
    ['An ultrasound-guided injection of the right ischial bursa on 2022-06-02 gave roughly 60% relief that lasted three weeks.',
      ['steroid injection', null, '2022-06-02', 'partial_relief']],
    ['An injection of lidocaine and steroid at the lateral ankle plate on 08/22/2017 helped for about two weeks, then the pain came back.',
      ['steroid injection', 'ankle', '2017-08-22', 'temporary_relief']],
  ])('%s', (text, fact) => {
    expect(readOf(text)).toEqual([fact]);
  });

  it('a named injection running into its site stays what it is named', () => {
    expect(readOf('Hyaluronic acid (Synvisc) knee injections in 05/2019 gave no relief.').map((t) => t[0])).toEqual(['hyaluronic acid injection']);
    expect(readOf('A platelet-rich plasma injection to the right lateral elbow in 2020 did not help.').map((t) => t[0])).toEqual(['platelet-rich plasma injection']);
  });

  it('an injection the patient does not want is not requested', () => {
    const text = 'PLAN:\n1. Physical therapy, left knee, 6 visits.\n2. She does not want a second knee injection at this time.\n';
    expect(findRequests(docOf(text), lex).map((r) => r.treatment)).toEqual(['physical therapy']);
  });
});
