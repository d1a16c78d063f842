/**
 * A fixed number of worker processes (`dist/workers/run.js all`, the same entry as
 * `chartfacts worker all`) that a suite can SIGKILL and replace, counting the ones that died
 * without being killed as crashes.
 */
import type { ChildProcess } from 'node:child_process';
import type { Harness } from '../../queue/harness.js';

export interface WorkerFleet {
  /** Pids of the live workers (each leads a process group with its sandboxed processors). */
  leaders(): number[];
  /** SIGKILLs live worker number `index` (and its processors) and starts a replacement. @returns the killed pid. */
  killAndReplace(index: number): Promise<number>;
  /** Workers that exited while nobody had asked them to. */
  crashes(): number;
  /** Workers started in all, replacements included. */
  started(): number;
}

/** Starts `size` workers with `args` (default `all --concurrency 2`). */
export function startWorkerFleet(h: Harness, size: number, args: string[] = ['all', '--concurrency', '2']): WorkerFleet {
  const live: ChildProcess[] = [];
  const killing = new Set<ChildProcess>();
  let crashes = 0;
  let started = 0;
  let stopping = false;
  const start = (): ChildProcess => {
    const child = h.startWorker(args);
    started++;
    child.once('exit', () => {
      if (!killing.has(child) && !stopping) crashes++;
    });
    return child;
  };
  for (let i = 0; i < size; i++) live.push(start());
  // The harness stops workers with SIGTERM/SIGKILL at the end; those exits are not crashes.
  const stop = h.stop.bind(h);
  h.stop = async () => {
    stopping = true;
    await stop();
  };
  return {
    leaders: () => live.filter((c) => c.exitCode === null && c.signalCode === null).map((c) => c.pid!),
    async killAndReplace(index) {
      const victim = live[index % live.length]!;
      killing.add(victim);
      await h.killWorker(victim);
      live[index % live.length] = start();
      return victim.pid!;
    },
    crashes: () => crashes,
    started: () => started,
  };
}
