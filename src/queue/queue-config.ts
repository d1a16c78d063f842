/**
 * Settings of the queued pipeline (API, workers, storage), read once from the environment and
 * flags, validated and frozen. Each field documents its variable and default.
 */
import { resolve } from 'node:path';
import { ChartfactsError } from '../errors/chartfacts-error.js';

/** How long and how many finished jobs BullMQ keeps (its default keeps every job forever). */
export interface KeepJobs {
  readonly ageSeconds: number;
  readonly count: number;
}

export interface QueueConfig {
  /** `REDIS_URL`: `redis://[:password@]host:port[/db]` or `rediss://` for TLS. Default redis://127.0.0.1:6379. */
  readonly redisUrl: string;
  /**
   * Key prefix of every Redis key (`CHARTFACTS_PREFIX`, default `chartfacts`), already wrapped
   * in a hash tag (`{chartfacts}`) when `CHARTFACTS_REDIS_CLUSTER=1`, so all keys of the
   * pipeline land in one Redis Cluster slot (BullMQ's scripts need that).
   */
  readonly prefix: string;
  /** `CHARTFACTS_DATA_DIR`: uploads, intermediate pages and results. Default `./.chartfacts`. */
  readonly dataDir: string;
  /** `CHARTFACTS_ATTEMPTS`: tries per stage for retryable errors. Default 5. */
  readonly attempts: number;
  /** `CHARTFACTS_BACKOFF_MS`: first retry delay; doubles each time. Default 1000. */
  readonly backoffMs: number;
  /** Completed jobs kept: 1 hour, 1,000 jobs (`CHARTFACTS_KEEP_COMPLETED=age_s,count`). */
  readonly keepCompleted: KeepJobs;
  /** Failed jobs kept: 7 days, 10,000 jobs (`CHARTFACTS_KEEP_FAILED=age_s,count`). */
  readonly keepFailed: KeepJobs;
  /**
   * `CHARTFACTS_RETENTION_HOURS`: finished records (upload, results, status) older than this are
   * deleted from the data directory and Redis. Default 720 (30 days); 0 keeps them forever.
   */
  readonly retentionHours: number;
  /** `CHARTFACTS_LOCK_MS`: BullMQ job lock; a worker silent this long is taken for dead. Default 30000. */
  readonly lockDurationMs: number;
  /** `CHARTFACTS_STALLED_MS`: how often workers look for stalled jobs. Default 30000. */
  readonly stalledIntervalMs: number;
  /** `CHARTFACTS_MAX_STALLED`: stalls before a job fails for good. Default 2. */
  readonly maxStalledCount: number;
  /** `CHARTFACTS_SHUTDOWN_MS`: bound on a graceful shutdown before workers are closed hard. Default 30000. */
  readonly shutdownMs: number;
  /** `CHARTFACTS_MAX_UPLOAD_MB`: largest upload. Default 50 (the library's file limit). */
  readonly maxUploadBytes: number;
  /** `CHARTFACTS_CALLBACK_HOSTS`: comma-separated host names (or host:port) callbacks may go to. Default none. */
  readonly callbackHosts: readonly string[];
  /** `CHARTFACTS_CALLBACK_SECRET`: HMAC-SHA256 key for callback signatures. Required when hosts are set. */
  readonly callbackSecret: string | null;
  /** `CHARTFACTS_RESULTS_MAXLEN`: approximate length cap of the results stream. Default 100000. */
  readonly resultsMaxLen: number;
  /**
   * `CHARTFACTS_TEST_STAGE_DELAY_MS`: fault-injection knob for the crash tests; each stage waits
   * this long before working so a test can kill a worker mid-job. Default 0; never set it in
   * production.
   */
  readonly stageDelayMs: number;
  /**
   * `CHARTFACTS_OCR_FANOUT_PAGES`: a PDF with more pages than this needing OCR has them recognized
   * as separate jobs on the `ocr` queue (spread over every worker) instead of inside its parse
   * job. Default 4; 0 fans out every scanned page.
   */
  readonly ocrFanOutPages: number;
  /** `CHARTFACTS_OCR_BATCH_PAGES`: pages per fanned-out OCR job. Default 1. */
  readonly ocrBatchPages: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ChartfactsError('invalid_options', `${name} must be a whole number >= ${min}`);
  return n;
}

