/**
 * Uploads and results live in a data directory, never in job payloads or Redis: one folder per
 * record, named by the sha256 of its bytes. Every file is written to a temporary name and
 * renamed into place, so a reader (or a worker killed mid-write) never sees half a file, and
 * results survive Redis and process restarts. Workers on several machines need the directory on
 * shared storage (NFS, EFS, a mounted volume).
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorCode } from '../errors/codes.js';
import { sanitizeFileName } from './sanitize-file-name.js';
import type { OcrPageResult } from '../stages/01-ingest/ocr-page.js';
import { asStorageError } from './as-storage-error.js';
import { rewriteInPlace } from './rewrite-in-place.js';
import { isChartfactsError } from '../errors/chartfacts-error.js';

export const RECORD_STATUSES = ['queued', 'processing', 'completed', 'failed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
/** Where a record is: the stage it waits for or runs in, `done` once finished. */
export type RecordStage = 'parse' | 'extract' | 'decide' | 'done';

/** What GET /v1/records/:id reports, kept in `state.json`. */
export interface RecordState {
  readonly id: string;
  readonly status: RecordStatus;
  readonly stage: RecordStage;
  /** 0-100. */
  readonly progress: number;
  readonly error: { readonly code: ErrorCode; readonly message: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Times a re-upload retried the record after a transient failure; absent until then. */
  readonly retries?: number;
}

/** Upload metadata in `meta.json`; the file name may identify a patient, so it stays here. */
export interface RecordMeta {
  readonly fileName: string;
  readonly size: number;
  readonly type: 'pdf' | 'text';
  readonly callbackUrl: string | null;
}

/** Result files a record folder may hold. */
export type ResultName = 'pages' | 'facts' | 'decision';

const ID = /^[0-9a-f]{64}$/;

/** True for a sha256 hex id; everything else is rejected before it reaches a path. */
export function isRecordId(id: string): boolean {
  return ID.test(id);
}

export type StatePatch = Partial<Omit<RecordState, 'id' | 'createdAt'>>;

/** True for the two statuses a record ends in. */
export function isFinished(state: Pick<RecordState, 'status'> | null): boolean {
  return state?.status === 'completed' || state?.status === 'failed';
}

export interface RecordStore {
  readonly dataDir: string;
  /** Folder for a temporary upload before its hash is known. */
  tempPath(): Promise<string>;
  recordDir(id: string): string;
  uploadPath(id: string): string;
  /**
   * Moves a fully written upload into its record folder unless the same bytes are there already.
   * Hard-linking makes "create if absent" atomic, so two simultaneous uploads make one record.
   * @returns true when this call created the record.
   */
  adoptUpload(tempFile: string, id: string, meta: RecordMeta, now?: Date): Promise<boolean>;
  readMeta(id: string): Promise<RecordMeta | null>;
  readState(id: string): Promise<RecordState | null>;
  /**
   * Merges `patch` into the state and stamps `updatedAt`, except that a finished record stays
   * finished: the first `completed` or `failed` written wins, and a later patch (a stalled
   * duplicate job of an earlier stage, say) is not written; the finished state is returned
   * instead, so the caller can tell.
   */
  updateState(id: string, patch: StatePatch, now?: Date): Promise<RecordState>;
  /** Moves a finished record back to work (a retry after a transient failure): `patch` is written whatever the status. */
  reopenState(id: string, patch: StatePatch, now?: Date): Promise<RecordState>;
  writeResult(id: string, name: ResultName, value: unknown): Promise<void>;
  readResult<T>(id: string, name: ResultName): Promise<T | null>;
  /**
   * Stores one fanned-out OCR page (`ocr/<page>.json`); `null` records a page that could not be
   * drawn, so a retried job skips it and the assembled document reports it incomplete.
   */
  writeOcrPage(id: string, page: number, result: OcrPageResult | null): Promise<void>;
  /** A stored OCR page: `{result}` (null result = page not drawable), or null when not stored yet. */
  readOcrPage(id: string, page: number): Promise<{ readonly result: OcrPageResult | null } | null>;
  /** Deletes finished records last updated before `cutoff`, and stale temp files. @returns records deleted. */
  sweep(cutoff: Date): Promise<number>;
}

/**
 * Records are medical documents: files are readable by the service's own user only (0600) and
 * folders are closed to everyone else (0700), whatever the umask would allow.
 */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** A temporary name beside `path`, unique per process and call, to write before a rename or link. */
function tempBeside(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempBeside(path);
  try {
    await writeFile(tmp, data, { mode: FILE_MODE });
    await rename(tmp, path);
  } catch (err) {
    // A full disk leaves a truncated temporary file; remove it so only whole files remain.
    await rm(tmp, { force: true });
    throw asStorageError(err);
  }
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** A record store rooted at `dataDir` (created on first use). */
export function createRecordStore(dataDir: string): RecordStore {
  const recordDir = (id: string): string => {
    if (!isRecordId(id)) throw new Error('record id must be a sha256 hex string');
    return join(dataDir, 'records', id.slice(0, 2), id);
  };
  const statePath = (id: string): string => join(recordDir(id), 'state.json');
  const ocrPath = (id: string, page: number): string => {
    if (!Number.isInteger(page) || page < 1) throw new Error('page must be a positive whole number');
    return join(recordDir(id), 'ocr', `${page}.json`);
  };
  const tmpDir = join(dataDir, 'tmp');
  const finalPath = (id: string): string => join(recordDir(id), 'final.json');

  const merged = (id: string, current: RecordState | null, patch: StatePatch, now: Date): RecordState => {
    const at = now.toISOString();
    const base: RecordState = current ?? { id, status: 'queued', stage: 'parse', progress: 0, error: null, createdAt: at, updatedAt: at };
    return { ...base, ...patch, id, updatedAt: at };
  };

  /** Writes `state.json`; on a full disk an existing one is rewritten in place (see rewriteInPlace). */
  const writeState = async (id: string, next: RecordState, exists: boolean): Promise<void> => {
    try {
      await writeAtomic(statePath(id), JSON.stringify(next));
    } catch (err) {
      // On a full disk a record that already has a state file still gets its new state (above
      // all `failed` after the last attempt), written over the old one's blocks.
      if (!(exists && isChartfactsError(err) && err.code === 'storage_full')) throw err;
      await rewriteInPlace(statePath(id), JSON.stringify(next));
    }
  };

  /**
   * Creates `final.json` holding `next` unless another process finished the record first.
   * @returns `next` when this call finished the record, else the state that did. On a full disk
   *   no marker can be written; `next` is returned and `state.json` alone carries it.
   */
  const createFinal = async (id: string, next: RecordState): Promise<RecordState> => {
    const path = finalPath(id);
    const tmp = tempBeside(path);
    try {
      await writeFile(tmp, JSON.stringify(next), { mode: FILE_MODE });
      await link(tmp, path);
      return next;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return (await readJson<RecordState>(path)) ?? next;
      const typed = asStorageError(err);
      if (isChartfactsError(typed) && typed.code === 'storage_full') return next;
      throw typed;
    } finally {
      await rm(tmp, { force: true });
    }
  };

  const store: RecordStore = {
    dataDir,
    async tempPath() {
      await mkdir(tmpDir, { recursive: true, mode: DIR_MODE });
      return join(tmpDir, `upload-${process.pid}-${randomBytes(8).toString('hex')}`);
    },
    recordDir,
    uploadPath: (id) => join(recordDir(id), 'upload.bin'),
    async adoptUpload(tempFile, id, meta, now = new Date()) {
      try {
        await mkdir(recordDir(id), { recursive: true, mode: DIR_MODE });
        await link(tempFile, store.uploadPath(id));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw asStorageError(err);
        await unlink(tempFile);
        return false;
      }
      await unlink(tempFile);
      try {
        await writeAtomic(join(recordDir(id), 'meta.json'), JSON.stringify({ ...meta, fileName: sanitizeFileName(meta.fileName) }));
        const at = now.toISOString();
        const state: RecordState = { id, status: 'queued', stage: 'parse', progress: 0, error: null, createdAt: at, updatedAt: at };
        await writeAtomic(statePath(id), JSON.stringify(state));
      } catch (err) {
        // No record without its metadata and state (e.g. the disk filled up in between): undo the
        // link, so the same upload sent again starts the record from scratch.
        await rm(recordDir(id), { recursive: true, force: true });
        throw err;
      }
      return true;
    },
    readMeta: (id) => readJson<RecordMeta>(join(recordDir(id), 'meta.json')),
    // `final.json` is created once, atomically (a hard link fails when it exists), when the
    // record finishes, and wins over `state.json`. Two processes writing `state.json` each read,
    // merge and rename, so the later rename wins; without the marker a stalled duplicate job that
    // read the state just before the record completed could write `processing` over `completed`,
    // and the record would never finish (found by test/reliability/faults, SIGKILL suite).
    async readState(id) {
      return (await readJson<RecordState>(finalPath(id))) ?? readJson<RecordState>(statePath(id));
    },
    async updateState(id, patch, now = new Date()) {
      const current = await store.readState(id);
      if (isFinished(current)) return current as RecordState;
      const next = merged(id, current, patch, now);
      if (isFinished(next)) {
        const first = await createFinal(id, next);
        if (first !== next) return first;
      }
      await writeState(id, next, current !== null);
      return next;
    },
    async reopenState(id, patch, now = new Date()) {
      const current = await store.readState(id);
      const next = merged(id, current, patch, now);
      // state.json first: a crash in between leaves the record finished, never without a state.
      await writeState(id, next, current !== null);
      if (!isFinished(next)) await rm(finalPath(id), { force: true });
      return next;
    },
    writeResult: (id, name, value) => writeAtomic(join(recordDir(id), `${name}.json`), JSON.stringify(value)),
    readResult: <T>(id: string, name: ResultName) => readJson<T>(join(recordDir(id), `${name}.json`)),
    async writeOcrPage(id, page, result) {
      await mkdir(join(recordDir(id), 'ocr'), { recursive: true, mode: DIR_MODE });
      await writeAtomic(ocrPath(id, page), JSON.stringify({ page, result }));
    },
    readOcrPage: (id, page) => readJson<{ result: OcrPageResult | null }>(ocrPath(id, page)),
    async sweep(cutoff) {
      let deleted = 0;
      const root = join(dataDir, 'records');
      const shards = await readdir(root).catch(() => [] as string[]);
      for (const shard of shards) {
        for (const id of await readdir(join(root, shard)).catch(() => [] as string[])) {
          if (!isRecordId(id)) continue;
          const state = await store.readState(id).catch(() => null);
          const finished = state !== null && (state.status === 'completed' || state.status === 'failed');
          if (finished && Date.parse(state.updatedAt) < cutoff.getTime()) {
            await rm(recordDir(id), { recursive: true, force: true });
            deleted++;
          }
        }
      }
      for (const name of await readdir(tmpDir).catch(() => [] as string[])) {
        const path = join(tmpDir, name);
        const info = await stat(path).catch(() => null);
        if (info && info.mtimeMs < cutoff.getTime()) await rm(path, { force: true });
      }
      return deleted;
    },
  };
  return store;
}
