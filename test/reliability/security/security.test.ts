/**
 * Security of the queued service, end to end with real redis-server and worker processes:
 * every route but the health probes (and the review page's static files) needs a token; a
 * per-token rate limit answers 429 with Retry-After; an over-size upload is refused while it
 * streams; stored files are owner-only; Redis with a password and over TLS works; job payloads
 * and every Redis value hold references, not record text; retention deletes; and with debug
 * logging on, no patient name, date of birth or gold quote of the dev corpus reaches any log.
 * Figures go to `.chartfacts/reliability/security.json`.
 *
 * Needs `dist/` (workers and the serve command run the build): `flock /tmp/build.lock npm run build`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../src/queue/start-local-redis.js';
import { buildServer, type ApiServer } from '../../../src/server/build-server.js';
import { FIXTURES, isFinished, startHarness, TOKEN, waitForRecord, type Harness } from '../../queue/harness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'chartfacts.js');
const WORKER_ENTRY = join(ROOT, 'dist', 'workers', 'run.js');
const REPORT = join(ROOT, '.chartfacts', 'reliability', 'security.json');
const SILENT = pino({ level: 'silent' });
const RECORD_ID = 'a'.repeat(64);
/** Routes the bearer check deliberately leaves open: probes, and the review page's static files (no record data). */
const PUBLIC_ROUTES = [/^\/healthz$/, /^\/readyz$/, /^\/$/, /^\/ui\/:file$/];

interface Row {
  name: string;
  expectedCode: string;
  cliCode: null;
  apiCode: string;
  ms: number;
  peakRssMb: null;
  detail?: string;
}

const rows: Row[] = [];
let logLeaks: number | null = null;
let inputsTried = 0;
/** Inputs that got exactly the answer expected of them (401, 429, 413, a completed record, ...). */
let answered = 0;
let recordsLost = 0;
let workerCrashes = 0;
/** Highest VmHWM of any worker process (or its sandboxed children) the suite started, MB. */
let peakRssMb = 0;

function groupPeakMb(pgid: number): number {
  let peak = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // gone
    }
  }
  return Math.round(peak);
}
let h: Harness;
const cleanups: (() => Promise<void>)[] = [];

function record(name: string, expectedCode: string, apiCode: string, started: number, detail?: string): void {
  rows.push({ name, expectedCode, cliCode: null, apiCode, ms: Math.round(performance.now() - started), peakRssMb: null, ...(detail ? { detail } : {}) });
}

async function listen(server: ApiServer): Promise<string> {
  cleanups.push(() => server.close());
  return server.app.listen({ port: 0, host: '127.0.0.1' });
}

/** A worker process (all stages) with its stdout and stderr captured. */
function startCapturedWorker(env: NodeJS.ProcessEnv, sink: string[]): ChildProcess {
  const child = spawn(process.execPath, [WORKER_ENTRY, 'all', '--concurrency', '2'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => sink.push(d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => sink.push(d.toString('utf8')));
  let asked = false;
  child.on('exit', () => {
    if (!asked) workerCrashes++;
  });
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    peakRssMb = Math.max(peakRssMb, groupPeakMb(child.pid!));
    asked = true;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await Promise.race([gone, sleep(8000)]);
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  });
  return child;
}

/** A redis-server child with extra arguments (password, TLS), stopped at the end. */
async function startRedis(dir: string, args: string[], probe: () => Promise<boolean>): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const child = spawn('redis-server', ['--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--loglevel', 'warning', ...args], { stdio: 'ignore' });
  cleanups.push(async () => {
    child.kill('SIGTERM');
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
  });
  for (let i = 0; i < 100; i++) {
    if (await probe().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error('redis-server did not come up');
}

async function pingWith(url: string, tls?: { ca: Buffer }): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, ...(tls ? { tls: { ca: tls.ca } } : {}) });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } finally {
    r.disconnect();
  }
}

async function uploadTo(baseUrl: string, bytes: Uint8Array, fileName: string, token = TOKEN): Promise<{ status: number; body: { id?: string; error?: { code: string } } }> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), fileName);
  const res = await fetch(`${baseUrl}/v1/records`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as { id?: string; error?: { code: string } } };
}

