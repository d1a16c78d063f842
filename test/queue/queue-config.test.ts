import { describe, expect, it } from 'vitest';
import { resolveQueueConfig, resultsStreamKey } from '../../src/queue/queue-config.js';
import { isAllowedCallback, signCallback } from '../../src/queue/sign-callback.js';
import { createHmac } from 'node:crypto';

describe('resolveQueueConfig', () => {
  it('has defaults that keep jobs bounded', () => {
    const c = resolveQueueConfig({});
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(c.prefix).toBe('chartfacts');
    expect(c.keepCompleted.count).toBeGreaterThan(0);
    expect(c.keepFailed.ageSeconds).toBeGreaterThan(0);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('wraps the prefix in a hash tag for Redis Cluster, and the results stream follows', () => {
    const c = resolveQueueConfig({ CHARTFACTS_PREFIX: 'cf', CHARTFACTS_REDIS_CLUSTER: '1' });
    expect(c.prefix).toBe('{cf}');
    expect(resultsStreamKey(c)).toBe('{cf}:results');
  });

  it.each([
    [{ REDIS_URL: 'http://x' }, /REDIS_URL/],
    [{ CHARTFACTS_ATTEMPTS: '0' }, /CHARTFACTS_ATTEMPTS/],
    [{ CHARTFACTS_KEEP_FAILED: 'forever' }, /CHARTFACTS_KEEP_FAILED/],
    [{ CHARTFACTS_PREFIX: 'a:b' }, /CHARTFACTS_PREFIX/],
    [{ CHARTFACTS_CALLBACK_HOSTS: 'example.com' }, /CALLBACK_SECRET/],
  ])('rejects %o', (env, message) => {
    expect(() => resolveQueueConfig(env)).toThrow(message);
  });

  it('reads the OCR fan-out threshold and batch size, 0 meaning every scanned page fans out', () => {
    expect(resolveQueueConfig({})).toMatchObject({ ocrFanOutPages: 4, ocrBatchPages: 1 });
    expect(resolveQueueConfig({ CHARTFACTS_OCR_FANOUT_PAGES: '0', CHARTFACTS_OCR_BATCH_PAGES: '3' })).toMatchObject({ ocrFanOutPages: 0, ocrBatchPages: 3 });
    expect(() => resolveQueueConfig({ CHARTFACTS_OCR_BATCH_PAGES: '0' })).toThrow(/CHARTFACTS_OCR_BATCH_PAGES/);
  });

  it('accepts rediss:// URLs with passwords', () => {
    expect(resolveQueueConfig({ REDIS_URL: 'rediss://:s3cret@redis.example.com:6380/2' }).redisUrl).toMatch(/^rediss:/);
  });
});

describe('callbacks', () => {
  it.each([
    ['https://hooks.example.com/x', true],
    ['http://hooks.example.com:8080/x', true],
    ['https://evil.example.com/x', false],
    ['https://hooks.example.com.evil.net/x', false],
    ['ftp://hooks.example.com/x', false],
    ['https://user:pw@hooks.example.com/x', false],
    ['not a url', false],
  ])('isAllowedCallback(%s) is %s', (url, ok) => {
    expect(isAllowedCallback(url, ['hooks.example.com'])).toBe(ok);
  });

  it('signs the body with HMAC-SHA256', () => {
    const body = '{"id":"x","status":"completed","error":null}';
    expect(signCallback('k', body)).toBe(`sha256=${createHmac('sha256', 'k').update(body).digest('hex')}`);
  });
});
