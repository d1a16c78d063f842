import Fastify from 'fastify';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ChartfactsError } from '../../src/errors/chartfacts-error.js';
import { handleServerError } from '../../src/server/handle-server-error.js';

const SECRET = 'POE, PETER A. 05-30-1975.pdf';

async function appWithErrors(): Promise<{ app: ReturnType<typeof Fastify>; logs: string[] }> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const app = Fastify({ loggerInstance: pino({ level: 'debug' }, sink) });
  app.setErrorHandler(handleServerError);
  app.get('/typed', async () => {
    throw new ChartfactsError('not_pdf');
  });
  app.get('/multipart', async () => {
    // What @fastify/multipart throws: the failing part, file name included, rides on the error.
    throw Object.assign(new Error('request file too large'), { code: 'FST_REQ_FILE_TOO_LARGE', statusCode: 413, part: { filename: SECRET, fields: { note: SECRET } } });
  });
  app.get('/bug', async () => {
    throw new Error(`cannot parse ${SECRET}`);
  });
  app.get('/limited', async () => {
    throw { statusCode: 429, message: 'more than 5 requests a minute with this token; retry in 1 minute' };
  });
  await app.ready();
  return { app, logs };
}

describe('handleServerError', () => {
  it('answers catalogue errors and multipart limits with their codes', async () => {
    const { app } = await appWithErrors();
    const typed = await app.inject('/typed');
    expect([typed.statusCode, typed.json()]).toEqual([415, { error: { code: 'not_pdf', message: expect.any(String) } }]);
    const big = await app.inject('/multipart');
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'file_too_large']);
    const limited = await app.inject('/limited');
    expect([limited.statusCode, limited.json().message]).toEqual([429, expect.stringContaining('retry in')]);
  });

  it('never sends or logs what an error carries beyond its name, code and status', async () => {
    const { app, logs } = await appWithErrors();
    const bug = await app.inject('/bug');
    expect(bug.statusCode).toBe(500);
    expect(bug.body).not.toContain(SECRET);
    await app.inject('/multipart');
    const all = logs.join('');
    // The failures are logged, just without their payload.
    expect(all).toContain('"code":"file_too_large"');
    expect(all).toContain('"statusCode":500');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('PETER');
  });
});
