/**
 * `chartfacts serve [--port N] [--host H] [--no-workers] [--concurrency N]`: the upload API plus,
 * unless --no-workers, every worker in this process. Without REDIS_URL it starts its own
 * redis-server (the embedded default) with data under CHARTFACTS_DATA_DIR/redis.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createLogger } from '../queue/create-logger.js';
import { resolveQueueConfig, type QueueConfig } from '../queue/queue-config.js';
import { startLocalRedis, type LocalRedis } from '../queue/start-local-redis.js';
import { waitForShutdown } from '../queue/wait-for-shutdown.js';
import { buildServer, type ApiServer } from '../server/build-server.js';
import { startWorkers, type WorkerHandle } from '../../workers/start-workers.js';

export interface ServeCommandOptions {
  /** Listen port; default PORT or 3000. */
  readonly port?: number;
  /** Listen address; default HOST or 127.0.0.1. */
  readonly host?: string;
  /** Run workers in this process (default true; `--no-workers` sets false). */
  readonly workers?: boolean;
  /** Jobs at once per stage for the in-process workers. Default 2. */
  readonly concurrency?: number;
}

function say(line: string): void {
  process.stderr.write(`chartfacts serve: ${line}\n`);
}

/** Bearer tokens from CHARTFACTS_TOKENS, or one random token for this run, printed once. */
function tokensFromEnv(): string[] {
  const tokens = (process.env['CHARTFACTS_TOKENS'] ?? '').split(',').map((t) => t.trim()).filter((t) => t !== '');
  if (tokens.length > 0) return tokens;
  const token = randomBytes(24).toString('base64url');
  say(`CHARTFACTS_TOKENS is not set; this run accepts the generated token ${token}`);
  return [token];
}

/**
 * Serves until SIGTERM/SIGINT, then stops the server, drains workers and stops the embedded Redis.
 * @returns the exit code: 0 after a clean shutdown, 2 when it cannot start (reason on stderr).
 */
export async function runServeCommand(options: ServeCommandOptions = {}): Promise<number> {
  let localRedis: LocalRedis | undefined;
  let server: ApiServer | undefined;
  let workers: WorkerHandle | undefined;
  const stopAll = async (): Promise<void> => {
    await server?.close().catch(() => undefined);
    await workers?.close().catch(() => undefined);
    await localRedis?.stop().catch(() => undefined);
  };
  try {
    let config: QueueConfig = resolveQueueConfig();
    if (!process.env['REDIS_URL']) {
      localRedis = await startLocalRedis(join(config.dataDir, 'redis'));
      config = resolveQueueConfig(process.env, { redisUrl: localRedis.url });
      say(`REDIS_URL is not set; started a local redis-server on 127.0.0.1:${localRedis.port} (data and append-only file in ${localRedis.dir})`);
    }
    const logger = createLogger('chartfacts-api');
    server = await buildServer({ config, tokens: tokensFromEnv(), logger });
    if (options.workers !== false) {
      workers = await startWorkers(config, { stages: 'all', concurrency: options.concurrency ?? 2, logger: createLogger('chartfacts-worker') });
    }
    const port = options.port ?? Number(process.env['PORT'] || 3000);
    const host = options.host ?? process.env['HOST'] ?? '127.0.0.1';
    const address = await server.app.listen({ port, host });
    say(`listening on ${address} (data in ${config.dataDir}${workers ? ', workers running' : ', no workers'})`);
  } catch (err) {
    say(err instanceof Error ? err.message : String(err));
    await stopAll();
    return 2;
  }
  await waitForShutdown();
  say('shutting down');
  setTimeout(() => {
    say('shutdown did not finish in time; exiting');
    process.exit(1);
  }, resolveQueueConfig().shutdownMs + 10_000).unref();
  await stopAll();
  return 0;
}
