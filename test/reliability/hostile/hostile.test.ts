/**
 * Hostile inputs through the CLI and through the API with real workers: every input must get its
 * typed code (or be processed, where that is legitimate) with the process or worker staying up,
 * and a good record uploaded alongside each must still complete. Upload names that try to escape
 * the data directory must be stored harmlessly. Per input it records wall time and peak resident
 * memory (CLI process; API worker process tree) into `.chartfacts/reliability/hostile.json`.
 *
 * Needs `dist/` (CLI and workers run the build): `flock /tmp/build.lock npm run build`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/errors/codes.js';
import { createRecordStore } from '../../../src/queue/record-store.js';
import { isFinished, startHarness, streamIds, TOKEN, waitForRecord, type Harness } from '../../queue/harness.js';
import { goodPdf, HOSTILE_NAMES, makeHostileCorpus, type HostileInput } from './make-hostile-corpus.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'chartfacts.js');
const REPORT = join(ROOT, '.chartfacts', 'reliability', 'hostile.json');
const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/dev-corpus/', import.meta.url));
/** A hang is a failure, not a slow answer: nothing here should take near this long. */
const LIVENESS_MS = 240_000;
const ESCAPE_TARGET = '/tmp/chartfacts-escape.pdf';

interface Outcome {
  code: string;
  warnings: string[];
  ms: number;
  peakRssMb: number;
  /** CPU time of the CLI process (robust to the shared machine's load, unlike wall time). */
  cpuMs: number;
  /** Start of stderr when the answer was not a typed code. */
  stderr?: string;
}

interface Row {
  name: string;
  note: string;
  expectedCode: string;
  cliCode: string | null;
  apiCode: string | null;
  /** CLI wall time, process start to exit (includes ~1 s of Node and lexicon start-up). */
  ms: number | null;
  /** CLI process peak RSS (VmHWM), MB. */
  peakRssMb: number | null;
  /** CLI process CPU time (user + system), ms; sampled every 20 ms, so up to 20 ms short. */
  cpuMs?: number | null;
  /** API: upload to final state of the record. */
  apiMs: number | null;
  /** API: highest summed RSS of the worker process tree (worker + sandboxed processors) while the input was processed, MB. */
  apiPeakRssMb: number | null;
  /** API: highest RSS of any one process of that tree, MB. */
  apiPeakProcessRssMb?: number | null;
  cliWarnings?: string[];
  apiWarnings?: string[];
  goodRecordCompleted?: boolean;
}

const KNOWN = new Set<string>([...Object.keys(ERROR_CODES), 'ok']);

function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU of a process so far, in clock ticks (100 per second on Linux). */
function procCpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}

function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid) pids.push(Number(name));
    } catch {
      // gone
    }
  }
  return pids;
}

/** Runs `chartfacts extract <file>` and reads its answer from stdout (facts) or stderr (code). */
async function runCli(path: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'extract', path], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  let peak = 0;
  let cpuTicks = 0;
  const poll = setInterval(() => {
    peak = Math.max(peak, procStatusMb(child.pid!, 'VmHWM'));
    cpuTicks = Math.max(cpuTicks, procCpuTicks(child.pid!));
  }, 20);
  const killer = setTimeout(() => child.kill('SIGKILL'), LIVENESS_MS);
  // 'close', not 'exit': only then has all of stdout and stderr been read.
  const [exit, signal] = await new Promise<[number | null, string | null]>((r) => child.on('close', (c, s) => r([c, s])));
  clearInterval(poll);
  clearTimeout(killer);
  const ms = Math.round(performance.now() - started);
  const peakRssMb = Math.round(peak);
  const cpuMs = cpuTicks * 10;
  if (signal) return { code: `killed:${signal}`, warnings: [], ms, peakRssMb, cpuMs };
  if (exit === 0) {
    const facts = JSON.parse(stdout) as { warnings?: { code: string }[] };
    return { code: 'ok', warnings: (facts.warnings ?? []).map((w) => w.code), ms, peakRssMb, cpuMs };
  }
  const line = stderr.split('\n').find((l) => l.startsWith(`${path}: `)) ?? '';
  const m = /^([a-z_]+): /.exec(line.slice(path.length + 2));
  if (exit === 1 && m) return { code: m[1]!, warnings: [], ms, peakRssMb, cpuMs };
  // Not a typed answer: keep the start of stderr to say what happened (inputs hold no patient text).
  return { code: `exit:${exit}`, warnings: [], ms, peakRssMb, cpuMs, stderr: stderr.slice(0, 300) };
}

