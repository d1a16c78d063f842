/** Evidence as a FHIR complex extension, so a reviewer can find the span a resource came from. */
import type { Evidence } from '../../types/facts.js';
import type { Extension } from './fhir-types.js';
import { EXTENSIONS } from './fhir-urls.js';

/**
 * `page`, `start`, `end` (offsets into the facts document's `document.text`), `section` when known,
 * and `quote` (the evidence text) unless `withQuote` is false: the Patient's evidence is exported
 * without its quote, since the sentence that states age and sex may also carry a name.
 */
export function evidenceExtension(evidence: Evidence, withQuote = true): Extension {
  const parts: Extension[] = [
    { url: 'page', valueInteger: evidence.page },
    { url: 'start', valueInteger: evidence.start },
    { url: 'end', valueInteger: evidence.end },
  ];
  if (evidence.section !== null) parts.push({ url: 'section', valueCode: evidence.section });
  if (withQuote && evidence.text !== '') parts.push({ url: 'quote', valueString: evidence.text });
  return { url: EXTENSIONS.evidence, extension: parts };
}
