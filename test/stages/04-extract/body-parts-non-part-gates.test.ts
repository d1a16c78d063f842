import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nonPartSpansOf } from '../../../src/stages/04-extract/find-body-parts.js';
import { hoistWordBoundary } from '../../../src/text/hoist-word-boundary.js';
import { loadLexicons } from '../../../src/lexicons/load-lexicons.js';

describe('non-part phrases: only those whose words a text holds are scanned for', () => {
  const lexicons = loadLexicons();
  // every phrase in one alternation, as it was scanned before the gates
  const all = new RegExp(lexicons.bodyParts.nonParts.map((n) => `(?:${hoistWordBoundary(n.pattern)})`).join('|'), 'gi');
  const plain = (text: string): Array<[number, number]> => [...text.matchAll(all)].map((m) => [m.index, m.index + m[0].length]);

  it('finds the spans the whole alternation finds', () => {
    const texts = [
      'He used a hand truck and hurt his back.', 'Pain just above the left knee; back to work on Monday.', 'came back with back pain',
      'right-handed, hand dominant', 'FOOT PEDAL and foot pain', 'head of the department, head-on collision', 'back and forth',
      'left index finger side', 'chicken thighs at the plant', 'arm rest of the forklift arm', 'no phrase at all', '',
      'He fell back; back of the truck; in back of the van', 'shower head, nail heads', 'below his right elbow and wrist',
    ];
    for (const t of texts) expect(nonPartSpansOf(t, lexicons), t).toEqual(plain(t));
  });

  it('finds the spans the whole alternation finds in every sentence of the fixture records', () => {
    const fixtures = join(__dirname, '../../fixtures');
    for (const set of readdirSync(fixtures).filter((d) => d === 'dev-corpus' || d.startsWith('heldout'))) {
      for (const f of readdirSync(join(fixtures, set)).filter((x) => x.endsWith('.txt'))) {
        for (const line of readFileSync(join(fixtures, set, f), 'utf8').split(/(?<=[.;\n])/)) expect(nonPartSpansOf(line, lexicons), `${f}: ${line}`).toEqual(plain(line));
      }
    }
  });
});
