/** Deterministic resource ids: the same document always exports the same ids. */
import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id from the document's sha256, the fact family and the fact's index in its array
 * (`resourceId(doc, 'diagnosis', 2)`). Hashing rather than random UUIDs makes exports
 * reproducible and diffable; the version nibble is 8 (RFC 9562 custom) because the layout is ours.
 */
export function resourceId(documentId: string, family: string, index: number): string {
  const h = createHash('sha256').update(`${documentId}:${family}:${index}`, 'utf8').digest('hex');
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
