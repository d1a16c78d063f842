import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineStartMatcher } from '../../src/text/line-start-matcher.js';

/** Every match of a global regex from `lastIndex = 0`, as [index, text]. */
function globalMatches(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function lineStartMatches(re: RegExp, text: string): Array<[number, string]> {
  const exec = lineStartMatcher(re)!;
  const out: Array<[number, string]> = [];
  for (let m = exec(text, 0); m; m = exec(text, m.index + Math.max(1, m[0].length))) out.push([m.index, m[0]]);
  return out;
}

describe('lineStartMatcher', () => {
  it('declines patterns not anchored at every line start', () => {
    expect(lineStartMatcher(/^a|b/gm)).toBeNull(); // top-level alternative
    expect(lineStartMatcher(/^a/g)).toBeNull(); // not multiline: ^ is the text start only
    expect(lineStartMatcher(/a^/gm)).toBeNull();
    expect(lineStartMatcher(/(?:^)a/gm)).toBeNull(); // not a plain leading ^: left to the global search
    expect(lineStartMatcher(/^(?:a|b)[|]\|/gm)).not.toBeNull(); // "|" inside a group, a class or escaped
  });

  it('finds what the global search finds, empty matches and every line terminator included', () => {
    const text = 'Plan:\n1. PT x 6\r\n2. TENS\u2028Requested treatment: ESI\u2029\n  ITEM 2: MRI\n\nYes\n';
    const patterns = [/^[ \t]*\d+\.[ \t]+(?<item>[^\n]+)/gim, /^/gm, /^[ \t]*/gm, /^(?:yes|no)\b/gim, /^$/gm, /^[ \t]*(?:ITEM|Requested)\b[^\n]*/gimd];
    for (const re of patterns) expect(lineStartMatches(re, text)).toEqual(globalMatches(re, text));
  });

  it('agrees with the global search for the line-anchored treatment cues on the dev corpus', () => {
    const cues = JSON.parse(readFileSync('lexicons/treatment-cues.json', 'utf8')) as { entries: Array<{ pattern: string }> };
    const dir = 'test/fixtures/dev-corpus';
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    let anchored = 0;
    for (const { pattern } of cues.entries) {
      const re = new RegExp(pattern, 'gim');
      if (!lineStartMatcher(re)) continue;
      anchored++;
      for (const t of texts) expect(lineStartMatches(re, t)).toEqual(globalMatches(re, t));
    }
    expect(anchored).toBeGreaterThan(10);
  });
});
