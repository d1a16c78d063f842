/** `chartfacts schema`: the JSON Schema of the facts (or decision) document, from the zod types. */
import { z } from 'zod';
import { factsDocumentSchema } from '../types/facts.js';
import { decisionDocumentSchema } from '../types/decision.js';

/** JSON Schema (draft 2020-12) of the facts document, or of the decision document. */
export function jsonSchemaOf(which: 'facts' | 'decision'): Record<string, unknown> {
  const schema = which === 'facts' ? factsDocumentSchema : decisionDocumentSchema;
  return {
    $id: `https://chartfacts.local/schema/${which}-v1.json`,
    title: which === 'facts' ? 'chartfacts facts document v1' : 'chartfacts decision document v1',
    ...z.toJSONSchema(schema, { io: 'output' }),
  } as Record<string, unknown>;
}
