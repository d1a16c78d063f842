/** CSV pieces of the bulk export: RFC 4180 quoting and the one-row-per-request rule. */
import { describe, expect, it } from 'vitest';
import { formatCsvRow } from '../../src/export/format-csv-row.js';
import { CSV_HEADER, toCsvRows } from '../../src/export/to-csv-rows.js';
import type { DecisionDocument } from '../../src/types/decision.js';
import { minimalFacts } from './minimal-facts.js';

describe('formatCsvRow', () => {
  it.each([
    [['a', 'b'], 'a,b\r\n'],
    [['a,b', 'c'], '"a,b",c\r\n'],
    [['say "hi"'], '"say ""hi"""\r\n'],
    [['two\nlines', ''], '"two\nlines",\r\n'],
    [['', '', ''], ',,\r\n'],
  ])('%j → %j', (cells, line) => {
    expect(formatCsvRow(cells)).toBe(line);
  });
});

describe('toCsvRows', () => {
  const decision: DecisionDocument = {
    schemaVersion: 1,
    documentId: 'a'.repeat(64),
    decisions: [{
      treatment: 'trigger point injection', guideline: null, outcome: 'criteria_not_met', rationale: 'r',
      criteria: [
        { id: 'no-radiculopathy', description: 'd', status: 'not_met', evidence: [] },
        { id: 'twitch', description: 'd', status: 'met', evidence: [] },
        { id: 'failed-care', description: 'd', status: 'not_met', evidence: [] },
      ],
    }],
  };

  it('one row per request with the decision outcome and unmet criteria joined by ;', () => {
    expect(toCsvRows(minimalFacts(), decision)).toEqual([[
      'a'.repeat(64), 'imr-0042.pdf', '35', 'female', '2013-01-09', 'lifting', 'trigger point injection', 'upheld', 'absent',
      'criteria_not_met', 'no-radiculopathy;failed-care',
    ]]);
  });

  it('a record without requests still gives one row, treatment columns empty; unknowns are empty cells', () => {
    const facts = minimalFacts({ requests: [], patient: { age: null, sex: null } });
    const rows = toCsvRows(facts, { ...decision, decisions: [] });
    expect(rows).toEqual([['a'.repeat(64), 'imr-0042.pdf', '', '', '2013-01-09', 'lifting', '', '', 'absent', '', '']]);
    expect(rows[0]).toHaveLength(CSV_HEADER.length);
  });
});
