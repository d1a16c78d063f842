/**
 * Reading units: sentences, with a sentence that stops mid-phrase (no closing punctuation) joined
 * to the next when that one goes on in lower case or with a number. A blank line from OCR, double
 * spacing or a page break ("lateral bending 25 degrees" / "bilaterally.", "reports left" /
 * "shoulder pain 9/10") must not cut a fact in two.
 */
import type { SegmentedDocument, Sentence } from '../../../types/pipeline.js';

/** Most sentences joined into one reading unit. */
const MAX_JOIN = 3;

/** The document's sentences joined into reading units (see the file comment). */
export function joinBroken(doc: SegmentedDocument): Sentence[] {
  const out: Sentence[] = [];
  let joined = 0;
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    if (prev && joined < MAX_JOIN && prev.sectionIndex === s.sectionIndex && !/[.!?;:]\s*$/.test(prev.text) && /^[a-z0-9(]/.test(s.text)) {
      out[out.length - 1] = { ...prev, end: s.end, text: doc.text.slice(prev.start, s.end) };
      joined++;
    } else {
      out.push(s);
      joined = 1;
    }
  }
  return out;
}