function keep(env: Env, name: string, fallback: KeepJobs): KeepJobs {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const [age, count] = raw.split(',').map(Number);
  if (!Number.isInteger(age) || !Number.isInteger(count) || age! < 0 || count! < 0) {
    throw new ChartfactsError('invalid_options', `${name} must be "ageSeconds,count"`);
  }
  return { ageSeconds: age!, count: count! };
}

function redisUrl(raw: string | undefined): string {
  const url = raw && raw !== '' ? raw : 'redis://127.0.0.1:6379';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ChartfactsError('invalid_options', 'REDIS_URL is not a valid URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new ChartfactsError('invalid_options', 'REDIS_URL must start with redis:// or rediss://');
  }
  return url;
}

function prefix(env: Env): string {
  const base = env['CHARTFACTS_PREFIX'] || 'chartfacts';
  // BullMQ joins keys with ':'; braces are added by us for the hash tag.
  if (!/^[A-Za-z0-9_.-]+$/.test(base)) throw new ChartfactsError('invalid_options', 'CHARTFACTS_PREFIX may hold letters, digits, "_", "." and "-" only');
  const cluster = env['CHARTFACTS_REDIS_CLUSTER'];
  return cluster === '1' || cluster === 'true' ? `{${base}}` : base;
}

/**
 * Reads the configuration from `env` (normally `process.env`), with `overrides` (from flags)
 * winning. Validates everything before any connection is made.
 *
 * @throws ChartfactsError `invalid_options` naming the bad variable.
 */
export function resolveQueueConfig(env: Env = process.env, overrides: Partial<QueueConfig> = {}): Readonly<QueueConfig> {
  const hosts = (env['CHARTFACTS_CALLBACK_HOSTS'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
  const config: QueueConfig = {
    redisUrl: redisUrl(env['REDIS_URL']),
    prefix: prefix(env),
    dataDir: resolve(env['CHARTFACTS_DATA_DIR'] || '.chartfacts'),
    attempts: int(env, 'CHARTFACTS_ATTEMPTS', 5, 1),
    backoffMs: int(env, 'CHARTFACTS_BACKOFF_MS', 1000, 1),
    keepCompleted: keep(env, 'CHARTFACTS_KEEP_COMPLETED', { ageSeconds: 3600, count: 1000 }),
    keepFailed: keep(env, 'CHARTFACTS_KEEP_FAILED', { ageSeconds: 7 * 24 * 3600, count: 10_000 }),
    retentionHours: int(env, 'CHARTFACTS_RETENTION_HOURS', 720),
    lockDurationMs: int(env, 'CHARTFACTS_LOCK_MS', 30_000, 1000),
    stalledIntervalMs: int(env, 'CHARTFACTS_STALLED_MS', 30_000, 500),
    maxStalledCount: int(env, 'CHARTFACTS_MAX_STALLED', 2, 0),
    shutdownMs: int(env, 'CHARTFACTS_SHUTDOWN_MS', 30_000, 0),
    maxUploadBytes: int(env, 'CHARTFACTS_MAX_UPLOAD_MB', 50, 1) * 1024 * 1024,
    callbackHosts: hosts,
    callbackSecret: env['CHARTFACTS_CALLBACK_SECRET'] || null,
    resultsMaxLen: int(env, 'CHARTFACTS_RESULTS_MAXLEN', 100_000, 1),
    stageDelayMs: int(env, 'CHARTFACTS_TEST_STAGE_DELAY_MS', 0),
    ocrFanOutPages: int(env, 'CHARTFACTS_OCR_FANOUT_PAGES', 4),
    ocrBatchPages: int(env, 'CHARTFACTS_OCR_BATCH_PAGES', 1, 1),
    ...overrides,
  };
  if (config.callbackHosts.length > 0 && !config.callbackSecret) {
    throw new ChartfactsError('invalid_options', 'CHARTFACTS_CALLBACK_HOSTS is set but CHARTFACTS_CALLBACK_SECRET is not');
  }
  return Object.freeze(config);
}

/** Redis key of the stream that completed record ids are appended to. */
export function resultsStreamKey(config: Pick<QueueConfig, 'prefix'>): string {
  return `${config.prefix}:results`;
}
