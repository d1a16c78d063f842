/**
 * A diagnosis code in parentheses ends its list item: "without" before it does not reach the next
 * diagnosis, while ", resolved" after it still reaches back to the diagnosis it follows.
 */
import { describe, expect, it } from 'vitest';
import { findDiagnoses } from '../../../src/stages/04-extract/find-diagnoses.js';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

const dx = (text: string) => findDiagnoses(docOf(text), lex).map((d) => [d.icd10, d.assertion]);

describe('a parenthesized ICD-10 code closes its list item', () => {
  it('stops a "without" scope at the code', () => {
    expect(dx('Diagnoses were cervical spondylosis without myelopathy or radiculopathy (M47.812), cervical sprain (S13.4XXD) and hypertension, non-industrial (I10).'))
      .toEqual([['M47.812', 'present'], ['S13.4XXD', 'present'], ['I10', 'present']]);
  });
  it('lets ", resolved" after the code reach back to its diagnosis', () => {
    expect(dx('DIAGNOSES:\n1. Lumbar radiculopathy (M54.16), resolved\n2. Lumbar disc displacement (M51.26)')).toEqual([['M54.16', 'historical'], ['M51.26', 'present']]);
  });
});

describe('a cue after the code still reaches back past it', () => {
  it('reads "radiculopathy (M54.16) has resolved" as historical', () => {
    expect(findRadiculopathy(docOf('The left L5 radiculopathy (M54.16) has resolved since the discectomy.'), lex).mentions[0]?.assertion).toBe('historical');
  });
});
