import { describe, expect, it } from 'vitest';
import { compileWordStartScan } from '../../src/text/word-start-scan.js';

type Hit = [number, number, string];

/** Each regex's own matches by matchAll, as [which, index, text] in the order the scans visit them. */
const viaMatchAll = (regexes: RegExp[], text: string): Hit[] =>
  regexes.flatMap((re, which) => [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m): Hit => [which, m.index, m[0]]));

function scanned(regexes: RegExp[], text: string): Hit[] {
  const out: Hit[] = [];
  compileWordStartScan(regexes).each(text, (which, m) => out.push([which, m.index, m[0]]));
  return out;
}

describe('compileWordStartScan', () => {
  const text = 'History of CTS; h/o L5 radiculopathy, no signs of infection. Rule out DVT. Prior wrist fracture, healed.\n'
    + 'No evidence for fracture; r/o tear; previous surgery, resolved. prehistory of nothing; unresolved; old-fashioned';

  it('finds what each regex\'s own exec loop finds when every regex opens with a word boundary', () => {
    const regexes = [
      /\b(?:history|hx|h\/o)\s+(?:of|significant for)\b|\bh\/o\b/gi,
      /\bno (?:\w+ )?(?:evidence|signs?)\s+(?:of|for)\b/gi,
      /\b(?:rule out|r\/o)\b/gi,
      /\b(?:prior|previous|remote|old|earlier)\b/gi,
      /\b(?:resolved|healed)\b/gi,
    ];
    const want = viaMatchAll(regexes, text);
    expect(want.length).toBeGreaterThan(10);
    expect(scanned(regexes, text)).toEqual(want);
  });

  it('falls back (same results) when a regex may match without a word boundary, or a branch lacks one', () => {
    const regexes = [/\bprior\b/gi, /history|\bold/gi, /solved/gi];
    expect(scanned(regexes.slice(0, 3), text)).toEqual(viaMatchAll(regexes.slice(0, 3), text));
    expect(scanned([/\bprior\b/gi, /\bhistory|old/gi], text)).toEqual(viaMatchAll([/\bprior\b/gi, /\bhistory|old/gi], text));
  });

  it('keeps group numbers apart and falls back for back-references', () => {
    const regexes = [/\b(no) (\w+)/gi, /\b(\w)\1/gi];
    expect(scanned(regexes, 'no way, see sso and ttop')).toEqual(viaMatchAll(regexes, 'no way, see sso and ttop'));
    const groups: string[] = [];
    compileWordStartScan([/\b(rule) (out)/gi, /\b(prior)/gi]).each(text, (_w, m) => groups.push(m.slice(1).join('+')));
    expect(groups).toEqual(['Rule+out', 'Prior']);
  });
});
