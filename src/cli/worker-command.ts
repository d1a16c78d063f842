/**
 * `chartfacts worker [parse|extract|decide|ocr|all] --concurrency N`: runs queue workers against
 * REDIS_URL until SIGTERM/SIGINT, then drains within CHARTFACTS_SHUTDOWN_MS.
 */
import { createLogger } from '../queue/create-logger.js';
import { resolveQueueConfig, type QueueConfig } from '../queue/queue-config.js';
import { waitForShutdown } from '../queue/wait-for-shutdown.js';
import { startWorkers, WORKER_SELECTIONS, type WorkerSelection } from '../../workers/start-workers.js';

export interface WorkerCommandOptions {
  /** `parse`, `extract`, `decide`, `ocr` (fanned-out pages of long scans) or `all` (default). */
  readonly stages?: string;
  /** Jobs at once per stage. Default 1. */
  readonly concurrency?: number;
  /** Settings that win over the environment (tests, embedding). */
  readonly config?: Partial<QueueConfig>;
}

/** Whether `s` names a worker selection. */
export function isWorkerSelection(s: string): s is WorkerSelection {
  return (WORKER_SELECTIONS as readonly string[]).includes(s);
}

/**
 * Runs workers until a shutdown signal.
 * @returns the exit code: 0 after a clean shutdown, 2 on a configuration or Redis problem
 *   (with one `chartfacts worker: ...` line on stderr).
 */
export async function runWorkerCommand(options: WorkerCommandOptions = {}): Promise<number> {
  const stages = options.stages ?? 'all';
  if (!isWorkerSelection(stages)) {
    process.stderr.write(`chartfacts worker: unknown stage "${stages}" (use ${WORKER_SELECTIONS.join(', ')})\n`);
    return 2;
  }
  let handle;
  try {
    const config = resolveQueueConfig(process.env, options.config);
    handle = await startWorkers(config, { stages, concurrency: options.concurrency ?? 1, logger: createLogger('chartfacts-worker') });
  } catch (err) {
    process.stderr.write(`chartfacts worker: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  await waitForShutdown();
  // The drain is bounded by shutdownMs; this is the backstop if Redis is unreachable and even
  // the hard close cannot finish.
  const config = resolveQueueConfig(process.env, options.config);
  setTimeout(() => {
    process.stderr.write('chartfacts worker: shutdown did not finish in time; exiting\n');
    process.exit(1);
  }, config.shutdownMs + 5000).unref();
  await handle.close();
  return 0;
}