/** Samples a worker's process group until stopped: the highest summed RSS and highest single process RSS. */
function sampleTree(leader: number): { stop(): { tree: number; process: number } } {
  let tree = 0;
  let one = 0;
  const sample = (): void => {
    const rss = groupPids(leader).map((pid) => procStatusMb(pid, 'VmRSS'));
    tree = Math.max(tree, rss.reduce((s, x) => s + x, 0));
    one = Math.max(one, ...rss);
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { tree: Math.round(tree), process: Math.round(one) };
    },
  };
}

/**
 * multipart/form-data written by hand, so a file name reaches the server byte for byte (a
 * FormData client would percent-escape quotes and line breaks first). Sent with node:http, which
 * like curl stops sending and reads the answer when the server answers early (413 mid-upload);
 * undici's fetch instead fails the body of such an answer.
 */
async function rawUpload(h: Harness, bytes: Uint8Array, fileName: string): Promise<{ status: number; body: string }> {
  const boundary = `----chartfacts${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName.replace(/["\r\n]/g, '_')}"\r\nContent-Type: application/octet-stream\r\n\r\n`, 'utf8');
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL(h.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method: 'POST', path: '/v1/records', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + bytes.length + tail.length } });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString('utf8')));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    req.write(head);
    let at = 0;
    const pump = (): void => {
      while (!answered && at < bytes.length) {
        const piece = bytes.subarray(at, at + 256 * 1024);
        at += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end(tail);
    };
    pump();
  });
}

/** Uploads and follows a record to its end: its code (`ok` when completed) and warnings. */
async function runApi(h: Harness, bytes: Uint8Array, fileName: string): Promise<{ code: string; warnings: string[]; id: string | null }> {
  let res: { status: number; body: string };
  try {
    res = await rawUpload(h, bytes, fileName);
  } catch (err) {
    return { code: `connection:${(err as Error).message}`, warnings: [], id: null };
  }
  let body: { id?: string; error?: { code?: string } } = {};
  try {
    body = JSON.parse(res.body) as typeof body;
  } catch {
    // not JSON: reported by status below
  }
  if (res.status !== 202) return { code: body.error?.code ?? `http:${res.status}`, warnings: [], id: null };
  let view;
  try {
    view = await waitForRecord(h, body.id!, isFinished, LIVENESS_MS);
  } catch {
    return { code: 'lost', warnings: [], id: body.id! };
  }
  const facts = view.facts as { warnings?: { code: string }[] } | null;
  return { code: view.status === 'completed' ? 'ok' : (view.error?.code ?? 'failed_without_code'), warnings: (facts?.warnings ?? []).map((w) => w.code), id: body.id! };
}

/** Distinct small good text records (a dev-corpus letter plus a numbered line). */
function goodRecords(count: number): Buffer[] {
  const texts = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
  return Array.from({ length: count }, (_, i) => Buffer.from(`${texts[i % texts.length]}\nReference HOSTILE-${i}\n`, 'utf8'));
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

const rows: Row[] = [];
let corpusDir: string;
let inputs: HostileInput[] = [];
let h: Harness | undefined;
let worker: ChildProcess | undefined;
let workerExits = 0;
let stopping = false;
let goodLost = 0;
let hostileLost = 0;
let duplicated = 0;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'workers', 'run.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  corpusDir = await mkdtemp(join(tmpdir(), 'chartfacts-hostile-'));
  inputs = await makeHostileCorpus(corpusDir);
  for (const i of inputs) rows.push({ name: i.name, note: i.note, expectedCode: i.expected, cliCode: null, apiCode: null, ms: null, peakRssMb: null, apiMs: null, apiPeakRssMb: null });
});

