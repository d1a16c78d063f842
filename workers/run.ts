#!/usr/bin/env node
/**
 * Stand-alone worker entry (`node dist/workers/run.js [parse|extract|decide|ocr|all] [--concurrency N]`),
 * the same as `chartfacts worker`; tests and the pipeline benchmark start worker processes with it.
 */
import { runWorkerCommand } from '../src/cli/worker-command.js';

const args = process.argv.slice(2);
const flag = args.indexOf('--concurrency');
const concurrency = flag >= 0 ? Number(args[flag + 1]) : 1;
const stages = args.find((a, i) => !a.startsWith('--') && (flag < 0 || i !== flag + 1)) ?? 'all';
if (!Number.isInteger(concurrency) || concurrency < 1) {
  process.stderr.write('--concurrency must be a positive whole number\n');
  process.exit(2);
}
process.exitCode = await runWorkerCommand({ stages, concurrency });