async function waitCompleted(baseUrl: string, id: string, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await fetch(`${baseUrl}/v1/records/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    if (res.status === 200) {
      const v = (await res.json()) as { status: string; error: { code: string } | null };
      if (v.status === 'completed') return 'ok';
      if (v.status === 'failed') return v.error?.code ?? 'failed';
    }
    await sleep(150);
  }
  return 'lost';
}

/** Patient names, dates of birth and gold quotes of the dev corpus: what must never be logged. */
function sensitiveStrings(): { names: string[]; all: string[] } {
  const names = new Set<string>();
  const dobs = new Set<string>();
  const quotes = new Set<string>();
  const files = readdirSync(FIXTURES);
  for (const f of files.filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(FIXTURES, f), 'utf8');
    for (const m of text.matchAll(/\b(?:Patient(?: name)?|Employee|Applicant|Injured worker|Claimant|Name)\s*:[ \t]*([A-Z][A-Za-z.,'-]+(?: [A-Z][A-Za-z.,'-]+)+)/g)) {
      names.add(m[1]!.replace(/[ ,.]+$/, ''));
    }
    for (const m of text.matchAll(/\b(?:DOB|Date of birth)\s*:?[ \t]*(\d{1,2}\/\d{1,2}\/\d{2,4})/gi)) dobs.add(m[1]!);
  }
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'quote' || k === 'decisionQuote') && typeof x === 'string' && x.length >= 12) quotes.add(x);
        else walk(x);
      }
    }
  };
  for (const f of files.filter((x) => x.endsWith('.gold.json'))) walk(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
  return { names: [...names], all: [...names, ...dobs, ...quotes] };
}

/** Every value in Redis as text (strings, hashes, lists, sets, sorted sets, streams). */
async function dumpRedis(client: Redis): Promise<string> {
  const parts: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      const type = await client.type(key);
      parts.push(key);
      if (type === 'string') parts.push((await client.get(key)) ?? '');
      else if (type === 'hash') parts.push(JSON.stringify(await client.hgetall(key)));
      else if (type === 'list') parts.push(JSON.stringify(await client.lrange(key, 0, -1)));
      else if (type === 'set') parts.push(JSON.stringify(await client.smembers(key)));
      else if (type === 'zset') parts.push(JSON.stringify(await client.zrange(key, 0, -1)));
      else if (type === 'stream') parts.push(JSON.stringify(await client.xrange(key, '-', '+')));
    }
  } while (cursor !== '0');
  return parts.join('\n');
}

function walkModes(dir: string, out: { path: string; mode: number; dir: boolean }[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    out.push({ path: p, mode: statSync(p).mode & 0o777, dir: e.isDirectory() });
    if (e.isDirectory()) walkModes(p, out);
  }
}

beforeAll(async () => {
  if (!existsSync(WORKER_ENTRY)) throw new Error('dist/ is missing: run `npm run build` first');
  h = await startHarness();
});

afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  await h?.stop();
  const report = {
    suite: 'security',
    inputsTried,
    inputsAnsweredWithCode: answered,
    faultsInjected: 0,
    recordsLost,
    recordsDuplicated: 0,
    workerCrashes,
    peakRssMb,
    p95LatencyMs: null,
    logLeaks,
    rows,
  };
  mkdirSync(join(REPORT, '..'), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
});

describe('authentication', () => {
  it('every registered route but the probes and the review page answers 401 without a valid token', async () => {
    const started = performance.now();
    const routes = h.server.routes;
    // The list must really be the app's: it holds the record API, the docs and the dashboard.
    const urls = new Set(routes.map((r) => r.url));
    for (const u of ['/v1/records', '/v1/records/:id', '/docs/json', '/admin/queues']) expect(urls.has(u) || [...urls].some((x) => x.startsWith(u)), u).toBe(true);
    const failures: string[] = [];
    let checked = 0;
    for (const { method, url } of routes) {
      if (method === 'OPTIONS') continue;
      const open = PUBLIC_ROUTES.some((p) => p.test(url));
      if (open && !/^\/(v1|admin|docs)(\/|$)/.test(url)) continue;
      const path = url.replace(/:id\b/g, RECORD_ID).replace(/:[A-Za-z]+/g, 'x').replace(/\*/g, 'x');
      for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${Buffer.from('user:wrong').toString('base64')}`]) {
        const res = await fetch(`${h.baseUrl}${path}`, { method, headers: authorization ? { authorization } : {}, ...(method === 'POST' || method === 'PUT' || method === 'PATCH' ? { body: '{}' } : {}) });
        checked++;
        inputsTried++;
        if (res.status !== 401) failures.push(`${method} ${url} (${authorization ?? 'no token'}) → ${res.status}`);
        else answered++;
      }
    }
    record(`${checked} route × credential checks without a valid token`, '401', failures.length === 0 ? '401' : `${failures.length} not 401`, started, failures.join('; ') || undefined);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});

