/** "a rule-out of X" and "the possibility of X" raise X without establishing it. */
import { describe, expect, it } from 'vitest';
import { findRadiculopathy } from '../../../src/stages/04-extract/find-radiculopathy.js';
import { docOf, lex } from '../../helpers/docs.js';

describe('ConText: a rule-out and a possibility as nouns', () => {
  it.each([
    'The records also carry a rule-out of C6 radiculopathy.',
    'The possibility of a cervical radicular contribution has not been investigated.',
  ])('%s', (sentence) => {
    const r = findRadiculopathy(docOf(`CLINICAL CASE SUMMARY\n${sentence}\n`), lex);
    expect(r.mentions.map((m) => m.assertion)).toEqual(['hypothetical']);
    expect(r.status).toBe('possible');
  });
});
