import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { segmentDocument } from '../../../src/stages/03-segment/segment-document.js';
import { findDates } from '../../../src/stages/04-extract/find-dates.js';
import { findDocumentDates } from '../../../src/stages/04-extract/find-document-dates.js';

describe('findDocumentDates', () => {
  const lexicons = loadLexicons();
  const text = 'Date of injury: 01/09/2013.\nSeen on March 4, 2014 and 4/2014; MRI 2014-05-06.';

  it('finds what findDates finds in the whole text', () => {
    expect(findDocumentDates(segmentDocument(text, lexicons), lexicons)).toEqual(findDates(text, lexicons));
  });

  it('reads a document once, and each document on its own', () => {
    const doc = segmentDocument(text, lexicons);
    expect(findDocumentDates(doc, lexicons)).toBe(findDocumentDates(doc, lexicons));
    const other = segmentDocument('Injured 02/03/2015.', lexicons);
    expect(findDocumentDates(other, lexicons).map((d) => d.iso)).toEqual(['2015-02-03']);
  });
});
