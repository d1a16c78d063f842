import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';
import type { PainScore } from '../../../src/types/facts.js';

const lexicons = loadLexicons();

function scores(body: string, header = 'SUBJECTIVE COMPLAINTS:'): PainScore[] {
  return findPainScores(segmentDocument(`${header}\n${body}\n`, lexicons), lexicons);
}

type Want = Partial<Pick<PainScore, 'score' | 'max' | 'scoreLow' | 'scoreHigh' | 'condition' | 'bodyPart' | 'side' | 'date'>>;
const pick = (p: PainScore, w: Want): Want => Object.fromEntries(Object.keys(w).map((k) => [k, p[k as keyof Want]])) as Want;

describe('findPainScores: forms', () => {
  it.each<[string, string, Want[]]>([
    ['N/10 with the part rated', 'She has left sided low back pain rated 7/10.', [{ score: 7, condition: null, bodyPart: 'lumbar spine', side: 'left' }]],
    ['"w/o it" and "with it" after the scores', 'Takes Norco 5/325 at bedtime only - pain 8/10 w/o it, 4/10 with it.', [
      { score: 8, condition: 'without_medication' }, { score: 4, condition: 'with_medication' },
    ]],
    ['"without them it is" before the score', 'With her medications the leg pain comes down to 4/10, and without them it is 7/10.', [
      { score: 4, condition: 'with_medication' }, { score: 7, condition: 'without_medication' },
    ]],
    ['with and without medication', 'Pain is rated 7/10 without medication and 4/10 with medication.', [
      { score: 7, condition: 'without_medication' }, { score: 4, condition: 'with_medication' },
    ]],
    ['a bare "without" in a sentence about medication', 'She rates her back and leg pain 8/10 without and 5/10 with medication.', [
      { score: 8, condition: 'without_medication', bodyPart: 'lumbar spine' }, { score: 5, condition: 'with_medication' },
    ]],
    ['condition written before the score', 'With medications the pain is 3/10.', [{ score: 3, condition: 'with_medication' }]],
    ['a later score is not conditioned by an earlier score\'s words', 'Pain is 4/10 with meds, 8/10 without.', [
      { score: 4, condition: 'with_medication' }, { score: 8, condition: 'without_medication' },
    ]],
    ['"without" that is not about medication', 'Low back pain rated 6/10 without radiation.', [{ score: 6, condition: null }]],
    ['a range: score is the end the lexicon picks, both ends kept', 'Neck pain ranges 5-8/10 depending on activity.', [
      { score: 8, scoreLow: 5, scoreHigh: 8, bodyPart: 'cervical spine' },
    ]],
    ['VAS before and after the number', 'Back pain rated VAS 6. Today she rates the pain as 7 on the VAS.', [{ score: 6 }, { score: 7 }]],
    ['out of ten', 'He rates his knee pain 6 out of 10.', [{ score: 6, bodyPart: 'knee' }]],
    ['a spelled-out score', 'Before the injection he put his knee pain at seven out of ten.', [{ score: 7, max: 10, bodyPart: 'knee' }]],
    ['a named analgesic is the medication', 'Back pain is 7/10 without tramadol and 4/10 with tramadol.', [
      { score: 7, condition: 'without_medication' }, { score: 4, condition: 'with_medication' },
    ]],
    ['"without them" after a timing word, the medication named earlier', 'The elbow aches 2/10 at least on his meds and 7/10 at most without them.', [
      { score: 2, condition: 'with_medication' }, { score: 7, condition: 'without_medication' },
    ]],
    ['a medication-driven change "from about"', 'He uses tramadol twice daily, which takes his back pain from approximately 7/10 down to 4/10.', [
      { score: 7, condition: 'without_medication' }, { score: 4, condition: 'with_medication' },
    ]],
    ['a VAS on the 100-mm line', 'Shoulder pain on the visual analog scale: 62 mm/100 mm this morning.', [{ score: 62, max: 100, bodyPart: 'shoulder' }]],
    ['"with it" after a medication named in the sentence', 'Off her medication the neck pain is 8 out of 10, and 5 out of 10 with it.', [
      { score: 8, condition: 'without_medication' }, { score: 5, condition: 'with_medication' },
    ]],
    ['"with it" when no medication is named stays unconditioned', 'Her knee pain was 6/10 after the fall and 3/10 with it braced.', [
      { score: 6, condition: null }, { score: 3, condition: null },
    ]],
    ['a medication lowers the pain from one score to another', 'She states that tramadol lowers her pain from 8/10 to 6/10.', [
      { score: 8, condition: 'without_medication' }, { score: 6, condition: 'with_medication' },
    ]],
    ['the lower end of a medication\'s change may be approximate', 'Acetaminophen 500 mg takes the edge off the pain (from 7/10 to about 5/10).', [
      { score: 7, condition: 'without_medication' }, { score: 5, condition: 'with_medication' },
    ]],
    ['an arrow between two scores after a named medication', 'Tramadol 50 mg bid prn: LBP 6/10 -> 3/10 for ~4 h.', [
      { score: 6, condition: 'without_medication' }, { score: 3, condition: 'with_medication' },
    ]],
    ['an arrow after therapy has no medication condition', 'After PT pain 7/10 -> 5/10.', [
      { score: 7, condition: null }, { score: 5, condition: null },
    ]],
    ['a change after therapy has no medication condition', 'After physical therapy, pain decreased from 8/10 to 6/10.', [
      { score: 8, condition: null }, { score: 6, condition: null },
    ]],
    ['each score takes the part named before it', 'He rates the neck pain 7/10 and the right arm pain 6/10.', [
      { score: 7, bodyPart: 'cervical spine' }, { score: 6, bodyPart: 'upper arm', side: 'right' },
    ]],
    ['a phrase cut by a blank line', 'A 8/20/14 provider follow up reports left\n\nshoulder pain 9/10, 1-10 with medication.', [
      { score: 9, bodyPart: 'shoulder', side: 'left', date: '2014-08-20', condition: null },
    ]],
    ['a named analgesic before the score, then "without it"', 'On gabapentin her neck pain is 3/10; without it, 7/10.', [
      { score: 3, condition: 'with_medication' }, { score: 7, condition: 'without_medication' },
    ]],
    ['the short spelled-out form right after a rating word', 'She rates the wrist pain at six of ten by evening.', [{ score: 6, max: 10, bodyPart: 'wrist' }]],
    ['a date in the sentence is the score\'s date', 'The progress report of 4/22/2014 notes back pain rated 7/10.', [{ score: 7, date: '2014-04-22' }]],
    ['shorthand "w/o" and "w/" for without and with', 'Knee pain 7/10 w/o medications and 3/10 w/ medications today.', [
      { score: 7, condition: 'without_medication' }, { score: 3, condition: 'with_medication' },
    ]],
    ['a timing word between the score and the medication', 'The wrist pain is 6/10 at worst, 2/10 at least with meds.', [
      { score: 6, condition: null }, { score: 2, condition: 'with_medication' },
    ]],
    ['a spelled-out change on a named analgesic', 'Naproxen takes his shoulder pain from an eight out of ten down to a five out of ten.', [
      { score: 8, condition: 'without_medication' }, { score: 5, condition: 'with_medication' },
    ]],
  ])('%s', (_name, text, want) => {
    const got = scores(text);
    expect(got.map((p, i) => pick(p, want[i] ?? {}))).toEqual(want);
  });
});

describe('findPainScores: what is not a pain score', () => {
  it.each([
    ['dates', 'Seen on 4/10/2015 and 10/10/2014.'],
    ['tablet strengths', 'Norco 10/325 mg #60.'],
    ['other instruments', 'Oswestry score 40/100. PHQ-9 score of 9/27.'],
    ['strength grades', 'Strength 4/5 in the right hip flexors.'],
    ['a month and day without a year', 'He was seen on 7/10 and again since 8/10.'],
    ['counts', 'She completed 9/10 sessions of therapy.'],
    ['a spelled-out count', 'She attended four of ten scheduled visits.'],
  ])('%s', (_name, text) => {
    expect(scores(text)).toEqual([]);
  });

  it('does not read rationales, which restate the summary', () => {
    expect(scores('The MTUS requires documented pain of 7/10 or more.', 'RATIONALE:')).toEqual([]);
  });

  it('dates a progress report\'s scores with its visit date', () => {
    const doc = segmentDocument('Date of Exam: 04/21/2015\n\nSUBJECTIVE COMPLAINTS:\nPain is rated 7/10.\n', lexicons);
    expect(findPainScores(doc, lexicons).map((p) => p.date)).toEqual(['2015-04-21']);
  });
});
