/** The embedded redis-server of `chartfacts serve`: durable, non-evicting, clear when missing. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRedis, REDIS_NOT_INSTALLED } from '../../src/queue/start-local-redis.js';
import { checkEvictionPolicy } from '../../src/queue/check-eviction-policy.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartfacts-redis-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('startLocalRedis', () => {
  it('starts redis-server with an append-only file, noeviction, on localhost', async () => {
    const redis = await startLocalRedis(join(dir, 'a'));
    const client = new Redis(redis.url);
    try {
      expect(await client.call('CONFIG', 'GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.call('CONFIG', 'GET', 'dir')).toEqual(['dir', join(dir, 'a')]);
      await expect(checkEvictionPolicy(client)).resolves.toBeUndefined();
      await client.call('CONFIG', 'SET', 'maxmemory-policy', 'volatile-lru');
      await expect(checkEvictionPolicy(client)).rejects.toThrow(/volatile-lru.*noeviction/);
    } finally {
      client.disconnect();
      await redis.stop();
    }
    expect(redis.process.exitCode !== null || redis.process.signalCode !== null).toBe(true);
  });

  it('says what to install when redis-server is not on PATH', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = join(dir, 'empty-bin');
    try {
      await expect(startLocalRedis(join(dir, 'b'))).rejects.toThrow(REDIS_NOT_INSTALLED);
    } finally {
      process.env['PATH'] = path;
    }
  });
});
