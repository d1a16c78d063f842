/**
 * `npm run bench:pipeline [-- --records N --worker-concurrency C --cli-concurrency K --light L]`:
 * the queued pipeline against the in-process CLI on the same text-layer PDFs, in one run.
 * `--records 0` measures light-load latency alone (no CLI run, no full-load run).
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
 * Prints documents/s, p50/p95 latency, peak RSS (VmHWM) per process and the throughput ratio,
 * plus CPU-seconds per document for both (robust to other load on the machine, unlike wall
 * time), the 1-minute load average during each phase, and for light load a timeline of where a
 * record's time goes (upload, each stage's queue wait, sandbox overhead and work, publication).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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
const LIGHT = num('--light', 50);
const WORKER_CONCURRENCY = num('--worker-concurrency', 1);
const CLI_CONCURRENCY = num('--cli-concurrency', 2);
const UPLOAD_PARALLEL = 16;
const TOKEN = 'bench-token';
const root = packageRoot();
/** Clock ticks per second of /proc/<pid>/stat CPU times (USER_HZ, 100 on Linux). */
const CLK_TCK = 100;

/**
 * Peak resident memory (VmHWM) and CPU time (utime + stime, all threads) per process, sampled
 * from /proc; descendants are labelled by their root's label. CPU of a process is its last
 * sample, so up to one interval of a process's very last CPU may be missed.
 */
class MemorySampler {
  private readonly peaks = new Map<number, { label: string; kb: number; cpuTicks: number }>();
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly roots: Map<number, string>) {}
  private static read(pid: number): { ppid: number; hwm: number; cpuTicks: number } | null {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name: state ppid ... utime (14th field) stime (15th).
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(rest[1]);
      const cpuTicks = Number(rest[11]) + Number(rest[12]);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      return { ppid, hwm, cpuTicks };
    } catch {
      return null;
    }
  }
  sample(): void {
    const parents = new Map<number, number>();
    const hwms = new Map<number, { hwm: number; cpuTicks: number }>();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      const r = MemorySampler.read(pid);
      if (r) {
        parents.set(pid, r.ppid);
        hwms.set(pid, { hwm: r.hwm, cpuTicks: r.cpuTicks });
      }
    }
    for (const [pid, { hwm, cpuTicks }] of hwms) {
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
      this.peaks.set(pid, { label, kb: Math.max(prev?.kb ?? 0, hwm), cpuTicks: Math.max(prev?.cpuTicks ?? 0, cpuTicks) });
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
  /** CPU-seconds so far of every sampled process whose label starts with `prefix`, descendants included. */
  cpuSeconds(prefix = ''): number {
    return this.cpuSecondsWhere((label) => label.startsWith(prefix));
  }
  /** CPU-seconds so far of the sampled processes whose label passes `keep`. */
  cpuSecondsWhere(keep: (label: string) => boolean): number {
    this.sample();
    let ticks = 0;
    for (const { label, cpuTicks } of this.peaks.values()) if (keep(label)) ticks += cpuTicks;
    return ticks / CLK_TCK;
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

async function runCli(files: string[], outDir: string): Promise<{ seconds: number; cpuSeconds: number; memory: Map<string, number>; load: string }> {
  const load0 = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'chartfacts.js'), 'extract', '--decide', '--out', outDir, '--concurrency', String(CLI_CONCURRENCY), ...files], { stdio: ['ignore', 'ignore', 'inherit'] });
  const sampler = new MemorySampler(new Map([[child.pid!, 'cli']]));
  sampler.start();
  // CPU is read just before the exit is reaped: /proc keeps a zombie's counters until then.
  let cpuSeconds = 0;
  const code = await new Promise<number | null>((r) => {
    child.once('exit', (c) => r(c));
    const timer = setInterval(() => (cpuSeconds = Math.max(cpuSeconds, sampler.cpuSeconds('cli'))), 100);
    child.once('exit', () => clearInterval(timer));
  });
  const seconds = (performance.now() - started) / 1000;
  const memory = sampler.stop();
  cpuSeconds = Math.max(cpuSeconds, sampler.cpuSeconds('cli'));
  if (code !== 0) process.stderr.write(`bench: the CLI exited with ${code}\n`);
  return { seconds, cpuSeconds, memory, load: `${load0.toFixed(1)}-${loadavg()[0]!.toFixed(1)}` };
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

/** Where one light-load record's time went, as offsets in ms from the start of its upload. */
interface Timeline {
  readonly accepted: number;
  readonly stages: readonly { readonly stage: string; readonly queued: number; readonly start: number; readonly end: number; readonly work: number; readonly cpu: number; readonly workCpu: number }[];
  readonly published: number;
}

/** Job timestamps (wall clock, ms) of one stage's job, with the work time the stage runner measured. */
async function stageTimes(q: Queue, jobId: string, t0: number): Promise<Timeline['stages'][number] | null> {
  const job = await q.getJob(jobId);
  if (!job?.processedOn || !job.finishedOn) return null;
  const result = job.returnvalue as { ms?: number; cpuMs?: number; workCpuMs?: number } | null;
  return { stage: q.name, queued: job.timestamp - t0, start: job.processedOn - t0, end: job.finishedOn - t0, work: result?.ms ?? NaN, cpu: result?.cpuMs ?? NaN, workCpu: result?.workCpuMs ?? NaN };
}