describe('rate limit', () => {
  it('limits each token per minute with 429 and Retry-After; other tokens and probes are unaffected', async () => {
    const started = performance.now();
    const server = await buildServer({ config: h.config, tokens: [TOKEN, 'second-token'], logger: SILENT, sweepEveryMs: 0, rateLimitPerMinute: 5 });
    const base = await listen(server);
    const get = (token: string): Promise<Response> => fetch(`${base}/v1/records/${RECORD_ID}`, { headers: { authorization: `Bearer ${token}` } });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await get(TOKEN)).status);
    inputsTried += 7;
    answered += statuses.filter((st, i) => st === (i < 5 ? 404 : 429)).length;
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    const limited = await get(TOKEN);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await get('second-token')).status).toBe(404);
    for (let i = 0; i < 10; i++) expect((await fetch(`${base}/healthz`)).status).toBe(200);
    record('7 requests with one token, limit 5/min', '429', String(statuses[6]), started, `retry-after ${limited.headers.get('retry-after')} s`);
  });

  it('reads the limit from CHARTFACTS_RATE_LIMIT', async () => {
    const started = performance.now();
    const saved = process.env['CHARTFACTS_RATE_LIMIT'];
    process.env['CHARTFACTS_RATE_LIMIT'] = '2';
    let server: ApiServer;
    try {
      server = await buildServer({ config: h.config, tokens: [TOKEN], logger: SILENT, sweepEveryMs: 0 });
    } finally {
      if (saved === undefined) delete process.env['CHARTFACTS_RATE_LIMIT'];
      else process.env['CHARTFACTS_RATE_LIMIT'] = saved;
    }
    const base = await listen(server);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${base}/v1/records/${RECORD_ID}`, { headers: { authorization: `Bearer ${TOKEN}` } })).status);
    inputsTried += 3;
    answered += statuses.filter((st, i) => st === [404, 404, 429][i]).length;
    expect(statuses).toEqual([404, 404, 429]);
    record('CHARTFACTS_RATE_LIMIT=2, 3 requests', '429', String(statuses[2]), started);
  });
});

describe('upload size', () => {
  it('refuses an upload over the limit with 413 while it is still streaming', async () => {
    const started = performance.now();
    const limit = 1024 * 1024;
    const server = await buildServer({ config: { ...h.config, maxUploadBytes: limit }, tokens: [TOKEN], logger: SILENT, sweepEveryMs: 0 });
    const base = new URL(await listen(server));
    const boundary = 'chartfacts-size-test';
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    /** The client would send this much if nobody stopped it: 64 times the limit. */
    const budget = 64 * limit;
    let sent = 0;
    const answer = await new Promise<{ status: number; body: string; sentWhenAnswered: number }>((resolve, reject) => {
      const req = request({ host: base.hostname, port: base.port, method: 'POST', path: '/v1/records', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' } });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        const at = sent;
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString('utf8')));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered: at });
        });
      });
      req.on('error', (err) => {
        if (!answered) reject(err);
      });
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
      const pump = (): void => {
        while (!answered && sent < budget) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        if (!answered) req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    inputsTried++;
    if (answer.status === 413) answered++;
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'file_too_large' } });
    // The answer came while the client still had most of its body to send: nothing waited for it all.
    expect(answer.sentWhenAnswered).toBeLessThan(budget / 2);
    const tmp = join(h.config.dataDir, 'tmp');
    expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
    record('streamed upload of up to 64 MB against a 1 MB limit', 'file_too_large', 'file_too_large', started, `answered after ${(answer.sentWhenAnswered / 2 ** 20).toFixed(1)} MB sent`);
  });
});

describe('dev corpus through the API and workers with debug logging', () => {
  it('completes every record; no patient name, birth date or gold quote in any log or Redis value; files are owner-only; retention deletes', async () => {
    const started = performance.now();
    const logs: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    });
    // A small upload limit, so one refused upload below also goes through the multipart error path.
    const server = await buildServer({ config: { ...h.config, maxUploadBytes: 256 * 1024 }, tokens: [TOKEN], logger: pino({ level: 'debug' }, sink), sweepEveryMs: 0 });
    const base = await listen(server);
    startCapturedWorker({ ...h.workerEnv, LOG_LEVEL: 'debug' }, logs);
    const secrets = sensitiveStrings();
    expect(secrets.names.length).toBeGreaterThan(3);
    const txts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
    const ids: string[] = [];
    for (const [i, f] of txts.entries()) {
      // Files are often named after the patient; the name must not reach the logs either.
      const name = `${secrets.names[i % secrets.names.length]} ${f}`;
      const up = await uploadTo(base, readFileSync(join(FIXTURES, f)), name);
      expect(up.status, f).toBe(202);
      ids.push(up.body.id!);
    }
    // Refused uploads under a patient's name: too large, and not a PDF.
    const refusedName = `${secrets.names[0]} scan.pdf`;
    const tooBig = await uploadTo(base, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300 * 1024, 0x41)]), refusedName);
    expect(tooBig.status).toBe(413);
    const notPdf = await uploadTo(base, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), refusedName);
    expect(notPdf.body.error?.code).toBe('not_pdf');
    inputsTried += ids.length + 2;
    const outcomes = await Promise.all(ids.map((id) => waitCompleted(base, id)));
    recordsLost += outcomes.filter((o) => o === 'lost').length;
    answered += outcomes.filter((o) => o === 'ok').length + (tooBig.status === 413 ? 1 : 0) + (notPdf.body.error?.code === 'not_pdf' ? 1 : 0);
    expect(outcomes.every((o) => o === 'ok')).toBe(true);
    await sleep(500); // let the last log lines of the workers arrive

    const logText = logs.join('');
    expect(logText).toContain(ids[0]!); // logs were captured at all, with record ids
    expect(logText).toMatch(/"level":20/); // debug lines included
    const leaked = secrets.all.filter((s) => logText.includes(s));
    logLeaks = leaked.length;
    record(`${txts.length} records, ${logs.length} log chunks searched for ${secrets.all.length} names/DOBs/quotes`, '0 leaks', `${leaked.length} leaks`, started, leaked.length ? `leaked: ${leaked.map((s) => s.slice(0, 20)).join(' | ')}` : undefined);
    rows[rows.length - 1]!.expectedCode = '0 leaks';
    expect(leaked).toEqual([]);

    // Job payloads and everything else in Redis: references, not record text.
    const redisStarted = performance.now();
    const dump = await dumpRedis(h.client);
    const inRedis = secrets.all.filter((s) => dump.includes(s));
    const jobKeys: string[] = [];
    for (const k of await h.client.keys(`${h.config.prefix}:*`)) {
      if ((await h.client.type(k)) === 'hash' && (await h.client.hexists(k, 'data')) === 1) jobKeys.push(k);
    }
    const payloads = (await Promise.all(jobKeys.map((k) => h.client.hget(k, 'data')))).filter((p): p is string => p !== null);
    const payloadKeys = new Set(payloads.flatMap((p) => Object.keys(JSON.parse(p) as object)));
    expect(payloads.length).toBeGreaterThanOrEqual(ids.length);
    // References are ids and folder names: a payload holding a page of text would be kilobytes.
    expect(payloads.filter((p) => p.length > 1024)).toEqual([]);
    expect(payloadKeys.has('id')).toBe(true);
    expect(inRedis).toEqual([]);
    record(`Redis: ${jobKeys.length} job payloads and every key searched`, '0 leaks', `${inRedis.length} leaks`, redisStarted, `payload keys: ${[...payloadKeys].join(',')}`);

    // Stored files readable by the service user only.
    const modesStarted = performance.now();
    const entries: { path: string; mode: number; dir: boolean }[] = [];
    walkModes(join(h.config.dataDir, 'records'), entries);
    const open = entries.filter((e) => (e.mode & 0o077) !== 0);
    expect(entries.filter((e) => !e.dir).length).toBeGreaterThan(ids.length * 3);
    expect(open.map((e) => `${e.path} ${e.mode.toString(8)}`)).toEqual([]);
    record(`${entries.length} stored files and folders are owner-only`, '0600/0700', open.length === 0 ? '0600/0700' : `${open.length} open`, modesStarted);

    // Retention: a sweep past the retention window really deletes, and the API forgets the record.
    const sweepStarted = performance.now();
    const keep = await buildServer({ config: { ...h.config, retentionHours: 0 }, tokens: [TOKEN], logger: SILENT, sweepEveryMs: 0 });
    cleanups.push(() => keep.close());
    expect(await keep.sweep(new Date(Date.now() + 10 * 365 * 24 * 3600_000))).toBe(0);
    const deleted = await server.sweep(new Date(Date.now() + (h.config.retentionHours + 1) * 3600_000));
    expect(deleted).toBe(ids.length);
    for (const id of ids) {
      expect(existsSync(join(h.config.dataDir, 'records', id.slice(0, 2), id))).toBe(false);
      expect((await fetch(`${base}/v1/records/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    }
    record(`retention sweep after ${h.config.retentionHours} h`, `${ids.length} deleted`, `${deleted} deleted`, sweepStarted);
  });
});

