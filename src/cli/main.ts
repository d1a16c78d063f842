/**
 * The `chartfacts` command line. Exit codes: 0 every file produced facts; 1 a file failed (one
 * `FILE: CODE: message` line each on stderr); 2 a usage or configuration error.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { packageRoot } from '../package-root.js';
import { toChartfactsError } from '../errors/index.js';
import { shutdownProcessing } from '../process-file.js';
import { OUTPUT_FORMATS, runExtractCommand, type OutputFormat } from './extract-command.js';
import { jsonSchemaOf } from './schema-command.js';
import { runDecideCommand } from './decide-command.js';
import { runServeCommand } from './serve-command.js';
import { runWorkerCommand } from './worker-command.js';

const version = (JSON.parse(readFileSync(`${packageRoot()}/package.json`, 'utf8')) as { version: string }).version;

function positiveInt(name: string): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive whole number`);
    return n;
  };
}

const program = new Command()
  .name('chartfacts')
  .description('Evidence-linked clinical facts from workers\' compensation medical records (PDF or .txt)')
  .version(version)
  .showHelpAfterError()
  .exitOverride(); // usage errors exit 2, not commander's 1 (1 means a file failed)

program
  .command('extract')
  .description('extract facts from PDF or .txt files (one file: JSON on stdout; several: JSON Lines, or --out DIR)')
  .argument('<files...>', 'PDF (text layer, scanned or mixed) or UTF-8 .txt files')
  .option('-o, --out <dir>', 'write <dir>/<name>.facts.json per file')
  .option('--decide', 'also check each request against guideline criteria (<name>.decision.json)', false)
  .option('-c, --concurrency <n>', 'files processed at once (default: number of cores)', positiveInt('--concurrency'))
  .option('--no-ocr', 'do not OCR pages without a text layer (they are reported as incomplete)')
  .option('--timeout <seconds>', 'per-file time limit in seconds (default 300)', positiveInt('--timeout'))
  .option('--max-pages <n>', 'refuse documents with more pages (default 500)', positiveInt('--max-pages'))
  .option('--max-file-mb <n>', 'refuse files larger than this many MB (default 50)', positiveInt('--max-file-mb'))
  .addOption(new Option('-f, --format <format>', 'json | jsonl (one facts document per line) | csv (one row per request, with the decision) | fhir (FHIR R4 Bundle; --out: <name>.fhir.json)').choices(OUTPUT_FORMATS).default('json'))
  .action(async (files: string[], o: { out?: string; decide: boolean; concurrency?: number; ocr: boolean; timeout?: number; maxPages?: number; maxFileMb?: number; format: OutputFormat }) => {
    const concurrency = o.concurrency ?? availableParallelism();
    process.exitCode = await runExtractCommand(files, {
      ...(o.out ? { out: o.out } : {}),
      decide: o.decide,
      concurrency,
      format: o.format,
      process: {
        ocr: o.ocr,
        ...(o.timeout ? { timeoutMs: o.timeout * 1000 } : {}),
        ...(o.maxPages ? { maxPages: o.maxPages } : {}),
        ...(o.maxFileMb ? { maxFileBytes: o.maxFileMb * 1024 * 1024 } : {}),
      },
    });
  });

program
  .command('schema')
  .description('print the JSON Schema of the facts document (or --decision)')
  .option('--decision', 'the decision document instead', false)
  .action((o: { decision: boolean }) => {
    process.stdout.write(`${JSON.stringify(jsonSchemaOf(o.decision ? 'decision' : 'facts'), null, 2)}\n`);
  });

program
  .command('decide')
  .description('check each request of a facts document against guideline criteria; decision JSON on stdout')
  .argument('<facts>', 'a facts JSON file (as written by chartfacts extract)')
  .action(async (facts: string) => {
    process.exitCode = await runDecideCommand(facts);
  });

program
  .command('serve')
  .description('start the upload API and (unless --no-workers) queue workers; without REDIS_URL a local redis-server is started')
  .option('-p, --port <n>', 'HTTP port (default: PORT or 8080)', positiveInt('--port'))
  .option('--host <host>', 'interface to listen on (default 127.0.0.1)')
  .option('--no-workers', 'run the API only; workers run elsewhere (chartfacts worker)')
  .option('-c, --concurrency <n>', 'jobs per worker stage', positiveInt('--concurrency'))
  .action(async (o: { port?: number; host?: string; workers: boolean; concurrency?: number }) => {
    process.exitCode = await runServeCommand({
      ...(o.port ? { port: o.port } : {}), ...(o.host ? { host: o.host } : {}), workers: o.workers,
      ...(o.concurrency ? { concurrency: o.concurrency } : {}),
    });
  });

program
  .command('worker')
  .description('run queue workers against REDIS_URL: parse, extract, decide, ocr (fanned-out pages of long scans) or all')
  .argument('[stage]', 'parse | extract | decide | ocr | all', 'all')
  .option('-c, --concurrency <n>', 'jobs at once per stage', positiveInt('--concurrency'))
  .action(async (stage: string, o: { concurrency?: number }) => {
    process.exitCode = await runWorkerCommand({ stages: stage, ...(o.concurrency ? { concurrency: o.concurrency } : {}) });
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // commander already printed the message (and help); only the exit code is ours
    process.exitCode = err.exitCode === 0 ? 0 : 2;
    await shutdownProcessing();
    process.exit();
  }
  const e = toChartfactsError(err);
  process.stderr.write(`chartfacts: ${e.code}: ${e.message}\n`);
  process.exitCode = 2;
} finally {
  await shutdownProcessing();
}
