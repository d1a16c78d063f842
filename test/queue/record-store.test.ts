/** The data-directory record store: atomic adoption of uploads, state, results, retention sweep. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordStore, isRecordId, type RecordStore } from '../../src/queue/record-store.js';

const ID = 'ab'.padEnd(64, '0');
const OTHER = 'cd'.padEnd(64, '1');
const meta = { fileName: 'x.txt', size: 3, type: 'text' as const, callbackUrl: null };

let dir: string;
let store: RecordStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartfacts-store-'));
  store = createRecordStore(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function tempWith(text: string): Promise<string> {
  const path = await store.tempPath();
  await writeFile(path, text);
  return path;
}

describe('record store', () => {
  it.each([
    [ID, true],
    ['AB'.padEnd(64, '0'), false],
    ['../'.padEnd(64, 'a'), false],
    ['ab', false],
  ])('isRecordId(%s) is %s', (id, ok) => {
    expect(isRecordId(id)).toBe(ok);
  });

  it('adopts the first upload of some bytes and drops a second one', async () => {
    expect(await store.adoptUpload(await tempWith('abc'), ID, meta)).toBe(true);
    await store.updateState(ID, { status: 'processing', stage: 'extract', progress: 40 });
    expect(await store.adoptUpload(await tempWith('abc'), ID, meta)).toBe(false);
    // The second upload neither resets the state nor leaves a temporary file behind.
    expect((await store.readState(ID))?.status).toBe('processing');
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
    expect(await store.readMeta(ID)).toEqual(meta);
  });

  it('writes results atomically (no temporary files left) and reads them back', async () => {
    await store.adoptUpload(await tempWith('abc'), ID, meta);
    await store.writeResult(ID, 'facts', { a: 1 });
    expect(await store.readResult(ID, 'facts')).toEqual({ a: 1 });
    expect(await store.readResult(ID, 'decision')).toBeNull();
    expect((await readdir(store.recordDir(ID))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('stores fanned-out OCR pages one file each, a page that could not be drawn as null, and nothing else for unknown pages', async () => {
    await store.adoptUpload(await tempWith('abc'), ID, meta);
    const page = { text: 'Lumbar spine MRI', confidence: 91, rotation: 0 as const };
    await store.writeOcrPage(ID, 2, page);
    await store.writeOcrPage(ID, 3, null);
    expect(await store.readOcrPage(ID, 2)).toEqual({ page: 2, result: page });
    expect(await store.readOcrPage(ID, 3)).toEqual({ page: 3, result: null });
    expect(await store.readOcrPage(ID, 4)).toBeNull();
    await expect(store.writeOcrPage(ID, 0, null)).rejects.toThrow(/page/);
    expect((await readdir(join(store.recordDir(ID), 'ocr'))).sort()).toEqual(['2.json', '3.json']);
  });

  it('sweep deletes finished records older than the cutoff and keeps the rest', async () => {
    const old = new Date('2026-01-01T00:00:00Z');
    await store.adoptUpload(await tempWith('a'), ID, meta, old);
    await store.updateState(ID, { status: 'completed', stage: 'done', progress: 100 }, old);
    await store.adoptUpload(await tempWith('b'), OTHER, meta, old);
    await store.updateState(OTHER, { status: 'processing' }, old); // unfinished: kept whatever its age
    const deleted = await store.sweep(new Date('2026-02-01T00:00:00Z'));
    expect(deleted).toBe(1);
    expect(existsSync(store.recordDir(ID))).toBe(false);
    expect(await store.readState(ID)).toBeNull();
    expect(existsSync(store.uploadPath(OTHER))).toBe(true);
  });

  it('a finished record stays finished: a later processing write (a stalled duplicate job) is refused and the finished state returned', async () => {
    await store.adoptUpload(await tempWith('abc'), ID, meta);
    await store.updateState(ID, { status: 'processing', stage: 'decide', progress: 80 });
    const done = await store.updateState(ID, { status: 'completed', stage: 'done', progress: 100 });
    const stale = await store.updateState(ID, { status: 'processing', stage: 'extract', progress: 40 });
    expect(stale).toEqual(done);
    expect(await store.readState(ID)).toMatchObject({ status: 'completed', stage: 'done', progress: 100 });
  });

  it('the first end wins: failing a completed record, or completing a failed one, changes nothing', async () => {
    await store.adoptUpload(await tempWith('abc'), ID, meta);
    await store.updateState(ID, { status: 'completed', stage: 'done', progress: 100 });
    expect((await store.updateState(ID, { status: 'failed', error: { code: 'timeout', message: 'x' } })).status).toBe('completed');
    await store.adoptUpload(await tempWith('def'), OTHER, meta);
    await store.updateState(OTHER, { status: 'failed', error: { code: 'timeout', message: 'x' } });
    expect((await store.updateState(OTHER, { status: 'completed', stage: 'done' })).status).toBe('failed');
    expect((await store.readState(OTHER))?.error?.code).toBe('timeout');
  });

  it('a write racing the record\'s end cannot reopen it, in whatever order the two land', async () => {
    // Many interleavings of one completion against stale processing writes from other "processes"
    // (separate store instances share nothing but the directory).
    for (let round = 0; round < 40; round++) {
      const id = round.toString(16).padStart(2, '0').padEnd(64, 'e');
      await store.adoptUpload(await tempWith(`r${round}`), id, meta);
      await store.updateState(id, { status: 'processing', stage: 'decide', progress: 80 });
      const others = [createRecordStore(dir), createRecordStore(dir), createRecordStore(dir)];
      await Promise.all([
        store.updateState(id, { status: 'completed', stage: 'done', progress: 100 }),
        ...others.map((o, i) => o.updateState(id, { status: 'processing', stage: i % 2 ? 'parse' : 'extract', progress: 10 })),
      ]);
      expect((await store.readState(id))?.status, `round ${round}`).toBe('completed');
    }
  });

  it('reopenState puts a failed record back to work (a retry) and it can finish again', async () => {
    await store.adoptUpload(await tempWith('abc'), ID, meta);
    await store.updateState(ID, { status: 'failed', error: { code: 'timeout', message: 'x' } });
    const reopened = await store.reopenState(ID, { status: 'queued', stage: 'extract', error: null, retries: 1 });
    expect(reopened).toMatchObject({ status: 'queued', stage: 'extract', retries: 1 });
    expect(await store.readState(ID)).toMatchObject({ status: 'queued', retries: 1 });
    await store.updateState(ID, { status: 'processing' });
    await store.updateState(ID, { status: 'completed', stage: 'done' });
    expect(await store.readState(ID)).toMatchObject({ status: 'completed', retries: 1, error: null });
    expect((await readdir(store.recordDir(ID))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses ids that are not sha256 hex before touching a path', () => {
    expect(() => store.recordDir('../../etc')).toThrow();
  });
});
