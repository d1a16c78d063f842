/**
 * `npm run test:reliability [-- <vitest file filters>]`: runs the fault-injection, load and
 * hostile-input suites (vitest.reliability.config.ts, test/reliability/**), then reads the report
 * each test file leaves in `.chartfacts/reliability/<suite>.json` (see
 * test/reliability/lib/suite-report.ts) and prints one table with a total row.
 *
 * Exits non-zero when vitest fails, when any suite's report is missing, or when any suite lost,
 * duplicated or crashed a record. A suite is named by its test file (`faults/sigkill.test.ts` →
 * `sigkill`), so suites written by different people are told apart by file alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { packageRoot } from '../src/package-root.js';

interface SuiteReport {
  suite: string;
  inputsTried: number;
  inputsAnsweredWithCode: number;
  faultsInjected: number;
  recordsLost: number;
  recordsDuplicated: number;
  workerCrashes: number;
  peakRssMb: number;
  p95LatencyMs: number | null;
  logLeaks: number | null;
}

interface VitestFileResult {
  name: string;
  status: string;
}

const root = packageRoot();
const reportDir = join(root, '.chartfacts', 'reliability');
const vitestJson = join(root, '.chartfacts', 'reliability-vitest.json');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));

/** Test files under test/reliability, relative to the root, filtered like vitest filters them. */
function suiteFiles(): string[] {
  const dir = join(root, 'test', 'reliability');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => relative(root, join(dir, f)))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
}

const suiteOf = (file: string): string => basename(file).replace(/\.test\.ts$/, '');

rmSync(reportDir, { recursive: true, force: true });
rmSync(vitestJson, { force: true });
mkdirSync(reportDir, { recursive: true });

const files = suiteFiles();
const started = Date.now();
const run = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.reliability.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
const minutes = (Date.now() - started) / 60_000;

const fileStatus = new Map<string, string>();
if (existsSync(vitestJson)) {
  const parsed = JSON.parse(readFileSync(vitestJson, 'utf8')) as { testResults?: VitestFileResult[] };
  for (const r of parsed.testResults ?? []) fileStatus.set(relative(root, r.name), r.status);
}

interface Row {
  suite: string;
  status: string;
  report: SuiteReport | null;
}

const rows: Row[] = files.map((file) => {
  const suite = suiteOf(file);
  const path = join(reportDir, `${suite}.json`);
  const report = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SuiteReport) : null;
  const tested = fileStatus.get(file) ?? 'not run';
  return { suite, status: report ? tested : `${tested}, no report`, report };
});

const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : String(Math.round(n)));
const sum = (pick: (r: SuiteReport) => number): number => rows.reduce((s, r) => s + (r.report ? pick(r.report) : 0), 0);
const max = (pick: (r: SuiteReport) => number | null): number | null => {
  const values = rows.map((r) => (r.report ? pick(r.report) : null)).filter((v): v is number => v !== null);
  return values.length ? Math.max(...values) : null;
};
const leaks = rows.every((r) => r.report?.logLeaks === null || !r.report) ? null : sum((r) => r.logLeaks ?? 0);

const header = ['suite', 'result', 'inputs tried', 'answered with code', 'faults injected', 'records lost', 'records duplicated', 'worker crashes', 'peak RSS MB', 'p95 latency ms', 'log leaks'];
const line = (r: Row): string[] => {
  const x = r.report;
  return [r.suite, r.status, fmt(x?.inputsTried), fmt(x?.inputsAnsweredWithCode), fmt(x?.faultsInjected), fmt(x?.recordsLost), fmt(x?.recordsDuplicated), fmt(x?.workerCrashes), fmt(x?.peakRssMb), fmt(x?.p95LatencyMs), fmt(x?.logLeaks)];
};
const total = ['**total**', `${rows.filter((r) => r.status === 'passed').length}/${rows.length} passed`, fmt(sum((r) => r.inputsTried)), fmt(sum((r) => r.inputsAnsweredWithCode)), fmt(sum((r) => r.faultsInjected)), fmt(sum((r) => r.recordsLost)), fmt(sum((r) => r.recordsDuplicated)), fmt(sum((r) => r.workerCrashes)), fmt(max((r) => r.peakRssMb)), fmt(max((r) => r.p95LatencyMs)), fmt(leaks)];
const table = [header, header.map(() => '---'), ...rows.map(line), total].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

const problems: string[] = [];
if (run.status !== 0) problems.push(`vitest exited with ${run.status ?? run.signal}`);
for (const r of rows) {
  if (!r.report) problems.push(`${r.suite}: no report in ${relative(root, reportDir)}`);
  // A suite may skip itself where the machine cannot run it (disk-full needs a tmpfs mount); its
  // report then says why, and it counts as neither passed nor failed.
  else if (r.status !== 'passed' && r.status !== 'skipped') problems.push(`${r.suite}: ${r.status}`);
  if (r.report && r.report.recordsLost + r.report.recordsDuplicated + r.report.workerCrashes > 0) {
    problems.push(`${r.suite}: ${r.report.recordsLost} lost, ${r.report.recordsDuplicated} duplicated, ${r.report.workerCrashes} worker crashes`);
  }
}
if (rows.length === 0) problems.push('no reliability suites found');

process.stdout.write(`\nReliability (${minutes.toFixed(1)} min; peak RSS and p95 are the maxima over suites)\n\n${table}\n\n`);
writeFileSync(join(root, '.chartfacts', 'reliability-summary.md'), `${table}\n`);
if (problems.length > 0) {
  process.stdout.write(`FAILED:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
  process.exitCode = 1;
} else process.stdout.write('All reliability suites passed with nothing lost, duplicated or crashed.\n');
