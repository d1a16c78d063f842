/**
 * The date mentions of a whole document, found once per document: event dates and the pain-score
 * visit date both read every date of the text.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { SegmentedDocument } from '../../types/pipeline.js';
import { findDates, type DateMention } from './find-dates.js';

const byDocument = new WeakMap<SegmentedDocument, { lex: Lexicons['dateRoles']; found: readonly DateMention[] }>();

/** `findDates(doc.text, lexicons)`, cached per document object (documents are immutable). */
export function findDocumentDates(doc: SegmentedDocument, lexicons: Pick<Lexicons, 'dateRoles'>): readonly DateMention[] {
  const hit = byDocument.get(doc);
  if (hit && hit.lex === lexicons.dateRoles) return hit.found;
  const found = Object.freeze(findDates(doc.text, lexicons));
  byDocument.set(doc, { lex: lexicons.dateRoles, found });
  return found;
}
