/**
 * Test harness for the queued pipeline: a throwaway real redis-server (random port, temp dir), the
 * API server in this process, and worker processes from the compiled `dist/workers/run.js`
 * (BullMQ sandboxed processors are files, so workers need the build: `npm test` builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { Redis } from 'ioredis';
import { resolveQueueConfig, resultsStreamKey, type QueueConfig } from '../../src/queue/queue-config.js';
import { startLocalRedis, type LocalRedis } from '../../src/queue/start-local-redis.js';
import { buildServer, type ApiServer } from '../../src/server/build-server.js';
import type { RecordState } from '../../src/queue/record-store.js';

export const TOKEN = 'test-token-1';
export const CALLBACK_SECRET = 'callback-secret';
const WORKER_ENTRY = fileURLToPath(new URL('../../dist/workers/run.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/dev-corpus/', import.meta.url));

export interface Harness {
  readonly dir: string;
  redis: LocalRedis;
  readonly config: QueueConfig;
  readonly server: ApiServer;
  readonly baseUrl: string;
  /** A client connection for assertions (stream, queues). */
  readonly client: Redis;
  readonly workerEnv: NodeJS.ProcessEnv;
  startWorker(args?: string[]): ChildProcess;
  /** SIGKILLs a worker and its sandboxed children (its process group), like a machine dying. */
  killWorker(child: ChildProcess): Promise<void>;
  restartRedis(): Promise<void>;
  stop(): Promise<void>;
}

/** Extra environment for the workers and the config, e.g. short locks for crash tests. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  if (!existsSync(WORKER_ENTRY)) throw new Error('dist/workers/run.js is missing: run `npm run build` first');
  const dir = await mkdtemp(join(tmpdir(), 'chartfacts-queue-'));
  let redis = await startLocalRedis(join(dir, 'redis'));
  const baseEnv: Record<string, string> = {
    REDIS_URL: redis.url,
    CHARTFACTS_DATA_DIR: join(dir, 'data'),
    CHARTFACTS_PREFIX: 'cftest',
    CHARTFACTS_BACKOFF_MS: '200',
    CHARTFACTS_CALLBACK_HOSTS: '127.0.0.1',
    CHARTFACTS_CALLBACK_SECRET: CALLBACK_SECRET,
    CHARTFACTS_SHUTDOWN_MS: '3000',
    LOG_LEVEL: 'warn',
    ...env,
  };
  const config = resolveQueueConfig(baseEnv);
  const server = await buildServer({ config, tokens: [TOKEN], logger: pino({ level: 'silent' }), sweepEveryMs: 0 });
  const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
  const client = new Redis(redis.url, { maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  const workers = new Set<ChildProcess>();
  const workerEnv = { ...process.env, ...baseEnv };
  const killGroup = async (child: ChildProcess, signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid!, signal);
    } catch {
      return;
    }
    await Promise.race([exited, sleep(10_000)]);
  };
  const harness: Harness = {
    dir,
    redis,
    config,
    server,
    baseUrl: address,
    client,
    workerEnv,
    startWorker(args = ['all', '--concurrency', '2']) {
      const child = spawn(process.execPath, [WORKER_ENTRY, ...args], { env: workerEnv, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.on('data', (d: Buffer) => {
        if (process.env['CHARTFACTS_TEST_DEBUG']) process.stderr.write(d);
      });
      workers.add(child);
      return child;
    },
    async killWorker(child) {
      await killGroup(child, 'SIGKILL');
      workers.delete(child);
    },
    async restartRedis() {
      const port = harness.redis.port;
      await harness.redis.stop();
      await sleep(500);
      redis = await startLocalRedis(join(dir, 'redis'), { port });
      harness.redis = redis;
    },
    async stop() {
      await Promise.all([...workers].map((w) => killGroup(w, 'SIGTERM')));
      await Promise.all([...workers].map((w) => killGroup(w, 'SIGKILL')));
      await server.close().catch(() => undefined);
      client.disconnect();
      await harness.redis.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** POSTs `bytes` as the multipart `file` field. */
export async function upload(h: Harness, bytes: Uint8Array, fileName: string, fields: Record<string, string> = {}, token: string | null = TOKEN): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([bytes]), fileName);
  return fetch(`${h.baseUrl}/v1/records`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

export async function getJson<T = Record<string, unknown>>(h: Harness, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${h.baseUrl}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: res.status, body: (await res.json()) as T };
}

export interface RecordView extends Pick<RecordState, 'id' | 'status' | 'stage' | 'progress' | 'error'> {
  readonly facts: Record<string, unknown> | null;
  readonly decision: Record<string, unknown> | null;
}

/** Polls GET /v1/records/:id until `done(view)` or the timeout. */
export async function waitForRecord(h: Harness, id: string, done: (v: RecordView) => boolean, timeoutMs = 60_000): Promise<RecordView> {
  const deadline = Date.now() + timeoutMs;
  let last: RecordView | undefined;
  while (Date.now() < deadline) {
    const { status, body } = await getJson<RecordView>(h, `/v1/records/${id}`);
    if (status === 200) {
      last = body;
      if (done(body)) return body;
    }
    await sleep(100);
  }
  throw new Error(`record ${id} did not reach the expected state in ${timeoutMs} ms; last: ${JSON.stringify(last && { ...last, facts: !!last.facts, decision: !!last.decision })}`);
}

export const isFinished = (v: RecordView): boolean => v.status === 'completed' || v.status === 'failed';

/** Ids on the results stream, in order. */
export async function streamIds(h: Harness): Promise<string[]> {
  const entries = await h.client.xrange(resultsStreamKey(h.config), '-', '+');
  return entries.map(([, fields]) => fields[fields.indexOf('id') + 1]!);
}

export async function fixture(name: string): Promise<Buffer> {
  return readFile(join(FIXTURES, name));
}

/** A local HTTP server that records callback POSTs (body and signature header). */
export async function startCallbackReceiver(): Promise<{ url: string; received: { body: string; signature: string | undefined }[]; close(): Promise<void> }> {
  const received: { body: string; signature: string | undefined }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('utf8')));
    req.on('end', () => {
      received.push({ body, signature: req.headers['x-chartfacts-signature'] as string | undefined });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((r) => server.close(() => r())) };
}
