/**
 * `chartfacts extract FILE...`: facts JSON on stdout for one file; `--out DIR` writes
 * DIR/<name>.facts.json (and <name>.decision.json with `--decide`) per file. A failed file prints
 * `FILE: CODE: message` on stderr and never stops the others; exit 1 when any failed.
 *
 * `--format` picks the output: `json` (the above), `jsonl` (one facts document per line, always),
 * `csv` (one row per request, with the decision), `fhir` (a FHIR R4 Bundle per file). Whatever the
 * format, stdout keeps input order. With `--out`, jsonl and csv go to one file for the whole run
 * (DIR/facts.jsonl, DIR/requests.csv) and fhir to DIR/<name>.fhir.json per file.
 */
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { toChartfactsError } from '../errors/index.js';
import type { FactsDocument } from '../types/facts.js';
import type { DecisionDocument } from '../types/decision.js';
import { processFile, type ProcessOptions } from '../process-file.js';
import { decideFacts } from '../decide-facts.js';
import { toFhirBundle } from '../export/to-fhir-bundle.js';
import { loadLexicons } from '../lexicons/load-lexicons.js';
import { CSV_HEADER, toCsvRows } from '../export/to-csv-rows.js';
import { formatCsvRow } from '../export/format-csv-row.js';
import { runPool } from './run-pool.js';
import { createProgressBar } from './progress-bar.js';

/** Output formats of `extract --format` (default json). */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'fhir'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ExtractCommandOptions {
  readonly out?: string;
  readonly decide: boolean;
  readonly concurrency: number;
  readonly process: Partial<ProcessOptions>;
  /** Output format; json when absent (the behaviour before formats existed). */
  readonly format?: OutputFormat;
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

/** What one processed file contributes: text for the ordered stream, and files of its own. */
interface Rendered {
  readonly chunk: string | null;
  readonly files: ReadonlyArray<readonly [name: string, data: string]>;
}

const pretty = (x: unknown): string => `${JSON.stringify(x, null, 2)}\n`;
const line = (x: unknown): string => `${JSON.stringify(x)}\n`;

/** Formats whose --out is one file for the whole run, and that file's name. */
const RUN_FILE: Partial<Record<OutputFormat, string>> = { jsonl: 'facts.jsonl', csv: 'requests.csv' };

/** The output of one file in `format`; `single` is one file to stdout (pretty JSON, not a line). */
function render(file: string, facts: FactsDocument, format: OutputFormat, opts: ExtractCommandOptions, single: boolean): Rendered {
  const decision: DecisionDocument | null = opts.decide || format === 'csv' ? decideFacts(facts) : null;
  const name = outputName(file);
  const decisionFile = decision && opts.out ? [[`${name}.decision.json`, pretty(decision)] as const] : [];
  switch (format) {
    case 'csv':
      return { chunk: toCsvRows(facts, decision!).map(formatCsvRow).join(''), files: [] };
    case 'jsonl':
      return { chunk: line(decision ? { facts, decision } : facts), files: [] };
    case 'fhir': {
      const bundle = toFhirBundle(facts, loadLexicons());
      if (opts.out) return { chunk: null, files: [[`${name}.fhir.json`, pretty(bundle)], ...decisionFile] };
      return { chunk: single ? pretty(bundle) : line(bundle), files: [] };
    }
    case 'json':
      if (opts.out) return { chunk: null, files: [[`${name}.facts.json`, pretty(facts)], ...decisionFile] };
      // several files and no --out: JSON Lines, one document per file, in input order
      return { chunk: (single ? pretty : line)(decision ? { facts, decision } : facts), files: [] };
  }
}

/** Runs the command; resolves to the process exit code. */
export async function runExtractCommand(files: readonly string[], opts: ExtractCommandOptions): Promise<number> {
  const format = opts.format ?? 'json';
  if (opts.out) mkdirSync(opts.out, { recursive: true });
  const runFile = opts.out && RUN_FILE[format] ? join(opts.out, RUN_FILE[format]) : null;
  const bar = createProgressBar(files.length);
  const single = files.length === 1 && !opts.out;
  let failures = 0;
  // Chunks go out in input order whatever order files finish in: a chunk waits for those before it.
  // They go to stdout, or are gathered for the run file (written once, at the end).
  const gathered: string[] = [];
  const emit = (text: string): void => {
    if (runFile) gathered.push(text);
    else process.stdout.write(text);
  };
  if (format === 'csv') emit(formatCsvRow(CSV_HEADER));
  const chunks = new Array<string | null | undefined>(files.length);
  let next = 0;
  const flush = (): void => {
    while (next < files.length && chunks[next] !== undefined) {
      const chunk = chunks[next++];
      if (chunk) emit(chunk);
    }
  };
  await runPool(files, opts.concurrency, async (file, index) => {
    let rendered: Rendered | null = null;
    try {
      rendered = render(file, await processFile(file, opts.process), format, opts, single);
    } catch (err) {
      failures++;
      process.stderr.write(`${errorLine(file, err)}\n`);
    }
    for (const [name, data] of rendered?.files ?? []) writeAtomic(join(opts.out!, name), data);
    chunks[index] = rendered?.chunk ?? null;
    flush();
    bar.tick(rendered === null);
  });
  if (runFile) writeAtomic(runFile, gathered.join(''));
  bar.done();
  return failures ? 1 : 0;
}
