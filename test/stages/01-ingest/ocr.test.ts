import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBuffer, ingestFile, shutdownIngest } from '../../../src/stages/01-ingest/ingest-file.js';
import { renderScannedPdf } from '../../../scripts/lib/render-scanned-pdf.js';
import { buildPdf, HELVETICA, onePagePdf, textStream } from '../../fixtures/ingest/build-pdf.js';
import { wordAccuracy } from './word-accuracy.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sample = (name: string): string => join(root, 'samples', name);
const sourcePages = readFileSync(sample('imr-trigger-point.txt'), 'utf8').split('\f');
const OCR = { ocrWorkers: 2 } as const;
/** OCR is slow on a busy 2-core CI box; this bounds a hang, it does not time anything. */
const SLOW = { timeout: 600_000 } as const;

afterAll(async () => {
  await shutdownIngest();
});

describe('OCR of the scanned sample', () => {
  it('OCRs every page, turns the upside-down one, and reads ≥ 98% of words', SLOW, async () => {
    const result = await ingestFile(sample('imr-trigger-point-scanned.pdf'), OCR);
    expect(result.pages.map((p) => [p.page, p.source])).toEqual([[1, 'ocr'], [2, 'ocr'], [3, 'ocr']]);
    expect(result.pages.map((p) => p.rotation)).toEqual([0, 180, 0]);
    expect(result.warnings.map((w) => [w.code, w.page])).toEqual([['rotated_page', 2]]);
    for (const p of result.pages) expect(p.ocrConfidence).toBeGreaterThan(0);
    const accuracy = wordAccuracy(sourcePages.join('\n'), result.pages.map((p) => p.text).join('\n'));
    const perPage = result.pages.map((p) => wordAccuracy(sourcePages[p.page - 1] ?? '', p.text).toFixed(4));
    console.log(`OCR word accuracy on the scanned sample: ${(accuracy * 100).toFixed(2)}% (pages ${perPage.join(', ')})`);
    expect(accuracy).toBeGreaterThanOrEqual(0.98);
  });
});

describe('mixed documents', () => {
  it('keeps text pages and OCRs only the scanned one', SLOW, async () => {
    const result = await ingestFile(sample('imr-trigger-point-mixed.pdf'), OCR);
    expect(result.pages.map((p) => p.source)).toEqual(['text', 'ocr', 'text']);
    expect(result.pages[1]?.ocrConfidence).toBeGreaterThan(50);
    expect(wordAccuracy(sourcePages[1] ?? '', result.pages[1]?.text ?? '')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('orientation and page problems', () => {
  it('reads a page scanned sideways', SLOW, async () => {
    const text = sourcePages[2] ?? '';
    const pdf = await renderScannedPdf(text, { pages: [{ quarterTurns: 1, skewDegrees: 0.7 }], seed: 3 });
    const result = await ingestBuffer(pdf, 'sideways.pdf', OCR);
    expect(result.pages[0]?.rotation).toBe(270);
    expect(result.warnings.map((w) => w.code)).toEqual(['rotated_page']);
    expect(wordAccuracy(text, result.pages[0]?.text ?? '')).toBeGreaterThanOrEqual(0.95);
  });

  it('OCRs a text layer of glyph garbage and says so', SLOW, async () => {
    const pdf = onePagePdf(['(cid:3)(cid:4)(cid:5)(cid:6) (cid:7)(cid:8)(cid:9)(cid:10) (cid:11)(cid:12)(cid:13)']);
    const result = await ingestBuffer(pdf, 'garbled.pdf', OCR);
    expect(result.pages[0]?.source).toBe('ocr');
    expect(result.warnings.map((w) => [w.code, w.page])).toEqual([['garbled_text_layer', 1]]);
  });

  it('reports a blank page as incomplete, never silently empty', SLOW, async () => {
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      textStream(['The injured worker is a 35 year old female with low back pain after lifting.']),
      HELVETICA,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    ]);
    const result = await ingestBuffer(pdf, 'blank-page.pdf', OCR);
    expect(result.pages.map((p) => p.source)).toEqual(['text', 'none']);
    expect(result.warnings.map((w) => [w.code, w.page])).toEqual([['incomplete_page', 2]]);
  });
});

/** Whether this machine can run a child with no network (Linux network namespace, as root). */
function canIsolateNetwork(): boolean {
  return spawnSync('unshare', ['-n', 'true']).status === 0;
}

describe('offline OCR', () => {
  it.skipIf(!canIsolateNetwork())('OCRs with the network unreachable (language data from the package)', SLOW, () => {
    const script = join(mkdtempSync(join(tmpdir(), 'offline-')), 'offline.mjs');
    const entry = pathToFileURL(join(root, 'dist/src/stages/01-ingest/ingest-file.js')).href;
    writeFileSync(
      script,
      [
        `const { ingestFile, shutdownIngest } = await import(${JSON.stringify(entry)});`,
        "const r = await ingestFile('samples/imr-trigger-point-mixed.pdf', { ocrWorkers: 1 });",
        'console.log(JSON.stringify(r.pages.map((p) => p.source)));',
        'await shutdownIngest();',
      ].join('\n'),
    );
    const child = spawnSync('unshare', ['-n', process.execPath, script], { cwd: root, encoding: 'utf8', timeout: 540_000 });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('["text","ocr","text"]');
  });
});
