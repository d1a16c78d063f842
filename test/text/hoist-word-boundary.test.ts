import { describe, expect, it } from 'vitest';
import { hoistWordBoundary, topLevelBranches } from '../../src/text/hoist-word-boundary.js';

describe('topLevelBranches', () => {
  it('splits only at bars outside groups and classes', () => {
    expect(topLevelBranches('\\ba(b|c)|[|x]d|\\|e|f')).toEqual(['\\ba(b|c)', '[|x]d', '\\|e', 'f']);
    expect(topLevelBranches('abc')).toEqual(['abc']);
  });
});

describe('hoistWordBoundary', () => {
  it('writes a boundary that opens every branch once in front', () => {
    expect(hoistWordBoundary('\\b(injur|hurt)|\\bfelt\\s+(a|an)\\b|\\blanded\\b')).toBe('\\b(?:(injur|hurt)|felt\\s+(a|an)\\b|landed\\b)');
  });

  it('leaves other sources alone', () => {
    for (const src of ['\\bone\\b', '\\ba|b', 'a|\\bb', '\\\\b|\\bc', '\\Ba|\\Bb', '(?:\\ba|\\bb)']) expect(hoistWordBoundary(src)).toBe(src);
  });

  it('matches what the source matches, with the same groups', () => {
    const src = '\\b(injur|hurt|f[ae]ll)|\\b(feet|foot)\\s+(slid|went)\\s+out\\b|\\blanded\\s+(?:\\w+\\s+)?on\\b|\\bnon-?industrial\\b';
    const text = 'He fell; his feet went out. She landed hard on it. Non-industrial injury, unhurt, landed on. xfell';
    const all = (re: RegExp): string[][] => [...text.matchAll(re)].map((m) => [String(m.index), ...m.map((g) => g ?? '-')]);
    expect(all(new RegExp(hoistWordBoundary(src), 'gi'))).toEqual(all(new RegExp(src, 'gi')));
  });
});
