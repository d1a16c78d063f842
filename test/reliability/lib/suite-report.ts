/**
 * The figures every reliability suite leaves behind for `npm run test:reliability`
 * (scripts/reliability.ts), which prints them as one table and fails the run on any lost,
 * duplicated or crashed record, or on a suite whose report is missing.
 *
 * Convention: one report per test file, written to `.chartfacts/reliability/<suite>.json` where
 * `<suite>` is the test file's name without `.test.ts` (use {@link suiteNameOf}). The runner
 * expects a report for every `test/reliability/**\/*.test.ts` file and deletes old reports
 * before a run, so a suite that crashed before writing counts as missing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the reports go (under the git-ignored `.chartfacts/`). */
export const REPORT_DIR = fileURLToPath(new URL('../../../.chartfacts/reliability/', import.meta.url));

export interface SuiteReport {
  /** Test file name without `.test.ts`; also the report's file name. */
  readonly suite: string;
  /** Inputs (records, files, requests) the suite sent. */
  readonly inputsTried: number;
  /** Inputs answered with a success or a catalogued error code (not a crash, hang or 500). */
  readonly inputsAnsweredWithCode: number;
  /** Faults injected (worker kills, Redis restarts or outages, full disks). */
  readonly faultsInjected: number;
  /** Records accepted but never completed (or completed without their decision). */
  readonly recordsLost: number;
  /** Records whose decision was published more than once on `<prefix>:results`. */
  readonly recordsDuplicated: number;
  /** Worker processes that died unasked (not counting the ones a suite killed itself). */
  readonly workerCrashes: number;
  /** Highest resident memory seen, in MB (per worker process tree where workers run). */
  readonly peakRssMb: number;
  /** 95th percentile of the latency the suite measures, in ms; null when it measures none. */
  readonly p95LatencyMs: number | null;
  /** Record text or identifiers found in logs; null when the suite does not look. */
  readonly logLeaks: number | null;
  /** Suite-specific detail, one object per scenario or input. */
  readonly rows: readonly Record<string, unknown>[];
}

/** `<suite>` for a test file's `import.meta.url`. */
export function suiteNameOf(testFileUrl: string): string {
  return basename(fileURLToPath(testFileUrl)).replace(/\.test\.ts$/, '');
}

/** Writes the report (whole file at once) and returns its path. */
export function writeSuiteReport(report: SuiteReport): string {
  mkdirSync(REPORT_DIR, { recursive: true });
  const path = join(REPORT_DIR, `${report.suite}.json`);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

/** What a suite that runs worker processes measured: inputs and faults, plus the tally, fleet and memory sampler it used. */
export interface FleetRun {
  readonly testFileUrl: string;
  readonly inputsTried: number;
  readonly inputsAnsweredWithCode: number;
  readonly faultsInjected: number;
  readonly tally: { readonly lost: number; readonly duplicated: number };
  readonly fleet: { crashes(): number };
  readonly rss: { peakTreeMb(): number };
  /** Records lost beyond the tally's (e.g. uploads refused for good during an outage). */
  readonly extraLost?: number;
  readonly p95LatencyMs?: number | null;
  readonly rows: readonly Record<string, unknown>[];
}

/** Writes the report of a suite that ran worker processes, with the figures every such suite shares. */
export function writeFleetReport(run: FleetRun): string {
  return writeSuiteReport({
    suite: suiteNameOf(run.testFileUrl),
    inputsTried: run.inputsTried,
    inputsAnsweredWithCode: run.inputsAnsweredWithCode,
    faultsInjected: run.faultsInjected,
    recordsLost: run.tally.lost + (run.extraLost ?? 0),
    recordsDuplicated: run.tally.duplicated,
    workerCrashes: run.fleet.crashes(),
    peakRssMb: run.rss.peakTreeMb(),
    p95LatencyMs: run.p95LatencyMs ?? null,
    logLeaks: null,
    rows: run.rows,
  });
}
