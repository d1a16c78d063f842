/** The DocumentReference for the source record every other resource was read from. */
import type { DocumentInfo } from '../../types/facts.js';
import type { DocumentReferenceResource, Reference } from './fhir-types.js';
import { EXTENSIONS, SYSTEMS } from './fhir-urls.js';

/** RFC 6920 name of a sha256 digest: `ni:///sha-256;<base64url>`. */
function niName(sha256Hex: string): string {
  return `ni:///sha-256;${Buffer.from(sha256Hex, 'hex').toString('base64url')}`;
}

/**
 * The source document by its sha256 (as masterIdentifier, an RFC 6920 URI, and as a plain hex
 * identifier), its kind as `type`, page and OCR page counts as extensions. The hash is not put in
 * `attachment.hash`, which R4 defines as SHA-1. No document text is included.
 */
export function toDocumentReference(doc: DocumentInfo, id: string, patient: Reference): DocumentReferenceResource {
  // the facts do not record the sniffed file type, so the name's extension is the only hint; no guess without one
  const name = doc.fileName.toLowerCase();
  const contentType = name.endsWith('.pdf') ? 'application/pdf' : name.endsWith('.txt') ? 'text/plain' : null;
  return {
    resourceType: 'DocumentReference',
    id,
    extension: [
      { url: EXTENSIONS.pageCount, valueInteger: doc.pageCount },
      { url: EXTENSIONS.ocrPageCount, valueInteger: doc.ocrPages.length },
    ],
    masterIdentifier: { system: SYSTEMS.uri, value: niName(doc.id) },
    identifier: [{ system: SYSTEMS.documentSha256, value: doc.id }],
    status: 'current',
    docStatus: 'final',
    type: { coding: [{ system: SYSTEMS.documentKind, code: doc.kind }], text: doc.kind.replace(/_/g, ' ') },
    subject: patient,
    content: [{ attachment: { ...(contentType ? { contentType } : {}), title: doc.fileName } }],
  };
}
