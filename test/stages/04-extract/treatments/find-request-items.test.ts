import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../../helpers/docs.js';

/** Treatment (and drug) of every request, in order. */
const treatmentsOf = (text: string): string[] =>
  findRequests(docOf(text), lex).map((r) => (r.drug ? `${r.treatment} (${r.drug})` : r.treatment));

describe('UR summary tables with decision columns', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'lettered rows under a "summary of decision" heading',
      `UTILIZATION REVIEW NOTICE

SUMMARY OF DECISION
  Item                                                      Decision
  A. Lumbar epidural steroid injection at L4-5, x1          NON-CERTIFIED
  B. Cyclobenzaprine 7.5 mg #60                             MODIFIED to #30
  C. Physical therapy, 8 visits, lumbar spine               CERTIFIED

CLINICAL INFORMATION REVIEWED
Progress report of 02/02/2021.
`,
      ['epidural steroid injection', 'muscle relaxant (cyclobenzaprine)', 'physical therapy'],
    ],
    [
      'numbered rows under a "determination summary" heading',
      `DETERMINATION SUMMARY
  1. Acupuncture, 6 sessions, neck                          CERTIFIED
  2. Tramadol ER 100 mg #30                                 DENIED

REVIEWER
Someone, M.D.
`,
      ['acupuncture', 'opioid analgesic (tramadol)'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(treatmentsOf(text)).toEqual(expected);
  });
});

describe('lettered future-care lists', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a) ... d) under a future medical care heading',
      `FUTURE MEDICAL CARE
Reasonable future care includes:
  a) Follow-up with a physiatrist, four visits a year.
  b) Ibuprofen 600 mg as needed.
  c) A course of 6 acupuncture sessions for flares of neck pain.
He may one day be a candidate for a cervical fusion; that is not part of this report.
`,
      ['consultation', 'NSAID (ibuprofen)', 'acupuncture'],
    ],
    [
      'A. / B. items in a plan section',
      `PLAN:
A. Trial of a TENS unit for 30 days.
B. Continue home exercise program.
`,
      ['TENS unit', 'home exercise program'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(treatmentsOf(text)).toEqual(expected);
  });
});

describe('plan lines that rule a treatment out or defer it', () => {
  const cases: Array<[string, string, string[]]> = [
    ['"not needed"', 'PLAN:\n1. Chiropractic care, 6 visits.\n2. An EMG is not needed at this point.\n', ['chiropractic manipulation']],
    ['"if this fails, surgery would be discussed"', 'PLAN:\n1. Physical therapy 2x4.\n2. If this fails, surgery would be discussed.\n', ['physical therapy']],
    ['"may be considered"', 'PLAN:\n1. Naproxen 500 mg #60.\nA knee injection may be considered later.\n', ['NSAID (naproxen)']],
    ['a return visit is no request', 'PLAN:\n1. Acupuncture x6.\n2. Follow-up in four weeks.\n', ['acupuncture']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(treatmentsOf(text)).toEqual(expected);
  });
});

describe('case-summary statements of what was requested (no decision block)', () => {
  const summary = (sentence: string): string => `CLINICAL CASE SUMMARY

The injured worker is a 51-year-old warehouse loader who hurt his low back lifting a crate.
${sentence}
`;
  const cases: Array<[string, string, string[]]> = [
    ['"the request was for"', 'The request was for a lumbar MRI and for eight chiropractic visits.', ['MRI', 'chiropractic manipulation']],
    ['"the requested review is for"', 'The requested review is for acupuncture, six sessions.', ['acupuncture']],
    ['"asked for"', 'His physician asked for a TENS unit and naproxen 550 mg #60.', ['TENS unit', 'NSAID (naproxen)']],
    ['"a request for ... was non-certified"', 'A request for physical therapy, 12 visits, was non-certified by UR on 3/3/2020.', ['physical therapy']],
    ['"under review are"', 'Under review are a lumbar epidural steroid injection and gabapentin 300 mg #90.', ['epidural steroid injection', 'anticonvulsant (gabapentin)']],
    ['"would like to proceed with"', 'The surgeon would like to proceed with a right knee arthroscopy.', ['surgery']],
    ['a negated "asked for" is no request', 'He has not asked for a lumbar epidural steroid injection.', []],
    ['nothing requested', 'He completed physical therapy in 2019 with some benefit.', []],
  ];
  it.each(cases)('%s', (_name, sentence, expected) => {
    expect(treatmentsOf(summary(sentence))).toEqual(expected);
  });
});

