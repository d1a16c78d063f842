/**
 * `chartfacts extract FILE...`: facts JSON on stdout for one file; `--out DIR` writes
 * DIR/<name>.facts.json (and <name>.decision.json with `--decide`) per file. A failed file prints
 * `FILE: CODE: message` on stderr and never stops the others; exit 1 when any failed.
 */
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { toChartfactsError } from '../errors/index.js';
import type { FactsDocument } from '../types/facts.js';
import type { DecisionDocument } from '../types/decision.js';
import { processFile, type ProcessOptions } from '../process-file.js';
import { decideFacts } from '../decide-facts.js';
import { runPool } from './run-pool.js';
import { createProgressBar } from './progress-bar.js';

export interface ExtractCommandOptions {
  readonly out?: string;
  readonly decide: boolean;
  readonly concurrency: number;
  readonly process: Partial<ProcessOptions>;
}

/** `records/imr-0042.pdf` → `imr-0042` (the contract's `<name>`). */
export function outputName(file: string): string {
  const base = basename(file);
  return base.slice(0, base.length - extname(base).length) || base;
}

/** Writes a file atomically (temp file + rename) so a reader never sees half a document. */
function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data, { mode: 0o640 });
  renameSync(tmp, path);
}

/** One-line error text for stderr; never includes record text. */
function errorLine(file: string, err: unknown): string {
  const e = toChartfactsError(err);
  return `${file}: ${e.code}: ${e.message.replace(/\s+/g, ' ')}`;
}

/** Runs the command; resolves to the process exit code. */
export async function runExtractCommand(files: readonly string[], opts: ExtractCommandOptions): Promise<number> {
  if (opts.out) mkdirSync(opts.out, { recursive: true });
  const bar = createProgressBar(files.length);
  const single = files.length === 1 && !opts.out;
  let failures = 0;
  // JSON Lines go out in input order whatever order files finish in: a line waits for those before it
  const lines = new Array<string | null | undefined>(files.length);
  let nextLine = 0;
  const flushLines = (): void => {
    while (nextLine < files.length && lines[nextLine] !== undefined) {
      const line = lines[nextLine++];
      if (line) process.stdout.write(line);
    }
  };
  await runPool(files, opts.concurrency, async (file, index) => {
    let facts: FactsDocument;
    try {
      facts = await processFile(file, opts.process);
    } catch (err) {
      failures++;
      process.stderr.write(`${errorLine(file, err)}\n`);
      lines[index] = null;
      flushLines();
      bar.tick(true);
      return;
    }
    const decision: DecisionDocument | null = opts.decide ? decideFacts(facts) : null;
    if (opts.out) {
      const name = outputName(file);
      writeAtomic(join(opts.out, `${name}.facts.json`), `${JSON.stringify(facts, null, 2)}\n`);
      if (decision) writeAtomic(join(opts.out, `${name}.decision.json`), `${JSON.stringify(decision, null, 2)}\n`);
    } else if (single) {
      process.stdout.write(`${JSON.stringify(decision ? { facts, decision } : facts, null, 2)}\n`);
    } else {
      // several files and no --out: JSON Lines, one document per file, in input order
      lines[index] = `${JSON.stringify(decision ? { facts, decision } : facts)}\n`;
      flushLines();
    }
    bar.tick(false);
  });
  bar.done();
  return failures ? 1 : 0;
}
