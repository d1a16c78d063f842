/**
 * Response wordings from blind sets 20 and 21: relief that left the worker "free of" a symptom
 * until it returned, relief that lasted "before a recurrent" lesion, "helped about a week", a
 * complaint that resolved while another persisted (partial, not significant), "take the edge
 * off", care that "restored his motion" (a functional gain), a percent in parentheses after the
 * pain score reached, "cut the neck pain roughly in half", and sessions he "did not find useful".
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response, t.reliefPercent]);

describe('prior treatments: wordings of blind sets 20 and 21', () => {
  it.each([
    ['Corticosteroid injection, right middle finger, 12/15/2020: free of locking for about six weeks, after which the triggering returned.',
      [['steroid injection', 'temporary_relief', null]]],
    ['He underwent a microdiscectomy on 2/17/2015, which relieved the leg pain for about four months before a recurrent extrusion.',
      [['surgery', 'temporary_relief', null]]],
    ['He had an interlaminar ESI on 02/21/19 that helped about a week.', [['epidural steroid injection', 'temporary_relief', null]]],
    ['He underwent a lumbar fusion in 2016; his radicular pain resolved, but the back pain persisted.', [['surgery', 'partial_relief', null]]],
    ['Lidocaine patches, which she feels "take the edge off" the buttock pain.', [['topical analgesic', 'partial_relief', null]]],
    ['He completed 9 visits of physical therapy, which restored his motion, but the knee has given way twice since.', [['physical therapy', 'partial_relief', null]]],
    ['Medial branch blocks on 8/28/2018 took the pain from 7/10 to 1/10 (about 85%).', [['medial branch block', 'significant_relief', 85]]],
    ['A TENS unit cut the neck pain roughly in half.', [['TENS unit', 'partial_relief', 50]]],
    ['Two sessions of psychotherapy; he did not find them useful and did not continue.', [['psychotherapy', 'no_relief', null]]],
  ])('%s', (text, expected) => {
    expect(priorsOf(text)).toEqual(expected);
  });

  it('a bare resolution is still significant relief', () => {
    expect(priorsOf('Since the ACDF the arm pain and thumb numbness have resolved.')).toEqual([['surgery', 'significant_relief', null]]);
  });
});
