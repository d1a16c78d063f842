import type { Redis } from 'ioredis';
import { resultsStreamKey, type QueueConfig } from './queue-config.js';

/**
 * Marker and stream entry in one script, so a decide job that is retried after a crash (between
 * storing the decision and finishing the job) cannot publish the same record twice. Both keys
 * share the prefix, hence the hash slot when the prefix is a hash tag.
 */
const PUBLISH_ONCE = `
if redis.call('SET', KEYS[1], '1', 'NX') then
  if tonumber(ARGV[3]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
  return redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', 'id', ARGV[1], 'status', 'completed')
end
return false`;

/**
 * Appends `{id, status: completed}` to the `<prefix>:results` stream exactly once per record.
 * @returns the stream entry id, or null when the record was published before.
 */
export async function publishResult(redis: Redis, config: QueueConfig, id: string): Promise<string | null> {
  const marker = `${config.prefix}:published:${id}`;
  const ttl = config.retentionHours * 3600;
  const out = (await redis.eval(PUBLISH_ONCE, 2, marker, resultsStreamKey(config), id, String(config.resultsMaxLen), String(ttl))) as string | null;
  return out ?? null;
}

/** Sorted set of failed record ids scored by failure time, for listing failures with codes. */
export function failedSetKey(config: Pick<QueueConfig, 'prefix'>): string {
  return `${config.prefix}:failed`;
}
