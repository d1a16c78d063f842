import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/stages/02-normalize/normalize-text.js';
import { expectExactSegments, pagesOf, renormalize } from './helpers.js';

/** One-page cases: raw text in, normalized text out. */
const LINE_RULES: ReadonlyArray<{ rule: string; raw: string; want: string }> = [
  // joining wrapped lines
  { rule: 'lower-case continuation joins', raw: 'The patient reports low back\npain since 2012.', want: 'The patient reports low back pain since 2012.' },
  { rule: 'capital after a bare word ending a long line joins', raw: 'On 03/04/2015 the patient was examined in the clinic by\nDr. Smith today.', want: 'On 03/04/2015 the patient was examined in the clinic by Dr. Smith today.' },
  { rule: 'capital after a bare word ending a short line keeps the break', raw: 'Monica L. Varga, D.C.  Date: 10/05/2011\nQualified Medical Evaluator', want: 'Monica L. Varga, D.C. Date: 10/05/2011\nQualified Medical Evaluator' },
  { rule: 'a long label line wrapped before a digit joins', raw: 'Neuro: Sensation decreased over the left L5 dermatome. Motor 4/5 left EHL, otherwise\n5/5 in the lower extremities.', want: 'Neuro: Sensation decreased over the left L5 dermatome. Motor 4/5 left EHL, otherwise 5/5 in the lower extremities.' },
  { rule: 'capital after a comma joins', raw: 'Treatment included therapy,\nNorco and rest.', want: 'Treatment included therapy, Norco and rest.' },
  { rule: 'digit after a semicolon joins', raw: 'biceps 4+/5 right;\n5/5 left.', want: 'biceps 4+/5 right; 5/5 left.' },
  { rule: 'lower case after a colon joins', raw: 'reflexes are symmetric. Diagnoses:\nmyofascial pain syndrome.', want: 'reflexes are symmetric. Diagnoses: myofascial pain syndrome.' },
  { rule: 'a plus sign ending a table row is a cell, not a joiner', raw: 'Anterior drawer     +        -\nPivot shift         -        +\nValgus stress       -        -', want: 'Anterior drawer + -\nPivot shift - +\nValgus stress - -' },
  { rule: 'a reflex grade ending a line does not pull in the next row', raw: 'Patellar reflex      2+\nAchilles reflex      1+\nToes downgoing.', want: 'Patellar reflex 2+\nAchilles reflex 1+\nToes downgoing.' },
  { rule: 'a double hyphen ending a table row is an empty cell, not a word split', raw: 'Abduction        90        --\nAdduction        --        30', want: 'Abduction 90 --\nAdduction -- 30' },
  { rule: 'hash-numbered rows stay rows', raw: '  #1  Aquatic therapy for the lumbar spine, twice weekly x 4 weeks (8 visits) ......... CERTIFIED\n  #2  Lumbar support brace, lumbosacral orthosis, purchase x 1 .................. NON-CERTIFIED', want: '#1 Aquatic therapy for the lumbar spine, twice weekly x 4 weeks (8 visits) ......... CERTIFIED\n#2 Lumbar support brace, lumbosacral orthosis, purchase x 1 .................. NON-CERTIFIED' },
  { rule: 'rows opening with a diagnosis code stay rows', raw: 'S97.112D   Crush injury of left great toe, subsequent encounter for care\nM20.22     Hallux rigidus, left', want: 'S97.112D Crush injury of left great toe, subsequent encounter for care\nM20.22 Hallux rigidus, left' },
  { rule: 'a hash quantity starting a wrapped line joins', raw: 'Refills of tramadol ER 100 mg were requested,\n#30 with two refills.', want: 'Refills of tramadol ER 100 mg were requested, #30 with two refills.' },
  { rule: 'dot-leader rows stay rows, however long their leaders', raw: 'Medical director ................................ Joan Q. Example, MD\nReview type ..................................... Concurrent\nThe reviewer called twice.', want: 'Medical director ................................ Joan Q. Example, MD\nReview type ..................................... Concurrent\nThe reviewer called twice.' },
  { rule: 'ruled table rows and borders each keep their line, however long', raw: 'PAIN TREND (NRS 0-10, patient-reported)\n+-----------+----------+-------+--------------------------------------+\n| Date      | Low back | L leg | Comment                              |\n+-----------+----------+-------+--------------------------------------+\n| 03/07/24  |    7     |   8   | before the first injection was given |\n| 04/18/24  |    5     |   3   | four weeks after the injection       |\n+-----------+----------+-------+--------------------------------------+\nHe walks daily.', want: 'PAIN TREND (NRS 0-10, patient-reported)\n+-----------+----------+-------+--------------------------------------+\n| Date | Low back | L leg | Comment |\n+-----------+----------+-------+--------------------------------------+\n| 03/07/24 | 7 | 8 | before the first injection was given |\n| 04/18/24 | 5 | 3 | four weeks after the injection |\n+-----------+----------+-------+--------------------------------------+\nHe walks daily.' },
  { rule: 'rows under a side-column header keep their lines however long, up to a blank line', raw: '                     Right            Left\n  Tinel at the carpal tunnel          positive         positive\n  Phalen (60 seconds)                 positive, 20 s   positive, 45 s\n  Carpal compression (Durkan)         positive         negative\n  Static 2-point discrimination,      8 mm             4 mm\n    small finger\n\nOn 03/04/2015 the patient was examined in the clinic by\nDr. Smith today.', want: 'Right Left\nTinel at the carpal tunnel positive positive\nPhalen (60 seconds) positive, 20 s positive, 45 s\nCarpal compression (Durkan) positive negative\nStatic 2-point discrimination, 8 mm 4 mm small finger\n\nOn 03/04/2015 the patient was examined in the clinic by Dr. Smith today.' },
  { rule: 'a label ending in side column titles heads a table whose rows keep their lines', raw: '  Shoulder range of motion (degrees)    Right active   Right passive   Left active   Left passive\n  Flexion                                  150             170             180           180\n  External rotation (90 abd.)               70              85              90            95', want: 'Shoulder range of motion (degrees) Right active Right passive Left active Left passive\nFlexion 150 170 180 180\nExternal rotation (90 abd.) 70 85 90 95' },
  { rule: 'capital after a full stop keeps the break', raw: 'He improved.\nShe did not.', want: 'He improved.\nShe did not.' },
  { rule: 'a short label line ending in a word keeps the break', raw: 'Date of injury: 08/19/2016\nThank you for the referral.', want: 'Date of injury: 08/19/2016\nThank you for the referral.' },
  { rule: 'a label value wrapped after a comma joins', raw: 'Motor: deltoid 5/5; wrist 4/5 right,\n5/5 left.', want: 'Motor: deltoid 5/5; wrist 4/5 right, 5/5 left.' },
  { rule: 'capital after a colon keeps the break', raw: 'Dear Dr. Ruiz:\nThank you for the referral.', want: 'Dear Dr. Ruiz:\nThank you for the referral.' },
  // structure that keeps its line breaks
  { rule: 'numbered list items stay on their lines', raw: 'Diagnoses:\n1. Lumbar strain\n2. Myofascial pain', want: 'Diagnoses:\n1. Lumbar strain\n2. Myofascial pain' },
  { rule: 'parenthesised and dash items stay', raw: 'Plan includes\n1) therapy\n- home exercise\n(2) follow up', want: 'Plan includes\n1) therapy\n- home exercise\n(2) follow up' },
  { rule: 'an abbreviation in brackets is not a list marker', raw: 'The request for four injections was non-certified by utilization review\n(UR) on 5/13/2014.', want: 'The request for four injections was non-certified by utilization review (UR) on 5/13/2014.' },
  { rule: 'a wrapped list item joins its continuation', raw: '1. Cervical epidural steroid injection with the catheter advanced to\nC5-6 under fluoroscopy\n2. Follow up', want: '1. Cervical epidural steroid injection with the catheter advanced to C5-6 under fluoroscopy\n2. Follow up' },
  { rule: 'label lines stay on their lines', raw: 'Patient: DOE, JANE\nClaim number: WC-11-30871\nDOI: 01/02/2011', want: 'Patient: DOE, JANE\nClaim number: WC-11-30871\nDOI: 01/02/2011' },
  { rule: 'a heading in capitals keeps both breaks', raw: 'seen today\nPHYSICAL EXAMINATION\nthe lumbar spine is tender', want: 'seen today\nPHYSICAL EXAMINATION\nthe lumbar spine is tender' },
  // hyphens at line ends
  { rule: 'a word hyphenated across lines is rejoined', raw: 'paraspinal muscula-\nture with spasm', want: 'paraspinal musculature with spasm' },
  { rule: 'a spinal level keeps its hyphen, no space', raw: 'disc bulge at L4-\nL5 without stenosis', want: 'disc bulge at L4-L5 without stenosis' },
  { rule: 'lower then capital keeps the hyphen', raw: 'the non-\nIndustrial claim', want: 'the non-Industrial claim' },
  { rule: 'a spaced dash is not a hyphenation', raw: 'Harbor Pain Associates -\nclaim notes', want: 'Harbor Pain Associates - claim notes' },
  { rule: 'a hyphen before a blank line stays', raw: 'see the electro-\n\ndiagnostic study', want: 'see the electro-\n\ndiagnostic study' },
  // whitespace
  { rule: 'runs of spaces and tabs collapse', raw: 'Name:    John\t\tDoe   ', want: 'Name: John Doe' },
  { rule: 'indentation is trimmed', raw: '   Motor: 5/5\n      Sensation: intact', want: 'Motor: 5/5\nSensation: intact' },
  { rule: 'three or more newlines become one blank line', raw: 'First paragraph.\n\n\n\nSecond paragraph.', want: 'First paragraph.\n\nSecond paragraph.' },
  { rule: 'whitespace-only lines count as blank', raw: 'First paragraph.\n  \t \nSecond paragraph.', want: 'First paragraph.\n\nSecond paragraph.' },
  { rule: 'a blank line stops joining', raw: 'ends without a stop\n\ncontinues lower', want: 'ends without a stop\n\ncontinues lower' },
  { rule: 'leading and trailing blank lines go', raw: '\n\n  Text here.  \n\n\n', want: 'Text here.' },
  { rule: 'CRLF line ends work', raw: 'low back\r\npain.\r\nNext line.', want: 'low back pain.\nNext line.' },
  { rule: 'non-breaking spaces collapse', raw: 'pain\u00a0\u00a0rated 7/10', want: 'pain rated 7/10' },
  {
    rule: 'single-spaced text with one wide gap is not double spaced',
    raw: 'One line.\nTwo line.\n\n\nThree line.',
    want: 'One line.\nTwo line.\n\nThree line.',
  },
  {
    rule: 'double-spaced text: one blank line is a wrap, two are a paragraph',
    raw: 'The expert reviewer is board\n\ncertified in family practice\n\nand licensed in Arizona.\n\n \nCLINICAL CASE SUMMARY\n\n\nThe patient is 61. She\n\nslipped on a wet floor.',
    want: 'The expert reviewer is board certified in family practice and licensed in Arizona.\n\nCLINICAL CASE SUMMARY\n\nThe patient is 61. She slipped on a wet floor.',
  },
];

