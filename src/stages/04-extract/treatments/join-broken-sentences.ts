/**
 * Sentences as the treatment readers need them: a sentence cut mid-clause (it ends on a
 * lower-case word or a comma and the next one, in the same section, starts in lower case or with
 * a parenthesis, as at a line break with trailing spaces or in double-spaced OCR text) is joined
 * to the next.
 */
import type { SegmentedDocument, Sentence } from '../../../types/pipeline.js';

/** Results per document object (documents are immutable): the request and prior-treatment readers both ask. */
const byDocument = new WeakMap<SegmentedDocument, readonly Sentence[]>();

/** The document's sentences with mid-clause cuts mended (found once per document; callers must not mutate them). */
export function joinBrokenSentences(doc: SegmentedDocument): readonly Sentence[] {
  let found = byDocument.get(doc);
  if (!found) byDocument.set(doc, (found = Object.freeze(join(doc))));
  return found;
}

function join(doc: SegmentedDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const last = out[out.length - 1];
    if (last && last.sectionIndex === s.sectionIndex && /[a-z,]/.test(last.text.trimEnd().slice(-1)) && /[a-z(]/.test(s.text.trimStart().charAt(0))) {
      out[out.length - 1] = { ...last, end: s.end, text: doc.text.slice(last.start, s.end) };
    } else out.push(s);
  }
  return out;
}
