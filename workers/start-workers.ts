/**
 * Starts BullMQ workers for the chosen stages in this process. Stages run as sandboxed processors
 * (child processes, kept warm and reused), so this process's event loop stays free to renew job
 * locks and a long OCR or extraction is never taken for a dead worker. (Running the few-millisecond
 * decide stage in this process instead was measured: no CPU saved, and its jobs took ~5 ms longer
 * on this busier event loop, so it stays sandboxed.)
 */
import { fileURLToPath } from 'node:url';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ChartfactsError, toChartfactsError } from '../src/errors/chartfacts-error.js';
import { ERROR_CODES, type ErrorCode } from '../src/errors/codes.js';
import { checkEvictionPolicy } from '../src/queue/check-eviction-policy.js';
import { createRedisConnection } from '../src/queue/create-redis-connection.js';
import { deliverCallback } from '../src/queue/deliver-callback.js';
import { failRecord } from '../src/queue/finish-record.js';
import { CALLBACK_QUEUE, OCR_QUEUE, STAGES, type CallbackJobData, type Stage, type StageJobData } from '../src/queue/open-queues.js';
import { CONFIG_ENV, openPipelineContext } from '../src/queue/pipeline-context.js';
import type { QueueConfig } from '../src/queue/queue-config.js';

/** A queue with a sandboxed processor file: a stage, or the fanned-out OCR pages of long scans. */
type ProcessorQueue = Stage | typeof OCR_QUEUE;
/** Which workers to run: one stage, the OCR pages of long scans, or all of them plus callbacks. */
export type WorkerSelection = ProcessorQueue | 'all';
/** Every worker selection, for argument checks and messages. */
export const WORKER_SELECTIONS: readonly WorkerSelection[] = [...STAGES, OCR_QUEUE, 'all'];

export interface StartWorkersOptions {
  readonly stages: WorkerSelection;
  /** Jobs run at once per stage (sandboxed child processes per stage). */
  readonly concurrency: number;
  readonly logger: Logger;
}

export interface WorkerHandle {
  /** Stops taking jobs, waits for running ones up to `shutdownMs`, then closes hard. */
  close(): Promise<void>;
}

function processorFile(stage: ProcessorQueue): string {
  return fileURLToPath(new URL(`./${stage}.worker.js`, import.meta.url));
}

/** Error code carried by a failed job's error (set by the stage runner), else `internal_error`. */
function codeOf(err: Error): ErrorCode {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code in ERROR_CODES ? (code as ErrorCode) : 'internal_error';
}

function isFinalFailure(job: Job, err: Error): boolean {
  return err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
}

/**
 * Starts the workers. Refuses (throws) when Redis's `maxmemory-policy` is not `noeviction`.
 */
export async function startWorkers(config: QueueConfig, options: StartWorkersOptions): Promise<WorkerHandle> {
  const { logger } = options;
  const ctx = openPipelineContext(config);
  try {
    await checkEvictionPolicy(ctx.redis);
  } catch (err) {
    await ctx.close();
    throw err;
  }
  const stages: readonly ProcessorQueue[] = options.stages === 'all' ? [...STAGES, OCR_QUEUE] : [options.stages];
  const common = {
    prefix: config.prefix,
    lockDuration: config.lockDurationMs,
    stalledInterval: config.stalledIntervalMs,
    maxStalledCount: config.maxStalledCount,
  };
  // BullMQ leaves connections it was given open on close; these are ours to disconnect.
  const connections: Redis[] = [];
  const connect = (): Redis => {
    const c = createRedisConnection(config, 'worker');
    connections.push(c);
    return c;
  };
  const workers: Worker[] = stages.map(
    (stage) =>
      new Worker<StageJobData>(stage, processorFile(stage), {
        ...common,
        connection: connect(),
        concurrency: options.concurrency,
        workerForkOptions: { env: { ...process.env, [CONFIG_ENV]: JSON.stringify(config) } },
      }),
  );
  if (options.stages === 'all' || options.stages === 'decide') {
    workers.push(
      new Worker<CallbackJobData>(CALLBACK_QUEUE, async (job) => deliverCallback(ctx, job.data.id), {
        ...common,
        connection: connect(),
        concurrency: 4,
      }),
    );
  }
  for (const worker of workers) {
    const stage = worker.name;
    worker.on('completed', (job: Job) => {
      logger.info({ id: job.data.id, stage, ms: job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : undefined, attempt: job.attemptsMade + 1 }, 'stage completed');
    });
    worker.on('failed', (job: Job | undefined, err: Error) => {
      if (!job) return;
      const code = codeOf(err);
      const final = isFinalFailure(job, err);
      logger.warn({ id: job.data.id, stage, code, attempt: job.attemptsMade, final }, 'stage failed');
      // A worker that died (stalled past the limit) never ran the stage runner's failure path.
      if (final && stage !== CALLBACK_QUEUE) {
        const error = code === 'internal_error' ? toChartfactsError(err) : new ChartfactsError(code);
        failRecord(ctx, job.data.id, error).catch((e: unknown) => logger.error({ id: job.data.id, stage, err: String(e) }, 'could not mark record failed'));
      }
    });
    worker.on('error', (err) => logger.error({ stage, err: err.message }, 'worker error'));
  }
  logger.info({ stages, concurrency: options.concurrency, prefix: config.prefix }, 'workers started');
  return {
    async close() {
      const graceful = Promise.all(workers.map((w) => w.close()));
      const timer = new Promise<'timeout'>((res) => setTimeout(() => res('timeout'), config.shutdownMs).unref());
      if ((await Promise.race([graceful, timer])) === 'timeout') {
        logger.warn({ shutdownMs: config.shutdownMs }, 'shutdown bound reached; closing workers hard');
        await Promise.all(workers.map((w) => w.close(true)));
      }
      await ctx.close();
      for (const c of connections) c.disconnect();
      logger.info('workers stopped');
    },
  };
}