describe('normalizeText: line rules', () => {
  it.each(LINE_RULES)('$rule', ({ raw, want }) => {
    const pages = pagesOf([raw]);
    const n = normalizeText(pages);
    expect(n.text).toBe(want);
    expect(n.pageOffsets).toEqual([0]);
    expectExactSegments(pages, n);
    expect(renormalize(n).text).toBe(want);
  });
});

/** Multi-page cases: which lines survive. */
const FURNITURE: ReadonlyArray<{ rule: string; pages: string[]; want: string[] }> = [
  {
    rule: '"Page N of M" footers go on every page',
    pages: ['Body one.\n\nPage 1 of 2\n', 'Body two.\n\n        Page 2 of 2'],
    want: ['Body one.', 'Body two.'],
  },
  {
    rule: 'a footer with a page number inside goes',
    pages: ['Body one.\nMeridian Review | Ref MRS-16-0448 | Page 1 of 2', 'Body two.\nDWC Form PR-2 (Rev. 2015)      Page 2 of 2'],
    want: ['Body one.', 'Body two.'],
  },
  {
    rule: 'bare and dashed page numbers go',
    pages: ['Body one.\n\n- 1 -', 'Body two.\n\n2'],
    want: ['Body one.', 'Body two.'],
  },
  {
    rule: 'a running header on later pages goes; the first page keeps its copy',
    pages: [
      'ACME SPINE  RE: DOE, JANE  DOI 01/02/2015\nFirst page body.',
      'ACME SPINE  RE: DOE, JANE  DOI 01/02/2015\nSecond page body.',
      'ACME SPINE  RE: DOE, JANE  DOI 01/02/2015\nThird page body.',
    ],
    want: ['ACME SPINE RE: DOE, JANE DOI 01/02/2015\nFirst page body.', 'Second page body.', 'Third page body.'],
  },
  {
    rule: 'a repeated footer goes from every page, the first included',
    pages: ['Body one.\nConfidential medical record', 'Body two.\nConfidential medical record', 'Body three.\nConfidential medical record'],
    want: ['Body one.', 'Body two.', 'Body three.'],
  },
  {
    rule: 'a header whose date changes still matches',
    pages: ['LETTERHEAD\nBody one.', 'Printed 03/04/2015 by UR\nBody two.', 'Printed 03/05/2015 by UR\nBody three.'],
    want: ['LETTERHEAD\nBody one.', 'Body two.', 'Body three.'],
  },
  {
    rule: 'stacked header lines are peeled one by one',
    pages: ['Intro.', 'Final Determination Letter\nCase CM15-0143327\nBody two.', 'Final Determination Letter\nCase CM15-0143327\nBody three.'],
    want: ['Intro.', 'Body two.', 'Body three.'],
  },
  {
    rule: 'a case-number line repeated only on page 2 goes',
    pages: ['Case Number: CM14-0087412   Date: 06/02/2014\nSummary.', 'CM14-0087412\nDecision text.'],
    want: ['Case Number: CM14-0087412 Date: 06/02/2014\nSummary.', 'Decision text.'],
  },
  {
    rule: 'a "RE: NAME Claim #" line on page 2 goes',
    pages: ['Claim #: 05-4471-2281\nFirst page.', 'RE: ROE, RICHARD T.     Claim #: 05-4471-2281     DOI: 03/14/2012\nObjective findings (continued):'],
    want: ['Claim #: 05-4471-2281\nFirst page.', 'Objective findings (continued):'],
  },
  {
    rule: 'prose on page 2 mentioning the case number stays',
    pages: ['Case Number: CM14-0087412\nSummary.', 'the application CM14-0087412 was reviewed by the panel and found complete.\nMore.'],
    want: ['Case Number: CM14-0087412\nSummary.', 'the application CM14-0087412 was reviewed by the panel and found complete.\nMore.'],
  },
  {
    rule: 'different first lines are content and stay',
    pages: ['HISTORY:\nOne.', 'EXAMINATION:\nTwo.', 'PLAN:\nThree.'],
    want: ['HISTORY:\nOne.', 'EXAMINATION:\nTwo.', 'PLAN:\nThree.'],
  },
  {
    rule: 'a repeated line inside the page body stays',
    pages: ['Top one.\nTop two.\nTop three.\nTop four.\nRepeated inside.\nEnd one.', 'Other.\nOther two.\nOther three.\nOther four.\nRepeated inside.\nEnd two.'],
    want: ['Top one.\nTop two.\nTop three.\nTop four.\nRepeated inside.\nEnd one.', 'Other.\nOther two.\nOther three.\nOther four.\nRepeated inside.\nEnd two.'],
  },
  {
    rule: 'a line on only one page of three is not a header',
    pages: ['Body one.', 'Note 1.\nBody two.', 'Body three.'],
    want: ['Body one.', 'Note 1.\nBody two.', 'Body three.'],
  },
];

