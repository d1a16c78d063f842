import { describe, expect, it } from 'vitest';
import { docOf } from '../../helpers/docs.js';

const sentences = (text: string) => docOf(text).sentences.map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['abbreviations', 'Seen by Dr. Smith today. Pain is better.', ['Seen by Dr. Smith today.', 'Pain is better.']],
    ['dates and scores', 'On 8/20/14 pain was 9/10. It improved.', ['On 8/20/14 pain was 9/10.', 'It improved.']],
    ['spinal levels', 'Disc bulge at L4-5 and C5-C6. No stenosis.', ['Disc bulge at L4-5 and C5-C6.', 'No stenosis.']],
    ['decimals', 'Creatinine 1.2 today. Stable.', ['Creatinine 1.2 today.', 'Stable.']],
    ['initials', 'Signed J. R. Smith, M.D. on file. Next.', ['Signed J. R. Smith, M.D. on file.', 'Next.']],
    ['missing space after period', 'not recommended with radiculopathy.The notes reflect pain.', ['not recommended with radiculopathy.', 'The notes reflect pain.']],
    ['numbered list', 'PLAN:\n1. Physical therapy x 6\n2. Naproxen 550 mg', ['PLAN:', '1. Physical therapy x 6', '2. Naproxen 550 mg']],
    ['label lines', 'Date of Injury: 03/04/2012\nOccupation: clerk', ['Date of Injury: 03/04/2012', 'Occupation: clerk']],
    ['bullets', 'Findings:\n- tender paraspinals\n- SLR negative', ['Findings:', '- tender paraspinals', '- SLR negative']],
    ['a unit written after its number, then a capitalised word', 'Walked up 3 flights of stairs, ~15 min. That evening ache.', ['Walked up 3 flights of stairs, ~15 min.', 'That evening ache.']],
    ['a unit written after its number, mid-sentence', 'Walks 20 min. daily and 5 min. at night.', ['Walks 20 min. daily and 5 min. at night.']],
    ['a title before a name is no end', 'Seen by Dr. Smith. Better.', ['Seen by Dr. Smith.', 'Better.']],
    ['a period inside closing quotes', 'Wife noticed it "sticking out." Today: ache 4/10.', ['Wife noticed it "sticking out."', 'Today: ache 4/10.']],
    ['a period inside quotes mid-sentence', 'He called it "the usual." and left.', ['He called it "the usual." and left.']],
  ])('%s', (_label, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps a wrapped line inside one sentence', () => {
    const got = sentences('The patient reports pain in the\nMTUS sense only. Done.').map((t) => t.replace(/\s+/g, ' '));
    expect(got).toEqual(['The patient reports pain in the MTUS sense only.', 'Done.']);
  });

  it('keeps a sentence whole across a blank line OCR left inside it, but not across a real paragraph break', () => {
    const got = sentences('Visits are allowed for neuralgia, neuritis or\n\nradiculitis. He improved.\n\nHEADING\n\nlower case text.\n\nA paragraph ends\n\nAnother starts.').map((t) => t.replace(/\s+/g, ' '));
    expect(got).toEqual(['Visits are allowed for neuralgia, neuritis or radiculitis.', 'He improved.', 'HEADING', 'lower case text.', 'A paragraph ends', 'Another starts.']);
  });

  it('ends a list item before a flush-left sentence under it, but not when the item line is left open', () => {
    const got = sentences('Impression:\n1. Trapezius strain\n2. Lateral epicondylitis, right\nElbow x-rays showed no fracture. Improving.\n3. Wrist tendinitis confirmed by\nUltrasound today.').map((t) => t.replace(/\s+/g, ' '));
    expect(got).toEqual(['Impression:', '1. Trapezius strain', '2. Lateral epicondylitis, right', 'Elbow x-rays showed no fracture.', 'Improving.', '3. Wrist tendinitis confirmed by Ultrasound today.']);
  });

  it('every sentence slices exactly out of the document text', () => {
    const doc = docOf('CLINICAL CASE SUMMARY\nA 35 year old. Pain 9/10.\fPage two text. More.');
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });
});
