/**
 * Response wordings of blind set 27: a pain score drop written with an arrow ("7/10 -> 4/10") or
 * reached "from about" a score, plural "relieve" (and relief that lasts an hour: temporary), and a
 * restrictive "that" clause that tells of the one treatment it follows, not of the one listed before.
 */
import { describe, expect, it } from 'vitest';
import { findPriorTreatments } from '../../../src/stages/04-extract/find-prior-treatments.js';
import { docOf, lex } from '../../helpers/docs.js';

const priorsOf = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.response]);

describe('prior treatments: wordings of blind set 27', () => {
  it.each([
    ['Ibuprofen 600 TID: 7/10 -> 4/10 for ~3 hrs.', [['NSAID', 'partial_relief']]],
    ['Gabapentin 300 mg TID: 8/10 \u2192 8/10.', [['anticonvulsant', 'no_relief']]],
    ['Over-the-counter ibuprofen 400 mg brings it from about 5/10 down to 2/10.', [['NSAID', 'partial_relief']]],
    ['Ice and elevation in the evening relieve the swelling for an hour or two.', [['heat/cold therapy', 'temporary_relief']]],
    ['Ice and elevation relieve the swelling.', [['heat/cold therapy', 'partial_relief']]],
  ])('%s', (text, expected) => {
    expect(priorsOf(text)).toEqual(expected);
  });

  it('a "that" clause right after a treatment is its own; one after a comma-joined "which" list is shared', () => {
    expect(priorsOf('Treatment has included naproxen, a lidocaine 5% patch that did not help, and a home stretching program.')).toEqual([
      ['NSAID', 'unknown'], ['topical analgesic', 'no_relief'], ['home exercise program', 'unknown'],
    ]);
    expect(priorsOf('She tried naproxen and a lidocaine patch, which did not help.')).toEqual([
      ['NSAID', 'no_relief'], ['topical analgesic', 'no_relief'],
    ]);
  });
});

describe('prior treatments: a series told by ordinals', () => {
  const courses = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => [t.treatment, t.date, t.response, t.reliefPercent]);
  it('"two injections; the first gave no relief and the second, on 8/20/2013, gave 40% relief" is two courses', () => {
    expect(courses('He had two lumbar epidural steroid injections; the first gave no relief and the second, on 8/20/2013, gave about 40% relief for three weeks.')).toEqual([
      ['epidural steroid injection', null, 'no_relief', null], ['epidural steroid injection', '2013-08-20', 'partial_relief', 40],
    ]);
  });
  it('ordinals in the next sentence, each with its date', () => {
    expect(courses('Care has included two left L4-5 transforaminal epidural steroid injections. The first, on 11/18/2014, gave about 50% relief of the leg pain for three weeks; the second, on 02/24/2015, gave no relief.')).toEqual([
      ['epidural steroid injection', '2014-11-18', 'partial_relief', 50], ['epidural steroid injection', '2015-02-24', 'no_relief', null],
    ]);
  });
  it('"the first visit" is no ordinal of a procedure', () => {
    expect(courses('She had an epidural steroid injection in 2014. The first visit here was in May.')).toEqual([['epidural steroid injection', null, 'unknown', null]]);
  });
});

describe('prior treatments: "continue" inside one item of a requested list', () => {
  const names = (text: string) => findPriorTreatments(docOf(`HISTORY:\n${text}\n`), lex).map((t) => t.treatment);
  it('continues that item only: the items after the ";" are requested, not received', () => {
    expect(names('The provider requested hydrocodone/APAP 10/325 mg #45 to continue the taper; acupuncture, 6 sessions, for the neck and low back; and the purchase of a TENS unit.')).toEqual([]);
  });
  it('a continue cue with no request before it still marks care already under way', () => {
    expect(names('She will continue the home exercise program; ibuprofen as needed.')).toContain('home exercise program');
  });
});
