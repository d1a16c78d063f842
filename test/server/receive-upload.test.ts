import { Readable } from 'node:stream';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveUpload, sniffUpload } from '../../src/server/receive-upload.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
// "é" is two bytes in UTF-8; cutting the head between them must not make text look binary.
const SPLIT = Buffer.from('abcé', 'utf8').subarray(0, 4);
// A file that holds UTF-8 characters and ends inside one is damaged UTF-8, not Latin-1.
const BROKEN_UTF8 = Buffer.from('café abcé', 'utf8').subarray(0, 10);

describe('sniffUpload', () => {
  it.each([
    ['PDF header', Buffer.from('%PDF-1.7\n...'), true, 'pdf'],
    ['junk before the PDF header', Buffer.concat([Buffer.alloc(20, 0x20), Buffer.from('%PDF-1.4')]), true, 'pdf'],
    ['plain text', Buffer.from('INDEPENDENT MEDICAL REVIEW\nDate: 01/02/2024\n'), true, 'text'],
    ['PNG named .pdf', PNG, true, 'unknown'],
    ['UTF-8 cut mid-character in a partial head', SPLIT, false, 'text'],
    ['UTF-8 cut mid-character at the true end', BROKEN_UTF8, true, 'unknown'],
    ['a lone Latin-1 letter at the true end', SPLIT, true, 'text'],
  ])('%s → %s', (_name, head, complete, expected) => {
    expect(sniffUpload(head, complete)).toBe(expected);
  });
});

describe('receiveUpload', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chartfacts-upload-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('hashes while writing', async () => {
    const bytes = Buffer.from('some record\f page two\n'.repeat(500));
    const got = await receiveUpload(Readable.from([bytes.subarray(0, 3000), bytes.subarray(3000)]), join(dir, 'a'), 1 << 20);
    expect(got).toMatchObject({ id: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, type: 'text' });
  });

  it.each([
    ['not_pdf', [PNG, Buffer.alloc(5000)], 1 << 20],
    ['file_too_large', [Buffer.from('x'.repeat(3000)), Buffer.from('y'.repeat(3000))], 4000],
    ['empty_document', [], 1 << 20],
  ] as const)('fails with %s and leaves no file', async (code, chunks, max) => {
    const path = join(dir, `f-${code}`);
    await expect(receiveUpload(Readable.from(chunks), path, max)).rejects.toMatchObject({ code });
    expect(existsSync(path)).toBe(false);
  });
});