afterAll(async () => {
  stopping = true;
  await h?.stop();
  if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
  const answered = rows.reduce((n, r) => n + (r.cliCode !== null && KNOWN.has(r.cliCode) ? 1 : 0) + (r.apiCode !== null && KNOWN.has(r.apiCode) ? 1 : 0), 0);
  const tried = rows.reduce((n, r) => n + (r.cliCode !== null ? 1 : 0) + (r.apiCode !== null ? 1 : 0), 0);
  const peaks = rows.flatMap((r) => [r.peakRssMb ?? 0, r.apiPeakRssMb ?? 0]);
  const report = {
    suite: 'hostile',
    inputsTried: tried,
    inputsAnsweredWithCode: answered,
    faultsInjected: 0,
    recordsLost: goodLost + hostileLost,
    recordsDuplicated: duplicated,
    workerCrashes: workerExits,
    peakRssMb: Math.max(0, ...peaks),
    p95LatencyMs: null,
    logLeaks: null,
    rows,
  };
  mkdirSync(join(REPORT, '..'), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
});

describe('hostile inputs', () => {
  it('CLI: each input gets its expected code or is processed, with its warnings', async () => {
    for (const input of inputs) {
      const row = rows.find((r) => r.name === input.name)!;
      const out = await runCli(input.path);
      Object.assign(row, { cliCode: out.code, ms: out.ms, cpuMs: out.cpuMs, peakRssMb: out.peakRssMb, cliWarnings: out.warnings, ...(out.stderr ? { cliStderr: out.stderr } : {}) });
    }
    for (const input of inputs) {
      const row = rows.find((r) => r.name === input.name)!;
      expect.soft(row.cliCode, input.name).toBe(input.expected);
      for (const w of input.warnings ?? []) expect.soft(row.cliWarnings, `${input.name} warnings`).toContain(w);
    }
  });

  it('API with real workers: same codes, the worker stays up, a good record alongside each completes', async () => {
    h = await startHarness({ LOG_LEVEL: 'warn' });
    worker = h.startWorker(['all', '--concurrency', '2']);
    worker.on('exit', () => {
      if (!stopping) workerExits++;
    });
    const goods = goodRecords(inputs.length);
    const goodIds: string[] = [];
    for (const [n, input] of inputs.entries()) {
      const row = rows.find((r) => r.name === input.name)!;
      const bytes = await readFile(input.path);
      const tree = sampleTree(worker.pid!);
      const started = performance.now();
      const [hostile, good] = await Promise.all([
        runApi(h, bytes, input.fileName).then((r) => ({ ...r, ms: Math.round(performance.now() - started) })),
        runApi(h, goods[n]!, `good-${n}.txt`),
      ]);
      const rss = tree.stop();
      Object.assign(row, { apiCode: hostile.code, apiMs: hostile.ms, apiPeakRssMb: rss.tree, apiPeakProcessRssMb: rss.process, apiWarnings: hostile.warnings, goodRecordCompleted: good.code === 'ok' });
      if (good.code !== 'ok') goodLost++;
      if (hostile.code === 'lost') hostileLost++;
      if (good.id) goodIds.push(good.id);
    }
    const ids = await streamIds(h);
    duplicated = ids.length - new Set(ids).size;
    for (const input of inputs) {
      const row = rows.find((r) => r.name === input.name)!;
      expect.soft(row.apiCode, input.name).toBe(input.expected);
      expect.soft(row.goodRecordCompleted, `good record next to ${input.name}`).toBe(true);
      for (const w of input.warnings ?? []) expect.soft(row.apiWarnings, `${input.name} warnings`).toContain(w);
    }
    expect(goodIds).toHaveLength(inputs.length);
    expect(duplicated).toBe(0);
    expect(worker.exitCode).toBeNull();
    expect(workerExits).toBe(0);
  });

  it('API: upload names with path traversal and control characters are stored safely and never become paths', async () => {
    if (!h) throw new Error('the API test above did not start the harness');
    rmSync(ESCAPE_TARGET, { force: true });
    const store = createRecordStore(h.config.dataDir);
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      const bytes = Buffer.concat([goodPdf(), Buffer.from(`%name-${i}\n`)]);
      const started = performance.now();
      const out = await runApi(h, bytes, name);
      const meta = out.id ? await store.readMeta(out.id) : null;
      rows.push({ name: `upload name ${JSON.stringify(name.length > 40 ? `${name.slice(0, 37)}...` : name)}`, note: 'good PDF under a hostile name', expectedCode: 'ok', cliCode: null, apiCode: out.code, ms: null, peakRssMb: null, apiMs: Math.round(performance.now() - started), apiPeakRssMb: null });
      expect.soft(out.code, JSON.stringify(name)).toBe('ok');
      expect.soft(meta?.fileName, JSON.stringify(name)).toMatch(/^[^/\\\u0000-\u001f\u007f]{1,120}$/);
    }
    expect(existsSync(ESCAPE_TARGET)).toBe(false);
    // Everything the service wrote is inside its own directories, named by hash or fixed names.
    for (const file of filesUnder(h.dir)) {
      const rel = relative(h.dir, file);
      expect(rel.startsWith('data/') || rel.startsWith('redis/'), rel).toBe(true);
      expect(rel, rel).not.toMatch(/escape|passwd|windows|with-nul|break/);
    }
    expect(worker?.exitCode).toBeNull();
  });
});
