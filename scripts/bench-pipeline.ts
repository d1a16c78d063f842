/**
 * `npm run bench:pipeline [-- --records N --worker-concurrency C --cli-concurrency K --light L]`:
 * the queued pipeline against the in-process CLI on the same text-layer PDFs, in one run.
 *
 * 1. Renders N distinct text-layer PDFs from the dev corpus (a numbered trailer line makes each
 *    file's bytes, hence its id, unique).
 * 2. In-process: `chartfacts extract --decide --concurrency K` over all N files (K = 2 by default,
 *    the same parallelism as the two worker processes).
 * 3. Queued: a private redis-server, the API in this process, 2 worker processes (`all`, C jobs
 *    per stage each). First L records one at a time (light-load latency), then all N uploaded at
 *    once (throughput and latency under load). Completion is read from the `<prefix>:results`
 *    stream, so latency is upload start → decision published.
 *
 * Prints documents/s, p50/p95 latency, peak RSS (VmHWM) per process and the throughput ratio.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { packageRoot } from '../src/package-root.js';
import { failedSetKey } from '../src/queue/publish-result.js';
import { resolveQueueConfig, resultsStreamKey } from '../src/queue/queue-config.js';
import { startLocalRedis } from '../src/queue/start-local-redis.js';
import { buildServer } from '../src/server/build-server.js';
import { renderTextPdf } from './lib/render-text-pdf.js';

const argv = process.argv.slice(2);
const num = (k: string, d: number): number => (argv.includes(k) ? Number(argv[argv.indexOf(k) + 1]) : d);
const N = num('--records', 1000);
const LIGHT = num('--light', 20);
const WORKER_CONCURRENCY = num('--worker-concurrency', 1);
const CLI_CONCURRENCY = num('--cli-concurrency', 2);
const UPLOAD_PARALLEL = 16;
const TOKEN = 'bench-token';
const root = packageRoot();

/** Peak resident memory per process, sampled from /proc (VmHWM), children included by parent pid. */
class MemorySampler {
  private readonly peaks = new Map<number, { label: string; kb: number }>();
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly roots: Map<number, string>) {}
  private static read(pid: number): { ppid: number; hwm: number } | null {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      return { ppid, hwm };
    } catch {
      return null;
    }
  }
  sample(): void {
    const parents = new Map<number, number>();
    const hwms = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      const r = MemorySampler.read(pid);
      if (r) {
        parents.set(pid, r.ppid);
        hwms.set(pid, r.hwm);
      }
    }
    for (const [pid, hwm] of hwms) {
      let label: string | undefined;
      let depth = 0;
      for (let p: number | undefined = pid; p && depth < 6; p = parents.get(p), depth++) {
        const rootLabel = this.roots.get(p);
        if (rootLabel) {
          label = p === pid ? rootLabel : `${rootLabel} child`;
          break;
        }
      }
      if (!label) continue;
      const prev = this.peaks.get(pid);
      if (!prev || prev.kb < hwm) this.peaks.set(pid, { label, kb: hwm });
    }
  }
  start(): void {
    this.timer = setInterval(() => this.sample(), 250);
  }
  stop(): Map<string, number> {
    clearInterval(this.timer);
    this.sample();
    const out = new Map<string, number>();
    for (const { label, kb } of this.peaks.values()) out.set(label, Math.max(out.get(label) ?? 0, kb));
    return out;
  }
}

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
}

async function makeFiles(dir: string, count: number, tag: string): Promise<string[]> {
  const corpus = join(root, 'test', 'fixtures', 'dev-corpus');
  const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: basename(f, '.txt'), text: readFileSync(join(corpus, f), 'utf8') }));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const src = texts[i % texts.length]!;
    const path = join(dir, `${tag}-${String(i).padStart(4, '0')}-${src.name}.pdf`);
    await writeFile(path, await renderTextPdf(`${src.text}\nBenchmark copy ${tag}-${i}\n`));
    files.push(path);
  }
  return files;
}

function waitExit(child: ChildProcess): Promise<number | null> {
  return new Promise((r) => child.once('exit', (code) => r(code)));
}