function timelineReport(timelines: Timeline[]): string[] {
  const p50 = (f: (t: Timeline) => number): string => pct(timelines.map(f).filter(Number.isFinite), 50).toFixed(0);
  const lines = [`  202 Accepted at ${p50((t) => t.accepted)} ms (upload stored, parse job added)`];
  const names = timelines[0]?.stages.map((s) => s.stage) ?? [];
  names.forEach((name, k) => {
    const at = (f: (s: Timeline['stages'][number]) => number) => p50((t) => (t.stages[k] ? f(t.stages[k]!) : NaN));
    lines.push(
      `  ${name.padEnd(7)} queued ${at((s) => s.queued)} → start ${at((s) => s.start)} → end ${at((s) => s.end)} ms` +
        ` (wait ${at((s) => s.start - s.queued)}, run ${at((s) => s.end - s.start)} of which stage work ${at((s) => s.work)} using ${at((s) => s.cpu)} CPU-ms (${at((s) => s.workCpu)} in the library call), sandbox/BullMQ ${at((s) => s.end - s.start - s.work)})`,
    );
  });
  lines.push(`  decision published (seen on the results stream) at ${p50((t) => t.published)} ms`);
  return lines;
}

const load1 = (): string => loadavg()[0]!.toFixed(1);

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'chartfacts-bench-'));
  try {
    process.stderr.write(`bench: rendering ${N + LIGHT} text-layer PDFs...\n`);
    await mkdir(join(work, 'files'));
    const files = await makeFiles(join(work, 'files'), N, 'load');
    const lightFiles = await makeFiles(join(work, 'files'), LIGHT, 'light');

    let cli: Awaited<ReturnType<typeof runCli>> | undefined;
    if (N > 0) {
      process.stderr.write(`bench: in-process CLI, ${N} files, concurrency ${CLI_CONCURRENCY}...\n`);
      cli = await runCli(files, join(work, 'cli-out'));
    }

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

    // Completion is pushed, not polled: XREAD BLOCK wakes as soon as a record is published, and
    // the waiter of that id is resolved at once.
    const reader = new Redis(redis.url, { maxRetriesPerRequest: null });
    const done = new Map<string, number>();
    const waiters = new Map<string, () => void>();
    const finish = (id: string, at: number): void => {
      if (done.has(id)) return;
      done.set(id, at);
      waiters.get(id)?.();
      waiters.delete(id);
    };
    let lastId = '$';
    let reading = true;
    const readLoop = (async () => {
      while (reading) {
        const res = (await reader.xread('COUNT', 1000, 'BLOCK', 500, 'STREAMS', resultsStreamKey(config), lastId)) as [string, [string, string[]][]][] | null;
        const at = performance.now();
        for (const [, entries] of res ?? []) {
          for (const [entryId, fields] of entries) {
            lastId = entryId;
            finish(fields[fields.indexOf('id') + 1]!, at);
          }
        }
      }
    })();
    // Failed records never reach the stream; the failure list ends their wait (and is reported).
    const failed = new Set<string>();
    const failedPoll = setInterval(() => {
      void reader.zrange(failedSetKey(config), 0, -1).then((ids) => {
        for (const id of ids) {
          if (!done.has(id)) {
            failed.add(id);
            finish(id, performance.now());
          }
        }
      });
    }, 1000);
    const waitFor = (ids: string[]): Promise<unknown> =>
      Promise.all(ids.map((id) => (done.has(id) ? undefined : new Promise<void>((r) => waiters.set(id, r)))));
    await sleep(2000); // workers connect
    // Warm-up: each worker process forks a sandboxed processor per stage on first use; that
    // one-off cold start (seconds on a busy machine) is not the steady-state latency. Two at a
    // time so both worker processes get jobs.
    // Enough records that V8 has optimized the extraction code in every sandboxed processor.
    const warm = await makeFiles(join(work, 'files'), 24, 'warm');
    for (let i = 0; i < warm.length; i += 2) await waitFor(await Promise.all(warm.slice(i, i + 2).map((p) => uploadFile(baseUrl, p))));

    process.stderr.write(`bench: light load, ${LIGHT} records one at a time...\n`);
    const lightLoad = load1();
    const lightCpu0 = process.cpuUsage();
    const light: number[] = [];
    const lightRuns: { id: string; t0: number; wall0: number; accepted: number }[] = [];
    for (const path of lightFiles) {
      const [t0, wall0] = [performance.now(), Date.now()];
      const id = await uploadFile(baseUrl, path);
      const accepted = performance.now() - t0;
      lightRuns.push({ id, t0, wall0, accepted });
      await waitFor([id]);
      light.push(done.get(id)! - t0);
    }
    const lightLoadEnd = load1();
    const lightCpu = process.cpuUsage(lightCpu0);
    const apiCpuMs = (lightCpu.user + lightCpu.system) / 1000 / Math.max(1, LIGHT);
    // Where light-load time goes, stage by stage, from the jobs' own timestamps.
    const queues = ['parse', 'extract', 'decide'].map((stage) => new Queue(stage, { connection: reader, prefix: config.prefix }));
    const timelines: Timeline[] = [];
    for (const run of lightRuns) {
      const stages = (await Promise.all(queues.map((q) => stageTimes(q, run.id, run.wall0)))).filter((x) => x !== null);
      timelines.push({ accepted: run.accepted, stages, published: done.get(run.id)! - run.t0 });
    }
    await Promise.all(queues.map((q) => q.close()));

    let full: { seconds: number; loaded: number[]; cpuSeconds: number; load: string; split: string } | undefined;
    if (N > 0) {
      process.stderr.write(`bench: full load, ${N} records...\n`);
      const load0 = load1();
      const isChild = (l: string): boolean => l.startsWith('worker') && l.endsWith(' child');
      const isMain = (l: string): boolean => l.startsWith('worker') && !l.endsWith(' child');
      const [cpuWorkers0, cpuApi0] = [sampler.cpuSeconds('worker'), process.cpuUsage()];
      const [cpuChildren0, cpuMains0, cpuRedis0] = [sampler.cpuSecondsWhere(isChild), sampler.cpuSecondsWhere(isMain), sampler.cpuSeconds('redis')];
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
      const api = process.cpuUsage(cpuApi0);
      // Worker processes and their sandboxed children, plus this process (API and upload client).
      const cpuSeconds = sampler.cpuSeconds('worker') - cpuWorkers0 + (api.user + api.system) / 1e6;
      const perDoc = (x: number): string => `${((x * 1000) / N).toFixed(1)}`;
      const split = `API and upload client ${perDoc((api.user + api.system) / 1e6)}, worker processes ${perDoc(sampler.cpuSecondsWhere(isMain) - cpuMains0)}, sandboxed processors ${perDoc(sampler.cpuSecondsWhere(isChild) - cpuChildren0)}, redis-server ${perDoc(sampler.cpuSeconds('redis') - cpuRedis0)} (not in the total)`;
      full = { seconds, loaded: ids.map((id) => done.get(id)! - started.get(id)!), cpuSeconds, load: `${load0}-${load1()}`, split };
    }
    reading = false;
    clearInterval(failedPoll);
    await readLoop;
    reader.disconnect();
    const memory = sampler.stop();
    for (const w of workers) process.kill(-w.pid!, 'SIGTERM');
    await Promise.race([Promise.all(workers.map(waitExit)), sleep(20_000)]);
    await server.close();
    await redis.stop();

    const mb = (kb: number | undefined): string => (kb === undefined ? '-' : `${(kb / 1024).toFixed(0)} MB`);
    const lines = [`records: ${N} text-layer PDFs (${LIGHT} more for light load); cores: ${availableParallelism()}`];
    if (cli && full) {
      const queueRate = N / full.seconds;
      const cliRate = N / cli.seconds;
      const [cliCpu, queueCpu] = [(cli.cpuSeconds * 1000) / N, (full.cpuSeconds * 1000) / N];
      lines.push(
        `in-process CLI (concurrency ${CLI_CONCURRENCY}): ${cli.seconds.toFixed(1)} s, ${cliRate.toFixed(2)} docs/s, ${cliCpu.toFixed(0)} CPU-ms/doc, peak RSS ${mb(cli.memory.get('cli'))} (load average ${cli.load})`,
        `queued (API + 2 workers x ${WORKER_CONCURRENCY}/stage): ${full.seconds.toFixed(1)} s, ${queueRate.toFixed(2)} docs/s, ${queueCpu.toFixed(0)} CPU-ms/doc (load average ${full.load})${failed.size ? ` (${failed.size} records FAILED; see GET /v1/records?status=failed)` : ''}`,
        `queued CPU-ms/doc by process: ${full.split}`,
        `throughput ratio queued/in-process: ${((queueRate / cliRate) * 100).toFixed(1)}% wall clock (target >= 85%); ${((cliCpu / queueCpu) * 100).toFixed(1)}% in CPU-seconds per document`,
      );
    }
    lines.push(
      `latency upload->decision, light load (one at a time, n=${light.length}, load average ${lightLoad}-${lightLoadEnd}): p50 ${pct(light, 50).toFixed(0)} ms, p95 ${pct(light, 95).toFixed(0)} ms (target p50 <= 150 ms)`,
      'light-load timeline, p50 ms from upload start:',
      ...timelineReport(timelines),
      `  CPU per record in this process (API and the upload client): ${apiCpuMs.toFixed(1)} CPU-ms`,
    );
    if (full) lines.push(`latency upload->decision, full load (n=${full.loaded.length}): p50 ${pct(full.loaded, 50).toFixed(0)} ms, p95 ${pct(full.loaded, 95).toFixed(0)} ms`);
    lines.push(`peak RSS: ${[...memory.entries()].sort().map(([k, v]) => `${k} ${mb(v)}`).join('; ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
