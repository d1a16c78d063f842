/**
 * One file from disk to facts: ingest (I/O, OCR) then the pure `buildFacts`. Shared by the CLI,
 * the evaluation and the queue workers so every entry point gives the same facts.
 */
import type { ChartfactsOptions } from './options/index.js';
import { resolveOptions } from './options/index.js';
import { loadLexicons } from './lexicons/load-lexicons.js';
import type { FactsDocument } from './types/facts.js';
import type { IngestResult } from './types/pipeline.js';
import { ingestFile, shutdownIngest } from './stages/01-ingest/ingest-file.js';
import { buildFacts } from './pipeline.js';

export type ProcessOptions = ChartfactsOptions;

/** Facts for the file at `path`; throws a ChartfactsError with a stable code on bad input. */
export async function processFile(path: string, options: Partial<ProcessOptions> = {}): Promise<FactsDocument> {
  const opts = resolveOptions(options);
  return factsFromIngest(await ingestFile(path, opts), opts);
}

/** Facts from already-ingested pages with the shipped lexicons (the CLI and the extract worker). */
export function factsFromIngest(ingest: IngestResult, options: Partial<ProcessOptions> = {}): FactsDocument {
  return buildFacts(ingest, loadLexicons(), { ocrConfidenceThreshold: resolveOptions(options).ocrConfidenceThreshold });
}

/** Stops background OCR workers and parser threads so the process can exit. */
export async function shutdownProcessing(): Promise<void> {
  await shutdownIngest();
}
