import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/stages/02-normalize/normalize-text.js';
import { toRawOffset } from '../../../src/stages/02-normalize/to-raw-offset.js';
import { pagesOf, pagesOfTxt } from './helpers.js';

describe('toRawOffset', () => {
  const pages = pagesOf(['Patient:   DOE, JANE\nlow back\npain rated 7/10.\n\nPage 1 of 2', 'RE: DOE\n\tparaspinal muscula-\nture spasm.']);
  const n = normalizeText(pages);

  it.each([
    { word: 'DOE', page: 1 },
    { word: 'pain', page: 1 },
    { word: '7/10', page: 1 },
    { word: 'paraspinal', page: 2 },
    { word: 'spasm', page: 2 },
  ])('maps "$word" to page $page where the raw text has it', ({ word, page }) => {
    const at = n.text.indexOf(word);
    const pos = toRawOffset(n, at);
    expect(pos?.page).toBe(page);
    const raw = pages[page - 1]!.text;
    expect(raw.slice(pos!.offset, pos!.offset + word.length)).toBe(word);
  });

  it('maps an exclusive end just past the raw source', () => {
    const start = n.text.indexOf('rated');
    const end = start + 'rated 7/10'.length;
    const a = toRawOffset(n, start)!;
    const b = toRawOffset(n, end)!;
    expect(pages[0]!.text.slice(a.offset, b.offset)).toBe('rated 7/10');
  });

  it('maps text made by joining lines across the joins', () => {
    const start = n.text.indexOf('low back pain');
    expect(n.text.slice(start, start + 13)).toBe('low back pain');
    const a = toRawOffset(n, start)!;
    const b = toRawOffset(n, start + 13)!;
    expect(pages[0]!.text.slice(a.offset, b.offset)).toBe('low back\npain');
  });

  it('maps a rejoined word to both raw halves', () => {
    const start = n.text.indexOf('musculature');
    const a = toRawOffset(n, start)!;
    const b = toRawOffset(n, start + 'musculature'.length)!;
    expect(a.page).toBe(2);
    expect(pages[1]!.text.slice(a.offset, b.offset)).toBe('muscula-\nture');
  });

  it('maps an inserted space to the end of the text before it', () => {
    const space = n.text.indexOf(' ', n.text.indexOf('Patient:'));
    expect(toRawOffset(n, space)).toEqual({ page: 1, offset: pages[0]!.text.indexOf(':') + 1 });
  });

  it('maps every character of a dev-corpus record onto an equal raw character', () => {
    const src = readFileSync(join(import.meta.dirname, '../../fixtures/dev-corpus/rec-04.txt'), 'utf8');
    const ps = pagesOfTxt(src);
    const m = normalizeText(ps);
    for (const seg of m.segments) {
      for (const o of [seg.start, seg.start + Math.floor(seg.length / 2), seg.start + seg.length - 1]) {
        const pos = toRawOffset(m, o)!;
        expect(ps[pos.page - 1]!.text[pos.offset]).toBe(m.text[o]);
      }
    }
  });

  it('returns null for an empty text', () => {
    expect(toRawOffset(normalizeText([]), 0)).toBeNull();
  });
});