describe('UR rationale blocks headed "<item> - <decision>"', () => {
  const text = `SUMMARY OF DECISION
  A. Acupuncture, 6 sessions, low back                      CERTIFIED
  B. Lidocaine 5% patch #30                                 NON-CERTIFIED

RATIONALE

A. Acupuncture, 6 sessions, low back - CERTIFIED
Guideline: CA MTUS Acupuncture Medical Treatment Guidelines.
Functional gains are expected within six treatments.

B. Lidocaine 5% patch #30 - NON-CERTIFIED
Guideline: ODG, Pain, Lidoderm.
There is no neuropathic pain documented.
`;
  const cases: Array<[string, string]> = [
    ['acupuncture', 'MTUS'],
    ['topical analgesic', 'ODG'],
  ];
  it.each(cases)('%s gets only its own block\'s guideline (%s)', (treatment, source) => {
    const r = findRequests(docOf(text), lex).find((q) => q.treatment === treatment);
    expect(r?.guidelines.map((g) => g.source)).toEqual([source]);
  });
});

describe('further treatments joined to a plan item', () => {
  const cases: Array<[string, string, string[]]> = [
    ['"and" joins another kind of treatment', 'PLAN:\n1. Continue home exercises and wrist splints.\n', ['home exercise program', 'orthotic/brace']],
    ['"and" with one qualifier word', 'PLAN:\n1. Continue acupuncture and nightly TENS unit use.\n', ['acupuncture', 'TENS unit']],
    ['"with" names a part of the head, not a new request', 'PLAN:\n1. Physical therapy with a home exercise component, 8 visits.\n', ['physical therapy']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(treatmentsOf(text)).toEqual(expected);
  });
});

describe('operative reports', () => {
  const text = `OPERATIVE REPORT

PROCEDURES
  1. Left knee arthroscopy with partial medial meniscectomy.
  2. Chondroplasty of the medial femoral condyle.
The patient tolerated the procedure well.

POSTOPERATIVE PLAN
  - Knee brace for 2 weeks.
  - Oxycodone 5 mg every 6 hours as needed, #20.
`;
  it('reports the postoperative orders, not the procedures just performed', () => {
    expect(treatmentsOf(text)).toEqual(['orthotic/brace', 'opioid analgesic (oxycodone)']);
  });
});

describe('plan items phrased as requests', () => {
  const cases: Array<[string, string, string[]]> = [
    ['"requesting"', 'PLAN:\nRequesting 6 sessions of acupuncture for the neck.\n', ['acupuncture']],
    ['"would like to proceed with"', 'PLAN:\nI would like to proceed with a left shoulder arthroscopy.\n', ['surgery']],
    ['"recommend ... x 6"', 'PLAN:\nI recommend chiropractic care x 6 for the low back.\n', ['chiropractic manipulation']],
    ['a numbered mix', 'PLAN:\n1. Requesting physical therapy 2x4.\n2. We would like to proceed with a lumbar ESI at L5-S1.\n3. Recommend acupuncture x 6.\n',
      ['physical therapy', 'epidural steroid injection', 'acupuncture']],
    ['conditional surgery stays out', 'PLAN:\nContinue tramadol. If this fails, surgery would be discussed.\n', ['opioid analgesic']],
    ['considered surgery stays out', 'PLAN:\nMeloxicam 15 mg daily. Surgery will be considered if conservative care fails.\n', ['NSAID']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(findRequests(docOf(text), lex).map((r) => r.treatment)).toEqual(expected);
  });

  it('keeps the "x 6" count as the quantity', () => {
    expect(findRequests(docOf('PLAN:\nI recommend chiropractic care x 6 for the low back.\n'), lex)[0]?.quantity).toBe('x 6');
  });
});
