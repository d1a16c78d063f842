/**
 * Terocin combines methyl salicylate, capsaicin, menthol and lidocaine; the MTUS supports topical
 * lidocaine only as a patch (Chronic Pain: topical analgesics, p. 112), so a Terocin lotion is read
 * by its lidocaine.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/06-decide/decide.js';
import { loadGuidelines } from '../../../src/lexicons/load-guidelines.js';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';
import { extractFactsFromText } from '../../../src/pipeline.js';

describe('Terocin', () => {
  it('is a topical analgesic with lidocaine, not supported outside a patch', () => {
    const facts = extractFactsFromText('PR-2\nDate of injury: 01/02/2012\nDIAGNOSES:\n1. Cervical radiculopathy.\nPLAN:\n1. Terocin lotion 120 ml.\n', 'x.txt', loadLexicons());
    expect(facts.requests.map((r) => [r.treatment, r.drug])).toEqual([['topical analgesic', 'methyl salicylate/capsaicin/menthol/lidocaine']]);
    const d = decide(facts, loadGuidelines()).decisions[0]!;
    expect(d.criteria.find((c) => c.id === 'lidocaine-patch-form')?.status).toBe('not_met');
  });
});