describe('Redis connection security', () => {
  it('works with a password (redis://:password@) and refuses a wrong one', async () => {
    const started = performance.now();
    const port = await findFreePort();
    const password = 'pw-' + Math.random().toString(36).slice(2);
    const dir = await mkdtemp(join(tmpdir(), 'chartfacts-redis-auth-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const url = `redis://:${password}@127.0.0.1:${port}`;
    await startRedis(join(dir, 'redis'), ['--port', String(port), '--requirepass', password], () => pingWith(url));
    const config = { ...h.config, redisUrl: url, dataDir: join(dir, 'data') };
    const base = await listen(await buildServer({ config, tokens: [TOKEN], logger: SILENT, sweepEveryMs: 0 }));
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    startCapturedWorker({ ...h.workerEnv, REDIS_URL: url, CHARTFACTS_DATA_DIR: config.dataDir }, []);
    const up = await uploadTo(base, readFileSync(join(FIXTURES, 'imr-01.txt')), 'imr-01.txt');
    expect(up.status).toBe(202);
    const outcome = await waitCompleted(base, up.body.id!);
    inputsTried++;
    if (outcome === 'ok') answered++;
    expect(outcome).toBe('ok');
    const wrong = await listen(await buildServer({ config: { ...config, redisUrl: `redis://:wrong@127.0.0.1:${port}` }, tokens: [TOKEN], logger: SILENT, sweepEveryMs: 0 }));
    const ready = await fetch(`${wrong}/readyz`);
    expect(ready.status).toBe(503);
    record('Redis --requirepass: record through API + worker; wrong password', 'ok / 503', `${outcome} / ${ready.status}`, started);
  });

  it('works over TLS (rediss://) with a certificate the process trusts', async () => {
    const started = performance.now();
    const dir = await mkdtemp(join(tmpdir(), 'chartfacts-redis-tls-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const tlsPort = await findFreePort();
    const password = 'tls-' + Math.random().toString(36).slice(2);
    const url = `rediss://:${password}@127.0.0.1:${tlsPort}`;
    const ca = readFileSync(cert);
    await startRedis(join(dir, 'redis'), ['--port', '0', '--tls-port', String(tlsPort), '--tls-cert-file', cert, '--tls-key-file', key, '--tls-ca-cert-file', cert, '--tls-auth-clients', 'no', '--requirepass', password], () => pingWith(url, { ca }));
    const apiPort = await findFreePort();
    const logs: string[] = [];
    // `serve` with its in-process workers; NODE_EXTRA_CA_CERTS is how an operator trusts a private CA.
    const serve = spawn(process.execPath, [CLI, 'serve', '--port', String(apiPort)], {
      env: { ...process.env, REDIS_URL: url, NODE_EXTRA_CA_CERTS: cert, CHARTFACTS_TOKENS: TOKEN, CHARTFACTS_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn', CHARTFACTS_RATE_LIMIT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    serve.stdout.on('data', (d: Buffer) => logs.push(d.toString('utf8')));
    serve.stderr.on('data', (d: Buffer) => logs.push(d.toString('utf8')));
    cleanups.push(async () => {
      serve.kill('SIGTERM');
      await Promise.race([new Promise((r) => serve.once('exit', r)), sleep(8000)]);
      if (serve.exitCode === null) serve.kill('SIGKILL');
    });
    const base = `http://127.0.0.1:${apiPort}`;
    let ready = 0;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      await sleep(200);
      ready = await fetch(`${base}/readyz`).then((r) => r.status, () => 0);
    }
    expect(ready, logs.join('')).toBe(200);
    const up = await uploadTo(base, readFileSync(join(FIXTURES, 'imr-02.txt')), 'imr-02.txt');
    expect(up.status).toBe(202);
    const outcome = await waitCompleted(base, up.body.id!);
    inputsTried++;
    if (outcome === 'ok') answered++;
    expect(outcome, logs.join('')).toBe('ok');
    record('Redis over TLS (self-signed CA via NODE_EXTRA_CA_CERTS): record through serve', 'ok', outcome, started);
  });
});
