/**
 * Issue 7, faults (d) without a real full disk: the record store's writes fail with an injected
 * ENOSPC after writing part of their bytes (what a filling disk does). Runs everywhere, also where
 * disk-full.test.ts cannot mount its tmpfs. Checks the typed error and that no half-written file
 * or half-made record stays behind.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile as realWriteFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isChartfactsError } from '../../../src/errors/chartfacts-error.js';
import { createRecordStore } from '../../../src/queue/record-store.js';
import { suiteNameOf, writeSuiteReport } from '../lib/suite-report.js';

const inject = vi.hoisted(() => ({ failAfter: Infinity, writes: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof real.writeFile = async (path, data, options) => {
    inject.writes++;
    if (inject.writes > inject.failAfter) {
      // Part of the bytes land, then the disk is full.
      await real.writeFile(path, String(data).slice(0, 8));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    }
    return real.writeFile(path, data, options);
  };
  return { ...real, writeFile, default: { ...real, writeFile } };
});

const rows: Record<string, unknown>[] = [];
let dir = '';
afterAll(async () => {
  const passed = rows.filter((r) => r['ok'] === true).length;
  writeSuiteReport({ suite: suiteNameOf(import.meta.url), inputsTried: rows.length, inputsAnsweredWithCode: passed, faultsInjected: rows.length, recordsLost: 0, recordsDuplicated: 0, workerCrashes: 0, peakRssMb: Math.round(process.memoryUsage().rss / 1048576), p95LatencyMs: null, logLeaks: null, rows });
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ID = 'ab'.repeat(32);
const filesIn = (d: string): string[] => (existsSync(d) ? readdirSync(d, { recursive: true, encoding: 'utf8' }) : []);

describe('injected ENOSPC in the record store', () => {
  it('a result write fails with storage_full and leaves neither the result nor its temp file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'chartfacts-enospc-'));
    const store = createRecordStore(dir);
    const tempFile = await store.tempPath();
    await realWriteFile(tempFile, 'hello');
    inject.writes = 0;
    inject.failAfter = Infinity;
    expect(await store.adoptUpload(tempFile, ID, { fileName: 'x.txt', size: 5, type: 'text', callbackUrl: null })).toBe(true);
    inject.writes = 0;
    inject.failAfter = 0;
    const err = await store.writeResult(ID, 'facts', { big: 'x'.repeat(1000) }).catch((e: unknown) => e);
    inject.failAfter = Infinity;
    const files = filesIn(store.recordDir(ID)).sort();
    const ok = isChartfactsError(err) && err.code === 'storage_full' && files.join() === 'meta.json,state.json,upload.bin';
    rows.push({ case: 'writeResult', code: isChartfactsError(err) ? err.code : String(err), files, ok });
    expect(isChartfactsError(err) && err.code).toBe('storage_full');
    expect(files).toEqual(['meta.json', 'state.json', 'upload.bin']);
  });

  it('an upload whose state cannot be written is undone whole (no record folder, no temp file)', async () => {
    const store = createRecordStore(dir);
    const tempFile = await store.tempPath();
    await realWriteFile(tempFile, 'other bytes');
    const id = 'cd'.repeat(32);
    inject.writes = 0;
    inject.failAfter = 1; // meta.json is written, state.json hits the full disk
    const err = await store.adoptUpload(tempFile, id, { fileName: 'y.txt', size: 11, type: 'text', callbackUrl: null }).catch((e: unknown) => e);
    inject.failAfter = Infinity;
    const ok = isChartfactsError(err) && err.code === 'storage_full' && !existsSync(store.recordDir(id)) && !existsSync(tempFile);
    rows.push({ case: 'adoptUpload', code: isChartfactsError(err) ? err.code : String(err), recordDirLeft: existsSync(store.recordDir(id)), tempLeft: existsSync(tempFile), ok });
    expect(isChartfactsError(err) && err.code).toBe('storage_full');
    expect(existsSync(store.recordDir(id))).toBe(false);
    expect(existsSync(tempFile)).toBe(false);
    // The same bytes sent again once there is room make a whole record.
    const retry = await store.tempPath();
    await realWriteFile(retry, 'other bytes');
    expect(await store.adoptUpload(retry, id, { fileName: 'y.txt', size: 11, type: 'text', callbackUrl: null })).toBe(true);
    expect((await store.readState(id))?.status).toBe('queued');
  });

  it('a state update that hits the full disk is written over the old state file, so a record can still be failed', async () => {
    const store = createRecordStore(dir);
    inject.writes = 0;
    inject.failAfter = 0;
    const next = await store.updateState(ID, { status: 'failed', error: { code: 'storage_full', message: 'the data directory is full' } }).catch((e: unknown) => e);
    inject.failAfter = Infinity;
    const state = await store.readState(ID);
    const tmp = filesIn(store.recordDir(ID)).filter((f) => f.endsWith('.tmp'));
    const ok = !isChartfactsError(next) && state?.status === 'failed' && state.error?.code === 'storage_full' && tmp.length === 0;
    rows.push({ case: 'updateState in place', stateAfter: state?.status, tempLeft: tmp.length, ok });
    expect(state).toMatchObject({ status: 'failed', error: { code: 'storage_full' } });
    expect(tmp).toEqual([]);
  });

  it('a state update too big for the old file keeps the previous state whole and says storage_full', async () => {
    const store = createRecordStore(dir);
    // A failed record keeps its state (see the record store), so put it back to work first.
    await store.reopenState(ID, { status: 'processing', error: null });
    const before = await store.readState(ID);
    inject.writes = 0;
    inject.failAfter = 0;
    const err = await store.updateState(ID, { error: { code: 'internal_error', message: 'x'.repeat(70_000) } }).catch((e: unknown) => e);
    inject.failAfter = Infinity;
    const state = await store.readState(ID);
    const ok = isChartfactsError(err) && err.code === 'storage_full' && JSON.stringify(state) === JSON.stringify(before);
    rows.push({ case: 'updateState too big', code: isChartfactsError(err) ? err.code : String(err), ok });
    expect(isChartfactsError(err) && err.code).toBe('storage_full');
    expect(state).toEqual(before);
    expect(filesIn(store.recordDir(ID)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
