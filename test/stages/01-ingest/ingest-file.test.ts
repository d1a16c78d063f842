import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ChartfactsError } from '../../../src/errors/chartfacts-error.js';
import { ingestBuffer, ingestFile, shutdownIngest } from '../../../src/stages/01-ingest/ingest-file.js';
import { onePagePdf } from '../../fixtures/ingest/build-pdf.js';

const samples = fileURLToPath(new URL('../../../samples/', import.meta.url));
const sample = (name: string): string => join(samples, name);

/** Text-only tests: OCR off so nothing here starts tesseract (ocr.test.ts covers it). */
const NO_OCR = { ocr: false, ocrWorkers: 1 } as const;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ChartfactsError);
    return (err as ChartfactsError).code;
  }
  return 'no error';
}

const BODY = [
  'The injured worker is a 35 year old female with neck and low back pain.',
  'Examination shows restricted lumbar range of motion with flexion to 70 degrees.',
];

afterAll(async () => {
  await shutdownIngest();
});

describe('ingestFile on the text-layer sample', () => {
  it('reads three text pages matching the .txt source', async () => {
    const result = await ingestFile(sample('imr-trigger-point.pdf'), NO_OCR);
    const source = (await import('node:fs')).readFileSync(sample('imr-trigger-point.txt'), 'utf8').split('\f');
    expect(result.pages.map((p) => [p.page, p.source])).toEqual([[1, 'text'], [2, 'text'], [3, 'text']]);
    const words = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');
    result.pages.forEach((p, i) => expect(words(p.text)).toBe(words(source[i] ?? '')));
    expect(result.id).toMatch(/^[0-9a-f]{64}$/);
    expect(result.fileName).toBe('imr-trigger-point.pdf');
    expect(result.warnings).toEqual([]);
  });

  it('gives the same id for the same bytes whatever the name', async () => {
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(sample('imr-trigger-point.pdf'));
    const a = await ingestBuffer(bytes, 'a.pdf', NO_OCR);
    const b = await ingestBuffer(bytes, 'b.bin', NO_OCR);
    expect(a.id).toBe(b.id);
    expect(b.fileName).toBe('b.bin');
  });
});

describe('ingestFile on .txt', () => {
  it('splits on form feeds and keeps raw text', async () => {
    const result = await ingestFile(sample('imr-trigger-point.txt'), NO_OCR);
    const raw = (await import('node:fs')).readFileSync(sample('imr-trigger-point.txt'), 'utf8');
    expect(result.pages.map((p) => p.text).join('\f')).toBe(raw);
    expect(result.pages.every((p) => p.source === 'text')).toBe(true);
  });
});

describe('bad inputs give their stable codes', () => {
  it.each([
    ['bad-truncated.pdf', 'corrupt_pdf'],
    ['bad-encrypted.pdf', 'encrypted_pdf'],
    ['bad-png-named.pdf', 'not_pdf'],
    ['bad-empty.pdf', 'empty_document'],
    ['does-not-exist.pdf', 'file_not_found'],
  ])('%s → %s', async (name, code) => {
    expect(await codeOf(ingestFile(sample(name), NO_OCR))).toBe(code);
  });

  it('rejects a file over the size limit before reading it', async () => {
    expect(await codeOf(ingestFile(sample('imr-trigger-point.pdf'), { ...NO_OCR, maxFileBytes: 1000 }))).toBe('file_too_large');
  });

  it('rejects more pages than the limit, for PDF and text', async () => {
    expect(await codeOf(ingestFile(sample('imr-trigger-point.pdf'), { ...NO_OCR, maxPages: 2 }))).toBe('too_many_pages');
    expect(await codeOf(ingestFile(sample('imr-trigger-point.txt'), { ...NO_OCR, maxPages: 2 }))).toBe('too_many_pages');
  });

  it.each([
    ['garbage after a PDF header', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x41)]), 'corrupt_pdf'],
    ['a PDF with no pages', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'), 'corrupt_pdf'],
    ['only whitespace text', Buffer.from(' \n\f\n '), 'empty_document'],
    ['binary junk', Buffer.from([0x00, 0xff, 0x10, 0x80, 0x90]), 'not_pdf'],
  ])('%s → %s', async (_name, bytes, code) => {
    expect(await codeOf(ingestBuffer(bytes, 'x.pdf', NO_OCR))).toBe(code);
  });

  it('rejects invalid options with invalid_options', async () => {
    expect(await codeOf(ingestFile(sample('imr-trigger-point.txt'), { maxPages: -1 }))).toBe('invalid_options');
  });

  it('keeps working after failures (the process and the parser pool survive)', async () => {
    const results = await Promise.allSettled(['bad-truncated.pdf', 'imr-trigger-point.pdf', 'bad-encrypted.pdf'].map((n) => ingestFile(sample(n), NO_OCR)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
  });
});

describe('active content', () => {
  it('reports JavaScript, launch actions and attachments as warnings and still reads the text', async () => {
    const pdf = onePagePdf(BODY, {
      catalog: '/OpenAction 6 0 R /Names << /JavaScript << /Names [(a) 6 0 R] >> /EmbeddedFiles << /Names [(note.txt) 8 0 R] >> >>',
      annots: '/Annots [7 0 R]',
      objects: [
        '<< /S /JavaScript /JS (app.alert\\(1\\);) >>',
        '<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /A << /S /Launch /F (calc.exe) >> >>',
        '<< /Type /Filespec /F (note.txt) /EF << /F 9 0 R >> >>',
        '<< /Type /EmbeddedFile /Length 5 >>\nstream\nhello\nendstream',
      ],
    });
    const result = await ingestBuffer(pdf, 'active.pdf', NO_OCR);
    expect(result.pages[0]?.text).toContain('restricted lumbar range of motion');
    const codes = new Set(result.warnings.map((w) => w.code));
    expect([...codes].sort()).toEqual(['embedded_files', 'embedded_javascript', 'launch_action']);
  });

  it('gives a clean PDF no warnings', async () => {
    expect((await ingestBuffer(onePagePdf(BODY), 'clean.pdf', NO_OCR)).warnings).toEqual([]);
  });
});

describe('pages that need OCR when OCR is off', () => {
  it('keeps the page, empty, with ocr_unavailable and garbled_text_layer warnings', async () => {
    const garbage = ['(cid:3)(cid:4)(cid:5)(cid:6) (cid:7)(cid:8)(cid:9)(cid:10) (cid:11)(cid:12)'];
    const dir = await mkdtemp(join(tmpdir(), 'ingest-'));
    const path = join(dir, 'two.pdf');
    await writeFile(path, onePagePdf(garbage));
    expect(await codeOf(ingestFile(path, NO_OCR))).toBe('empty_document');
    const bytes = (await import('node:fs')).readFileSync(sample('imr-trigger-point-mixed.pdf'));
    const mixed = await ingestBuffer(bytes, 'mixed.pdf', NO_OCR);
    expect(mixed.pages.map((p) => p.source)).toEqual(['text', 'none', 'text']);
    expect(mixed.warnings.map((w) => [w.code, w.page])).toEqual([['ocr_unavailable', 2]]);
  });
});

describe('per-file time limit', () => {
  it('fails with timeout instead of hanging, and the next file still works', async () => {
    expect(await codeOf(ingestFile(sample('imr-trigger-point-scanned.pdf'), { timeoutMs: 30, ocrWorkers: 1 }))).toBe('timeout');
    expect((await ingestFile(sample('imr-trigger-point.pdf'), NO_OCR)).pages).toHaveLength(3);
  });
});
