/**
 * A named sign said to be absent with no result of its own ("No Hoffmann sign", "Romberg negative
 * and no pronator drift") is a negated test; "without a twitch response" and "No supraspinatus or
 * infraspinatus atrophy" are absent signs; "no Trendelenburg lurch" is a gait word, not the test.
 */
import { describe, expect, it } from 'vitest';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { docOf, lex } from '../../helpers/docs.js';

const read = (exam: string) => findExamFindings(docOf(`PHYSICAL EXAMINATION:\n${exam}\n`), lex)
  .map((f) => [f.finding, f.qualifier, f.value, f.assertion]);

describe('exam: named signs said to be absent', () => {
  it('negates a named sign with no result after "no"', () => {
    expect(read('Biceps reflexes 2+ and symmetric. No Hoffmann sign.')).toContainEqual(['special_test', 'Hoffmann', 'negative', 'negated']);
    const both = read('Romberg negative and no pronator drift.');
    expect(both).toContainEqual(['special_test', 'Romberg', 'negative', 'present']);
    expect(both).toContainEqual(['special_test', 'pronator drift', 'negative', 'negated']);
  });

  it('negates a sign after an article or a muscle named with "no"', () => {
    expect(read('Trigger points in the bilateral upper trapezius without a twitch response.').find((f) => f[0] === 'twitch_response')?.[3]).toBe('negated');
    expect(read('No supraspinatus or infraspinatus atrophy.').find((f) => f[0] === 'atrophy')?.[3]).toBe('negated');
  });

  it('reads no test in a Trendelenburg lurch', () => {
    expect(read('Gait mildly antalgic on the L, no Trendelenburg lurch.').filter((f) => f[0] === 'special_test')).toEqual([]);
  });
});
