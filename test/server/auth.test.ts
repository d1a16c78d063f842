/** Bearer-token auth on every route but the health probes (real redis-server behind the API). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBearer } from '../../src/server/check-bearer.js';
import { startHarness, upload, TOKEN, type Harness } from '../queue/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const ID = 'a'.repeat(64);

describe('auth', () => {
  it.each([
    ['GET', `/v1/records/${ID}`],
    ['GET', `/v1/records/${ID}/facts`],
    ['GET', `/v1/records/${ID}/decision`],
    ['GET', `/v1/records/${ID}/events`],
    ['GET', '/v1/records?status=failed'],
    ['GET', '/docs/json'],
    ['GET', '/admin/queues'],
  ])('%s %s answers 401 without a token and with a wrong one', async (method, path) => {
    expect((await fetch(`${h.baseUrl}${path}`, { method })).status).toBe(401);
    expect((await fetch(`${h.baseUrl}${path}`, { method, headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it('POST /v1/records answers 401 without a token', async () => {
    const res = await upload(h, Buffer.from('text\n'), 'x.txt', {}, null);
    expect(res.status).toBe(401);
  });

  it('lets health probes through and reports Redis readiness', async () => {
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${h.baseUrl}/readyz`)).json()).toEqual({ ok: true });
  });

  it('serves the OpenAPI document and the queue dashboard with a token', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const doc = (await (await fetch(`${h.baseUrl}/docs/json`, { headers: auth })).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/records', '/v1/records/{id}', '/v1/records/{id}/events']));
    expect((await fetch(`${h.baseUrl}/admin/queues`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${h.baseUrl}/v1/records/${ID}`, { headers: auth })).status).toBe(404);
  });

  it.each([
    [`Bearer ${TOKEN}`, true],
    [`bearer ${TOKEN}`, true],
    [`Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}`, true],
    [`Bearer ${TOKEN}x`, false],
    ['Bearer', false],
    [undefined, false],
    [`Token ${TOKEN}`, false],
  ])('checkBearer(%s) is %s', (header, ok) => {
    expect(checkBearer(header, [TOKEN, 'other'])).toBe(ok);
  });
});
