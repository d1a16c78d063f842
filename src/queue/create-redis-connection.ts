import { Redis, type RedisOptions } from 'ioredis';
import type { QueueConfig } from './queue-config.js';

/** What the connection is for; BullMQ needs different retry settings for each. */
export type ConnectionRole = 'worker' | 'producer';

/**
 * An ioredis connection from `REDIS_URL`. ioredis reads the password, user and database from the
 * URL and turns on TLS for `rediss://`. Workers use `maxRetriesPerRequest: null` (BullMQ
 * requires it: a blocking command must wait out a Redis restart, not fail); producers (the API)
 * keep a small bound so an upload fails fast with 503 while Redis is away.
 */
export function createRedisConnection(config: Pick<QueueConfig, 'redisUrl'>, role: ConnectionRole): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableReadyCheck: true,
    // Reconnect quickly at first, then every 2 s: a restarted Redis is picked up within seconds.
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  };
  return new Redis(config.redisUrl, options);
}
