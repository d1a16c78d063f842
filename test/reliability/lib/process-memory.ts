/**
 * Resident memory of worker process trees, read from /proc (Linux). Workers are started
 * detached, so each is the leader of a process group that also holds its sandboxed processor
 * children; a tree's memory is the sum over the group.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Process group of `pid` from /proc/<pid>/stat, or null when it is gone. */
function groupOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces; fields after it are plain.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[2]);
  } catch {
    return null;
  }
}

/** A `Vm*` field of /proc/<pid>/status in MB, or 0 when the process is gone. */
export function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Pids in process group `pgid`. */
export function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (groupOf(pid) === pgid) pids.push(pid);
  }
  return pids;
}

/** Current RSS of a whole process group, in MB. */
export function groupRssMb(pgid: number): number {
  return groupPids(pgid).reduce((sum, pid) => sum + statusMb(pid, 'VmRSS'), 0);
}

export interface RssSampler {
  /** Highest summed RSS seen for any one tree, MB. */
  readonly peakTreeMb: () => number;
  /** Highest RSS of any single process seen (VmHWM), MB. */
  readonly peakProcessMb: () => number;
  /** Samples taken. */
  readonly samples: () => number;
  stop(): void;
}

/** Polls the trees led by `leaders()` every `everyMs` and keeps the peaks. */
export function startRssSampler(leaders: () => readonly number[], everyMs = 500): RssSampler {
  let peakTree = 0;
  let peakProcess = 0;
  let samples = 0;
  const sample = (): void => {
    for (const leader of leaders()) {
      let tree = 0;
      for (const pid of groupPids(leader)) {
        tree += statusMb(pid, 'VmRSS');
        peakProcess = Math.max(peakProcess, statusMb(pid, 'VmHWM'));
      }
      peakTree = Math.max(peakTree, tree);
    }
    samples++;
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    peakTreeMb: () => Math.round(peakTree),
    peakProcessMb: () => Math.round(peakProcess),
    samples: () => samples,
    stop: () => clearInterval(timer),
  };
}
