/** Care after an operation that names no body part is for the part of the operation requested with it. */
import { describe, expect, it } from 'vitest';
import { findRequests } from '../../../src/stages/04-extract/find-requests.js';
import { docOf, lex } from '../../helpers/docs.js';

const parts = (text: string) => findRequests(docOf(text), lex).map((r) => [r.treatment, r.bodyPart]);

describe('requests: post-operative care takes the operation\'s part', () => {
  it('"eight sessions of post-operative occupational therapy" beside a carpal tunnel release is for the wrist', () => {
    expect(parts('TREATMENT PLAN:\n1. Right carpal tunnel release.\n2. Eight sessions of post-operative occupational therapy.\n')).toEqual([
      ['surgery', 'wrist'], ['occupational therapy', 'wrist'],
    ]);
  });
  it('therapy that does not say it follows the operation keeps no part', () => {
    expect(parts('TREATMENT PLAN:\n1. Right carpal tunnel release.\n2. Physical therapy, 6 visits.\n')).toContainEqual(['physical therapy', null]);
  });
  it('operations on two parts give their care no part', () => {
    expect(parts('TREATMENT PLAN:\n1. Right carpal tunnel release.\n2. Left knee arthroscopy.\n3. Post-operative physical therapy, 12 visits.\n')).toContainEqual(['physical therapy', null]);
  });
});
