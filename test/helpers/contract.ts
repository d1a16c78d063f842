/**
 * Contract checks for emitted documents, independent of ../shared so the suite runs from a
 * clone alone: the zod schema, plus every evidence span slicing exactly and naming its page.
 */
import { expect } from 'vitest';
import { factsDocumentSchema, type Evidence, type FactsDocument } from '../../src/types/facts.js';
import { decisionDocumentSchema } from '../../src/types/decision.js';

function* evidences(x: unknown, key = ''): Generator<Evidence> {
  if (Array.isArray(x)) for (const y of x) yield* evidences(y, key);
  else if (x && typeof x === 'object') {
    if (key === 'evidence' || key === 'determinationEvidence' || key === 'mechanismEvidence') {
      yield x as Evidence;
      return;
    }
    for (const [k, v] of Object.entries(x)) if (k !== 'document') yield* evidences(v, k);
  }
}

/** Problems with a facts document (empty when it honours the contract). */
export function factsProblems(doc: unknown, decision?: unknown): string[] {
  const out: string[] = [];
  const parsed = factsDocumentSchema.safeParse(doc);
  if (!parsed.success) out.push(...parsed.error.issues.map((i) => `schema ${i.path.join('.')}: ${i.message}`));
  const d = doc as FactsDocument;
  const text = d.document?.text ?? '';
  const offs = d.document?.pageOffsets ?? [];
  if (offs.length !== d.document?.pageCount || offs[0] !== 0) out.push('pageOffsets do not match pageCount');
  for (const src of [doc, decision]) {
    for (const e of evidences(src)) {
      if (text.slice(e.start, e.end) !== e.text) out.push(`evidence ${e.start}-${e.end} does not slice to its text`);
      const page = offs.filter((o) => o <= e.start).length;
      if (page !== e.page) out.push(`evidence at ${e.start} says page ${e.page}, is on page ${page}`);
    }
  }
  if (decision !== undefined) {
    const p = decisionDocumentSchema.safeParse(decision);
    if (!p.success) out.push(...p.error.issues.map((i) => `decision schema ${i.path.join('.')}: ${i.message}`));
  }
  return out;
}

export function expectContract(doc: unknown, decision?: unknown): void {
  expect(factsProblems(doc, decision)).toEqual([]);
}
