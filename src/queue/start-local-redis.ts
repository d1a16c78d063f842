/**
 * The embedded default: a private `redis-server` child for `chartfacts serve` without REDIS_URL
 * (and for the tests). It listens on 127.0.0.1 only, keeps an append-only file in its own data
 * directory so queued work survives a restart, and never evicts keys.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

export interface LocalRedis {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  readonly process: ChildProcess;
  /** Shuts Redis down (it writes its append-only file first) and waits for the exit. */
  stop(): Promise<void>;
}

export interface LocalRedisOptions {
  /** TCP port; default a free one. */
  readonly port?: number;
  /** How long to wait for Redis to answer PING. Default 10 s. */
  readonly startTimeoutMs?: number;
}

/** Message shown when the binary is missing: what to install, or what to set instead. */
export const REDIS_NOT_INSTALLED =
  'redis-server is not installed or not on PATH. Install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL to an existing Redis.';

/** A TCP port nothing listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPing(port: number, deadline: number, exited: () => string | null): Promise<void> {
  for (;;) {
    const why = exited();
    if (why) throw new Error(why);
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') return;
    } catch {
      // not up yet
    } finally {
      probe.disconnect();
    }
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} in time`);
    await sleep(50);
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts `redis-server` with its data in `dir`.
 * @throws Error with {@link REDIS_NOT_INSTALLED} when the binary is missing.
 */
export async function startLocalRedis(dir: string, options: LocalRedisOptions = {}): Promise<LocalRedis> {
  await mkdir(dir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--save', '', '--daemonize', 'no', '--loglevel', 'warning'];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let failure: string | null = null;
  child.once('error', (err: NodeJS.ErrnoException) => {
    failure = err.code === 'ENOENT' ? REDIS_NOT_INSTALLED : `redis-server failed to start: ${err.message}`;
  });
  child.once('exit', (code, signal) => {
    failure ??= `redis-server exited (code ${code}, signal ${signal}) before it was ready`;
  });
  try {
    await waitForPing(port, Date.now() + (options.startTimeoutMs ?? 10_000), () => failure);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    process: child,
    async stop() {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    },
  };
}
