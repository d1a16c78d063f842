import { FlowProducer } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedisConnection } from './create-redis-connection.js';
import { openQueues, type Queues } from './open-queues.js';
import { resolveQueueConfig, type QueueConfig } from './queue-config.js';
import { createRecordStore, type RecordStore } from './record-store.js';

/** Environment variable that hands the parent's resolved configuration to sandboxed processors. */
export const CONFIG_ENV = 'CHARTFACTS_QUEUE_CONFIG';

/** What a stage needs besides its job: settings, storage, Redis and the queues to hand off to. */
export interface PipelineContext {
  readonly config: QueueConfig;
  readonly store: RecordStore;
  readonly redis: Redis;
  readonly queues: Queues;
  /** Adds a long scan's OCR jobs together with the job that waits for them all. */
  readonly flows: FlowProducer;
  close(): Promise<void>;
}

/** Opens storage, a worker-role connection and the queues for `config`. */
export function openPipelineContext(config: QueueConfig): PipelineContext {
  const redis = createRedisConnection(config, 'worker');
  const queues = openQueues(config, redis);
  const flows = new FlowProducer({ connection: redis, prefix: config.prefix });
  return {
    config,
    store: createRecordStore(config.dataDir),
    redis,
    queues,
    flows,
    async close() {
      await Promise.all([queues.close(), flows.close()]);
      redis.disconnect();
    },
  };
}

let shared: PipelineContext | undefined;

/**
 * The context of a sandboxed processor process, made once from the configuration its parent put
 * in {@link CONFIG_ENV} (flags included), falling back to the environment.
 */
export function sandboxContext(): PipelineContext {
  if (!shared) {
    const raw = process.env[CONFIG_ENV];
    const config = raw ? (Object.freeze(JSON.parse(raw)) as QueueConfig) : resolveQueueConfig();
    shared = openPipelineContext(config);
  }
  return shared;
}
