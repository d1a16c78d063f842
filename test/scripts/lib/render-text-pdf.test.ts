import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { renderTextPdf, wrapLine } from '../../../scripts/lib/render-text-pdf.js';

/** Page texts as pdf-parse v2 reads them. */
async function readBack(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

/** Non-blank lines with whitespace runs collapsed: what a text layer can promise to keep. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('renderTextPdf', () => {
  it('makes one PDF page per form-feed page whose lines read back in order', async () => {
    const source = readFileSync(join(import.meta.dirname, '../../fixtures/dev-corpus/rec-04.txt'), 'utf8');
    const pages = source.split('\f');
    const got = await readBack(await renderTextPdf(source));
    expect(got).toHaveLength(pages.length);
    got.forEach((text, i) => expect(lines(text)).toEqual(lines(pages[i]!)));
  });

  it('is deterministic', async () => {
    const a = await renderTextPdf('Same text\fSecond page');
    const b = await renderTextPdf('Same text\fSecond page');
    expect(a.equals(b)).toBe(true);
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('keeps an empty page as a page', async () => {
    expect(await readBack(await renderTextPdf('One\f\fThree'))).toHaveLength(3);
  });

  it('wraps a line wider than the page at a space', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const got = lines((await readBack(await renderTextPdf(long)))[0]!);
    expect(got.length).toBeGreaterThan(1);
    expect(got.join(' ')).toBe(long);
  });

  it('keeps Latin-1 punctuation (curly quotes, bullets, degrees)', async () => {
    const text = '“quoted” • 5° § 1';
    expect(lines((await readBack(await renderTextPdf(text)))[0]!)).toEqual([text]);
  });
});

describe('wrapLine', () => {
  it.each([
    { line: 'short', columns: 10, want: ['short'] },
    { line: 'one two three', columns: 8, want: ['one two', 'three'] },
    { line: 'abcdefghij', columns: 4, want: ['abcd', 'efgh', 'ij'] },
    { line: 'trailing   ', columns: 8, want: ['trailing'] },
  ])('wraps "$line" at $columns columns', ({ line, columns, want }) => {
    expect(wrapLine(line, columns)).toEqual(want);
  });
});
