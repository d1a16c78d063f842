/**
 * A terse visit note keyed by lower-case labels ("pain: ...", "grip (Jamar, pos. II): ...",
 * "strength: ...") under a dated lead-in line: each label opens its own row, sentence and reading
 * unit; the rows' pain scores take the lead-in's date; a long wrapped line ending in a word does
 * not break before label-like words that go on its sentence.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/stages/02-normalize/normalize-text.js';
import { findExamFindings } from '../../../src/stages/04-extract/find-exam-findings.js';
import { findPainScores } from '../../../src/stages/04-extract/find-pain-scores.js';
import { pagesFromText } from '../../../src/pipeline.js';
import { docOf, lex } from '../../helpers/docs.js';

const NOTE = [
  'Objective:',
  'At the 03.01.22 visit -',
  '  pain: neck 4, R arm 7 (out of 10), arm worst at night',
  '  cervical ROM: flexion 40 deg, extension 30 deg (sends pain into the R arm), rotation R 55 deg /',
  '    L 70 deg',
  "  Spurling's: reproduces pain into the R ring and little fingers; L negative",
  '  grip (Jamar, pos. II): R 24 kg / L 46 kg',
  '  strength: finger abduction 4/5 R; FDP to the little finger 4/5 R; otherwise 5/5',
  '  reflexes: biceps, brachioradialis and triceps 2+ and symmetric',
  '',
].join('\n');

const lines = (text: string) => normalizeText(pagesFromText(text)).text.split('\n');

describe('lower-case label rows', () => {
  it('keep their lines; a deeper wrapped line still joins its row', () => {
    const out = lines(NOTE);
    expect(out).toContain('grip (Jamar, pos. II): R 24 kg / L 46 kg');
    expect(out).toContain('strength: finger abduction 4/5 R; FDP to the little finger 4/5 R; otherwise 5/5');
    expect(out).toContain('cervical ROM: flexion 40 deg, extension 30 deg (sends pain into the R arm), rotation R 55 deg / L 70 deg');
    expect(out).toContain('pain: neck 4, R arm 7 (out of 10), arm worst at night');
  });

  it('do not break a wrapped sentence after a long line or at prose with a full stop', () => {
    const prose = lines([
      'Treatment so far: he was fitted with a left ankle-foot orthosis (AFO) in late June; the AFO',
      'improved function: he can walk about a mile without tripping.',
      'Lumbar spine: Tenderness over the right L5-S1 paraspinal muscles and the right sciatic notch;',
      'no spasm. Range of motion: flexion 40 degrees.',
      '',
    ].join('\n'));
    expect(prose[0]).toBe('Treatment so far: he was fitted with a left ankle-foot orthosis (AFO) in late June; the AFO improved function: he can walk about a mile without tripping.');
    expect(prose[1]).toBe('Lumbar spine: Tenderness over the right L5-S1 paraspinal muscles and the right sciatic notch; no spasm. Range of motion: flexion 40 degrees.');
  });

  it('read each row as its own findings: the grip by side, the strength of its own row, the rotation of the neck', () => {
    const doc = docOf(NOTE);
    const found = findExamFindings(doc, lex, [], []).map((f) => [f.finding, f.bodyPart, f.side, f.qualifier, f.value]);
    expect(found).toContainEqual(['other', 'hand', 'right', 'grip strength', '24']);
    expect(found).toContainEqual(['other', 'hand', 'left', 'grip strength', '46']);
    expect(found).toContainEqual(['motor_strength', 'hand', 'right', 'intrinsics', '4/5']);
    expect(found).toContainEqual(['special_test', 'cervical spine', 'left', 'Spurling', 'negative']);
    expect(found).toContainEqual(['range_of_motion', 'cervical spine', 'right', 'rotation', 55]);
    expect(found.some(([, , , q]) => typeof q === 'string' && q.includes('grip and'))).toBe(false);
  });

  it("date the rows' pain scores by the lead-in line", () => {
    const scores = findPainScores(docOf(NOTE), lex).map((p) => [p.score, p.date]);
    expect(scores).toEqual([[4, '2022-03-01'], [7, '2022-03-01']]);
  });
});
