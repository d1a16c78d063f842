/**
 * What an accepted upload does to its record: a new record gets its parse job; a record that
 * failed for a transient reason is retried from the stage that failed; anything else (running,
 * completed, or failed on its bytes) is left as it is, so the same bytes keep one answer.
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ERROR_CODES } from '../errors/codes.js';
import { ASSEMBLE_JOB, enqueueStage, type OcrJobData, type Queues, type Stage } from './open-queues.js';
import { failedSetKey } from './publish-result.js';
import type { QueueConfig } from './queue-config.js';
import type { RecordState, RecordStore } from './record-store.js';

export interface SubmitDeps {
  readonly config: QueueConfig;
  readonly store: RecordStore;
  readonly queues: Queues;
  readonly redis: Redis;
}

/** Bound on one retry's bookkeeping; the lock keeps simultaneous re-uploads from retrying twice. */
const RETRY_LOCK_MS = 30_000;

/**
 * Removes a finished job so its id can be added again; false when it is still running (the record
 * is then not really finished, and is left alone).
 */
async function removeFinished(queue: Queue, jobId: string): Promise<boolean> {
  const job = await queue.getJob(jobId);
  if (!job) return true;
  if ((await job.getState()) === 'active') return false;
  await job.remove();
  return true;
}

/** Clears the record's jobs of `stage` (for parse, also a long scan's OCR and assemble jobs). */
async function clearStageJobs(queues: Queues, stage: Stage, id: string): Promise<boolean> {
  if (stage === 'parse') {
    const assemble = await queues.parse.getJob(`${id}-${ASSEMBLE_JOB}`);
    // OCR job ids name the first page of their batch, so every page is a candidate id.
    for (const page of (assemble?.data as OcrJobData | undefined)?.pages ?? []) {
      if (!(await removeFinished(queues.ocr, `${id}-ocr-${page}`))) return false;
    }
    if (!(await removeFinished(queues.parse, `${id}-${ASSEMBLE_JOB}`))) return false;
  }
  return removeFinished(queues[stage], id);
}

/**
 * Retries a failed record from the stage it failed in. Results of earlier stages (and OCR pages
 * already stored) are kept, so only the failed work runs again.
 */
async function retryFailed(deps: SubmitDeps, state: RecordState): Promise<RecordState> {
  const { config, store, queues, redis } = deps;
  const { id } = state;
  const lock = `${config.prefix}:retry:${id}`;
  if ((await redis.set(lock, '1', 'PX', RETRY_LOCK_MS, 'NX')) !== 'OK') return state;
  try {
    const stage: Stage = state.stage === 'done' ? 'parse' : state.stage;
    if (!(await clearStageJobs(queues, stage, id))) return state;
    // Counting retries gives the retry's outcome a callback job of its own (see completeRecord).
    const next = await store.reopenState(id, { status: 'queued', stage, progress: 0, error: null, retries: (state.retries ?? 0) + 1 });
    await redis.zrem(failedSetKey(config), id);
    await enqueueStage(queues, config, stage, id);
    return next;
  } finally {
    await redis.del(lock);
  }
}

/**
 * Queues the record `id` after its upload was stored.
 *
 * - New, or queued but not yet picked up (e.g. an earlier enqueue failed while Redis was away):
 *   its job is added; the job id (the sha256) makes a repeat a no-op.
 * - Failed with a retryable code (`timeout`, `ocr_failed`, `internal_error`, `storage_full`, a
 *   worker that died): retried from the failed stage, as the upload asks for the record again.
 * - Failed on its bytes (`corrupt_pdf`, `empty_document`, …): the failure stands; the same bytes
 *   would fail the same way, so it is answered at once without work.
 *
 * @returns the record's state after the call (null if the record folder is gone).
 */
export async function submitRecord(deps: SubmitDeps, id: string): Promise<RecordState | null> {
  const state = await deps.store.readState(id);
  if (state?.status === 'failed') {
    const retryable = state.error === null || ERROR_CODES[state.error.code]?.retryable !== false;
    return retryable ? retryFailed(deps, state) : state;
  }
  if (!state || state.status === 'queued') {
    const stage: Stage = !state || state.stage === 'done' ? 'parse' : state.stage;
    await enqueueStage(deps.queues, deps.config, stage, id);
  }
  return state;
}