async function runCli(files: string[], outDir: string): Promise<{ seconds: number; memory: Map<string, number> }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'chartfacts.js'), 'extract', '--decide', '--out', outDir, '--concurrency', String(CLI_CONCURRENCY), ...files], { stdio: ['ignore', 'ignore', 'inherit'] });
  const sampler = new MemorySampler(new Map([[child.pid!, 'cli']]));
  sampler.start();
  const code = await waitExit(child);
  const seconds = (performance.now() - started) / 1000;
  const memory = sampler.stop();
  if (code !== 0) process.stderr.write(`bench: the CLI exited with ${code}\n`);
  return { seconds, memory };
}

async function uploadFile(baseUrl: string, path: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([await readFile(path)]), basename(path));
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${baseUrl}/v1/records`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    if (res.status === 202) return ((await res.json()) as { id: string }).id;
    if (attempt > 5) throw new Error(`upload failed: HTTP ${res.status} ${await res.text()}`);
    await sleep(200);
  }
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'chartfacts-bench-'));
  try {
    process.stderr.write(`bench: rendering ${N + LIGHT} text-layer PDFs...\n`);
    await mkdir(join(work, 'files'));
    const files = await makeFiles(join(work, 'files'), N, 'load');
    const lightFiles = await makeFiles(join(work, 'files'), LIGHT, 'light');

    process.stderr.write(`bench: in-process CLI, ${N} files, concurrency ${CLI_CONCURRENCY}...\n`);
    const cli = await runCli(files, join(work, 'cli-out'));

    process.stderr.write(`bench: queued pipeline, 2 worker processes x ${WORKER_CONCURRENCY} per stage...\n`);
    const redis = await startLocalRedis(join(work, 'redis'));
    const env = { REDIS_URL: redis.url, CHARTFACTS_DATA_DIR: join(work, 'data'), CHARTFACTS_PREFIX: 'bench', LOG_LEVEL: 'warn' };
    const config = resolveQueueConfig(env);
    const server = await buildServer({ config, tokens: [TOKEN], logger: pino({ level: 'warn' }), sweepEveryMs: 0 });
    const baseUrl = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const workerEntry = join(root, 'dist', 'workers', 'run.js');
    const workers = [0, 1].map(() => spawn(process.execPath, [workerEntry, 'all', '--concurrency', String(WORKER_CONCURRENCY)], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'ignore'], detached: true }));
    // Never leave worker processes behind, whatever happens to this one.
    process.once('exit', () => workers.forEach((w) => { try { process.kill(-w.pid!, 'SIGKILL'); } catch { /* gone */ } }));
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));
    const sampler = new MemorySampler(new Map<number, string>([[process.pid, 'api (bench process)'], [redis.process.pid!, 'redis-server'], ...workers.map((w, i): [number, string] => [w.pid!, `worker ${i + 1}`])]));
    sampler.start();

    const reader = new Redis(redis.url, { maxRetriesPerRequest: null });
    const done = new Map<string, number>();
    let lastId = '$';
    let reading = true;
    const readLoop = (async () => {
      while (reading) {
        const res = (await reader.xread('COUNT', 1000, 'BLOCK', 500, 'STREAMS', resultsStreamKey(config), lastId)) as [string, [string, string[]][]][] | null;
        for (const [, entries] of res ?? []) {
          for (const [entryId, fields] of entries) {
            lastId = entryId;
            done.set(fields[fields.indexOf('id') + 1]!, performance.now());
          }
        }
      }
    })();
    // Failed records never reach the stream; the failure list ends their wait (and is reported).
    const failed = new Set<string>();
    const waitFor = async (ids: string[]): Promise<void> => {
      for (let i = 0; !ids.every((id) => done.has(id)); i++) {
        if (i % 200 === 199) {
          for (const id of await reader.zrange(failedSetKey(config), 0, -1)) {
            if (!done.has(id)) {
              failed.add(id);
              done.set(id, performance.now());
            }
          }
        }
        await sleep(5);
      }
    };
    await sleep(2000); // workers connect
    // Warm-up: each worker process forks a sandboxed processor per stage on first use; that
    // one-off cold start (seconds on a busy machine) is not the steady-state latency. Two at a
    // time so both worker processes get jobs.
    const warm = await makeFiles(join(work, 'files'), 12, 'warm');
    for (let i = 0; i < warm.length; i += 2) await waitFor(await Promise.all(warm.slice(i, i + 2).map((p) => uploadFile(baseUrl, p))));

    process.stderr.write(`bench: light load, ${LIGHT} records one at a time...\n`);
    const light: number[] = [];
    const lightIds: string[] = [];
    for (const path of lightFiles) {
      const t0 = performance.now();
      const id = await uploadFile(baseUrl, path);
      lightIds.push(id);
      await waitFor([id]);
      light.push(done.get(id)! - t0);
    }

    // Where light-load time goes, per stage: queue wait (added → picked up) and processing.
    const breakdown: string[] = [];
    for (const stage of ['parse', 'extract', 'decide'] as const) {
      const q = new Queue(stage, { connection: reader, prefix: config.prefix });
      const jobs = (await Promise.all(lightIds.map((id) => q.getJob(id)))).filter((j) => j?.processedOn && j.finishedOn);
      const waitMs = jobs.map((j) => j!.processedOn! - j!.timestamp);
      const runMs = jobs.map((j) => j!.finishedOn! - j!.processedOn!);
      breakdown.push(`${stage} wait p50 ${pct(waitMs, 50)} ms, run p50 ${pct(runMs, 50)} ms`);
      await q.close();
    }
    process.stderr.write(`bench: full load, ${N} records...\n`);
    const started = new Map<string, number>();
    const t0 = performance.now();
    const queue = [...files];
    await Promise.all(
      Array.from({ length: UPLOAD_PARALLEL }, async () => {
        for (let path = queue.shift(); path; path = queue.shift()) {
          const t = performance.now();
          started.set(await uploadFile(baseUrl, path), t);
        }
      }),
    );
    const ids = [...started.keys()];
    await waitFor(ids);
    const seconds = (Math.max(...ids.map((id) => done.get(id)!)) - t0) / 1000;
    const loaded = ids.map((id) => done.get(id)! - started.get(id)!);
    reading = false;
    await readLoop;
    reader.disconnect();
    const memory = sampler.stop();
    for (const w of workers) process.kill(-w.pid!, 'SIGTERM');
    await Promise.race([Promise.all(workers.map(waitExit)), sleep(20_000)]);
    await server.close();
    await redis.stop();

    const mb = (kb: number | undefined): string => (kb === undefined ? '-' : `${(kb / 1024).toFixed(0)} MB`);
    const queueRate = N / seconds;
    const cliRate = N / cli.seconds;
    const lines = [
      `records: ${N} text-layer PDFs (${LIGHT} more for light load); cores: ${(await import('node:os')).availableParallelism()}`,
      `in-process CLI (concurrency ${CLI_CONCURRENCY}): ${cli.seconds.toFixed(1)} s, ${cliRate.toFixed(2)} docs/s, peak RSS ${mb(cli.memory.get('cli'))}`,
      `queued (API + 2 workers x ${WORKER_CONCURRENCY}/stage): ${seconds.toFixed(1)} s, ${queueRate.toFixed(2)} docs/s${failed.size ? ` (${failed.size} records FAILED; see GET /v1/records?status=failed)` : ''}`,
      `throughput ratio queued/in-process: ${((queueRate / cliRate) * 100).toFixed(1)}% (target >= 85%)`,
      `latency upload->decision, light load (one at a time, n=${light.length}): p50 ${pct(light, 50).toFixed(0)} ms, p95 ${pct(light, 95).toFixed(0)} ms (target p50 <= 150 ms)`,
      `light-load stage breakdown: ${breakdown.join('; ')}`,
      `latency upload->decision, full load (n=${loaded.length}): p50 ${pct(loaded, 50).toFixed(0)} ms, p95 ${pct(loaded, 95).toFixed(0)} ms`,
      `peak RSS: ${[...memory.entries()].sort().map(([k, v]) => `${k} ${mb(v)}`).join('; ')}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
