import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessTextLayer, measureTextLayer } from '../../../src/stages/01-ingest/assess-text-layer.js';

/** Caesar-shifts letters by 3, which is what a font with an offset encoding produces. */
const shift = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 3) % 26) + base);
  });

const PROSE =
  'The injured worker is a 46 year old male who injured his low back on 3/4/12 while lifting a case of water. ' +
  'On examination lumbar flexion is 50 degrees and straight leg raise is negative bilaterally.';
const ABBREVIATIONS =
  'BP 120/80, HR 72, RR 16. PT 2x/wk x 6 wks. ROM: flex 70, ext 15. SLR neg. DTRs 2+ sym. Dx: M62.830; M54.5. ' +
  'Rx: naproxen 550 mg BID, cyclobenzaprine 7.5 mg QHS. F/U 4 wks. TPI L PSP x4 on 1/15/14.';

describe('assessTextLayer', () => {
  it.each([
    ['clinical prose', PROSE, 'text'],
    ['abbreviation-heavy note', ABBREVIATIONS, 'text'],
    ['table of values', 'Date\tTest\tResult\n1/9/13\tALT\t32 U/L\n1/9/13\tAST\t28 U/L\n2/1/13\tCreatinine\t0.9 mg/dL', 'text'],
    ['blank page', ' \n\n \t ', 'empty'],
    ['stamped page number over a scan', 'Page 2 of 4', 'empty'],
    ['fax banner only', '01/09/2013 10:41 FAX 555', 'empty'],
    ['(cid:N) runs', '(cid:3)(cid:4)(cid:5)(cid:6) (cid:7)(cid:8)(cid:9) (cid:10)(cid:11)(cid:12)(cid:13)(cid:14) ok', 'garbled'],
    ['(cid:N) mixed into words', `${PROSE.slice(0, 60)} (cid:71)(cid:72)(cid:73)(cid:74)(cid:75)(cid:76)(cid:77)(cid:78)(cid:79)(cid:80)(cid:81)(cid:82)`, 'garbled'],
    ['private-use glyph ids', '\uE001\uE002\uE003 \uE004\uE005 \uE006\uE007\uE008\uE009 words here and there to pad it out', 'garbled'],
    ['replacement characters', 'The pa\uFFFD\uFFFDent \uFFFD\uFFFDs \uFFFD\uFFFD\uFFFD pain \uFFFD\uFFFD\uFFFD\uFFFD in the low back and more text', 'garbled'],
    ['symbol soup', '#$%& \'()* +,-./ :;<=> ?@[\\] ^_`{| }~!" #$%& \'()* +,-./ :;<=> ?@[\\] ^_`{| }~!" 1a2b3c4d5e6f7g8h9i', 'garbled'],
    ['shifted encoding', shift(PROSE), 'garbled'],
  ])('%s → %s', (_name, text, expected) => {
    expect(assessTextLayer(text)).toBe(expected);
  });

  it('counts cid glyphs and word-shaped tokens', () => {
    const s = measureTextLayer('left (cid:12)(cid:13) shoulder 9/10');
    expect(s.cidChars).toBe('(cid:12)(cid:13)'.length);
    expect(s.tokens).toBe(4);
    expect(s.wordShaped).toBe(3);
  });
});

describe('assessTextLayer on the dev corpus', () => {
  const dir = fileURLToPath(new URL('../../fixtures/dev-corpus/', import.meta.url));
  const files = readdirSync(dir).filter((n) => n.endsWith('.txt'));

  it('calls every real page with text "text"', () => {
    expect(files.length).toBeGreaterThan(0);
    const misjudged = files.flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\f')
        .map((page, i) => ({ where: `${name}#${i + 1}`, page }))
        .filter(({ page }) => measureTextLayer(page).alnumChars >= 24 && assessTextLayer(page) !== 'text')
        .map(({ where }) => where),
    );
    expect(misjudged).toEqual([]);
  });
});

/** The measures written the obvious way, one regex each: what the one-pass counter must equal. */
function measureByRegex(text: string): ReturnType<typeof measureTextLayer> {
  const wordShaped = /^[\p{P}\p{S}]{0,3}(?:\p{L}[\p{L}\p{M}'’.-]*|\p{N}[\p{N}.,:/%-]*|\p{L}+\p{N}[\p{L}\p{N}.-]*|\p{N}+\p{L}[\p{L}\p{N}.-]*)[\p{P}\p{S}]{0,3}$/u;
  const visible = text.replace(/\s+/g, '');
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  return {
    visibleChars: visible.length,
    alnumChars: (visible.match(/[\p{L}\p{N}]/gu) ?? []).length,
    cidChars: (text.match(/\(cid:\d+\)/g) ?? []).join('').length,
    junkChars: (text.match(/[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]/gu) ?? []).length,
    tokens: tokens.length,
    wordShaped: tokens.filter((t) => !t.includes('(cid:') && wordShaped.test(t)).length,
    latinLetters: (visible.match(/[a-z]/g) ?? []).length,
    vowels: (visible.match(/[aeiouy]/g) ?? []).length,
  };
}

describe('measureTextLayer counts exactly what the regex definitions count', () => {
  it.each([
    ['empty', ''],
    ['clinical prose', PROSE],
    ['abbreviations', ABBREVIATIONS],
    ['cid runs', 'left (cid:12)(cid:13) shoulder 9/10 (cid:7)x'],
    ['non-ASCII letters, digits and spaces', 'Café\u00a0naïve ١٢٣ 𝐀𝐁𝐂 \u2003résumé\u3000 Ωmega 𝟙𝟚 \uFEFFend'],
    ['junk and lone surrogates', '\uE001\uE002 \uFFFD a\u0001b \uD800 x\uDC00y \uD83D'],
    ['symbols and quotes', "‘quoted’ «guillemets» —dash— it's 3.5% (a) [b] {c} #1 @x 10:30 1/2"],
  ])('%s', (_name, text) => {
    expect(measureTextLayer(text)).toEqual(measureByRegex(text));
  });

  it('on random mixes of ASCII, punctuation, spaces and non-ASCII characters', () => {
    const alphabet = ['a', 'e', 'y', 'Q', 'z', '7', '0', ' ', '\n', '\t', '.', '-', "'", '(', ')', ':', '/', '%', '(cid:', '\uE000', '\uFFFD', '\u0002', 'é', '\u0301', '٣', '𝐀', '\u00a0', '\u2028', '—', '’', '\uD800'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('');
      expect(measureTextLayer(text), JSON.stringify(text)).toEqual(measureByRegex(text));
    }
  });

  it('on every dev-corpus page', () => {
    const dir = fileURLToPath(new URL('../../fixtures/dev-corpus/', import.meta.url));
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const page of readFileSync(join(dir, name), 'utf8').split('\f')) expect(measureTextLayer(page)).toEqual(measureByRegex(page));
    }
  });
});