describe('normalizeText: headers and footers', () => {
  it.each(FURNITURE)('$rule', ({ pages: texts, want }) => {
    const pages = pagesOf(texts);
    const n = normalizeText(pages);
    const got = n.pageOffsets.map((s, i) => n.text.slice(s, n.pageOffsets[i + 1] ?? n.text.length).trim());
    expect(got).toEqual(want);
    expectExactSegments(pages, n);
    expect(renormalize(n).text).toBe(n.text);
  });
});

describe('normalizeText: duplicated pages', () => {
  it('keeps the prose of a report that appears twice in one file', () => {
    const src = readFileSync(join(import.meta.dirname, '../../fixtures/dev-corpus/rec-04.txt'), 'utf8').split('\f');
    const twice = pagesOf([src[0]!, src[1]!, src[0]!, src[1]!]);
    const once = normalizeText(pagesOf([src[0]!, src[1]!]));
    const n = normalizeText(twice);
    const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
    const firstPage = n.text.slice(0, n.pageOffsets[1]);
    // Only short lines at the page edges may go; the prose in between survives.
    expect(words(firstPage)).toBeGreaterThan(0.8 * words(once.text.slice(0, once.pageOffsets[1])));
    expect(renormalize(n).text).toBe(n.text);
  });
});

describe('normalizeText: pages', () => {
  it('separates pages by one blank line and records where each starts', () => {
    const n = normalizeText(pagesOf(['First page.\n', '\n\nSecond page.', 'Third page.']));
    expect(n.text).toBe('First page.\n\nSecond page.\n\nThird page.');
    expect(n.pageOffsets).toEqual([0, 13, 27]);
    expect(n.text.slice(n.pageOffsets[1], n.pageOffsets[1]! + 6)).toBe('Second');
  });

  it('gives an empty page an offset where the next page would start', () => {
    const n = normalizeText(pagesOf(['One.', '   \n', 'Three.']));
    expect(n.text).toBe('One.\n\nThree.');
    expect(n.pageOffsets).toEqual([0, 4, 6]);
  });

  it('starts at 0 even when the first page is empty', () => {
    const n = normalizeText(pagesOf(['', 'Two.']));
    expect(n.pageOffsets).toEqual([0, 0]);
    expect(n.text).toBe('Two.');
  });

  it('separates a sentence running on into the next page by one line break only', () => {
    const n = normalizeText(pagesOf(['The sentence ends here without a stop', 'and continues here.']));
    expect(n.text).toBe('The sentence ends here without a stop\nand continues here.');
    expect(n.pageOffsets).toEqual([0, 38]);
  });

  it('keeps a hyphen at a page end, with a single line break', () => {
    const n = normalizeText(pagesOf(['A right knee cortico-\n\nPage 1 of 2', 'steroid injection helped.\nPage 2 of 2']));
    expect(n.text).toBe('A right knee cortico-\nsteroid injection helped.');
    expect(n.text.slice(n.pageOffsets[1])).toBe('steroid injection helped.');
  });

  it('handles no pages', () => {
    expect(normalizeText([])).toEqual({ text: '', pageOffsets: [], segments: [] });
  });

  it('maps segments to the right page numbers', () => {
    const pages = pagesOf(['Alpha beta.', 'Gamma delta.']);
    const n = normalizeText(pages);
    expect(n.segments.map((s) => s.page)).toEqual([1, 2]);
    expectExactSegments(pages, n);
  });
});

describe('normalizeText: double spacing decided page by page', () => {
  it('joins the wrapped lines of a double-spaced page even when a later page is single spaced', () => {
    const pages = pagesOf([
      'CLINICAL CASE SUMMARY\n\n\nDiagnoses are right lateral epicondylitis, and rule out right\n\nC6 radiculopathy. The provider requested\n\nan injection.',
      'DECISION\nThe records also carry a rule-out\nof C6 radiculopathy; the request\nis medically necessary.',
    ]);
    const n = normalizeText(pages);
    expect(n.text).toContain('rule out right C6 radiculopathy. The provider requested an injection.');
    expect(n.text).toContain('DECISION\nThe records also carry a rule-out of C6 radiculopathy; the request is medically necessary.');
    expectExactSegments(pages, n);
    expect(renormalize(n).text).toBe(n.text);
  });
});
