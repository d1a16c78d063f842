import type { Redis } from 'ioredis';

/**
 * Refuses to go on unless Redis's `maxmemory-policy` is `noeviction`: under any other policy
 * Redis may silently delete job keys when memory runs short, and jobs would vanish.
 * Managed Redis services often disable CONFIG, so INFO is the fallback.
 *
 * @throws Error saying which policy was found and how to fix it.
 */
export async function checkEvictionPolicy(redis: Redis): Promise<void> {
  let policy: string | undefined;
  try {
    const reply = (await redis.call('CONFIG', 'GET', 'maxmemory-policy')) as string[];
    policy = reply[1];
  } catch {
    const info = await redis.info('memory');
    policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  }
  if (policy === undefined) throw new Error('cannot read Redis maxmemory-policy (CONFIG and INFO both failed)');
  if (policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy}"; the queue needs "noeviction" because any other policy lets Redis delete job keys under memory pressure (set it with: CONFIG SET maxmemory-policy noeviction, or in redis.conf)`,
    );
  }
}
