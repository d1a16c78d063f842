import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isChartfactsError } from '../../src/errors/chartfacts-error.js';
import { rewriteInPlace } from '../../src/queue/rewrite-in-place.js';

const dir = await mkdtemp(join(tmpdir(), 'chartfacts-rewrite-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('rewriteInPlace', () => {
  it('replaces a longer content with a shorter one and cuts the tail', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, JSON.stringify({ status: 'processing', note: 'x'.repeat(300) }));
    await rewriteInPlace(path, '{"status":"failed"}');
    expect(await readFile(path, 'utf8')).toBe('{"status":"failed"}');
  });

  it('grows a file within the blocks it already holds', async () => {
    const path = join(dir, 'b.json');
    await writeFile(path, '{}');
    const { blocks } = await stat(path);
    const longer = JSON.stringify({ status: 'failed', error: { code: 'storage_full', message: 'y'.repeat(600) } });
    expect(Buffer.byteLength(longer)).toBeLessThanOrEqual(blocks * 512);
    await rewriteInPlace(path, longer);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(JSON.parse(longer));
  });

  it('refuses content larger than the allocated blocks with storage_full and leaves the file whole', async () => {
    const path = join(dir, 'c.json');
    await writeFile(path, '{"status":"processing"}');
    const { blocks } = await stat(path);
    const err = await rewriteInPlace(path, 'z'.repeat(blocks * 512 + 1)).catch((e: unknown) => e);
    expect(isChartfactsError(err) && err.code).toBe('storage_full');
    expect(await readFile(path, 'utf8')).toBe('{"status":"processing"}');
  });

  it('does not create a missing file', async () => {
    const err = (await rewriteInPlace(join(dir, 'missing.json'), '{}').catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect(err.code).toBe('ENOENT');
  });
});
