/**
 * Turns an error thrown by a job's work into BullMQ's terms, shared by the stage runner and the
 * fanned-out OCR jobs so both fail records the same way.
 */
import { UnrecoverableError } from 'bullmq';
import { toChartfactsError } from '../errors/chartfacts-error.js';
import { failRecord } from './finish-record.js';
import type { StageJobData } from './open-queues.js';
import type { PipelineContext } from './pipeline-context.js';
import type { StageJob } from './run-stage.js';

/**
 * Marks the record failed when the error is a typed bad-input error (not retryable) or this was
 * the job's last attempt, then rejects: with UnrecoverableError for bad input (BullMQ stops at
 * once), with a plain Error otherwise (BullMQ retries with backoff). The rejection carries `code`
 * so the worker process can log it.
 */
export async function failJob<T extends StageJobData>(ctx: PipelineContext, job: StageJob<T>, err: unknown): Promise<never> {
  const e = toChartfactsError(err);
  const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  if (!e.retryable || lastAttempt) await failRecord(ctx, job.data.id, e);
  const message = `${e.code}: ${e.message}`;
  throw Object.assign(e.retryable ? new Error(message) : new UnrecoverableError(message), { code: e.code });
}
