import { availableParallelism } from 'node:os';
import type { ChartfactsOptions } from './chartfacts-options.js';

/** The defaults table; see {@link ChartfactsOptions} for what each field means. */
export const DEFAULT_OPTIONS: Readonly<ChartfactsOptions> = Object.freeze({
  maxPages: 500,
  maxFileBytes: 50 * 1024 * 1024,
  timeoutMs: 300_000,
  ocr: true,
  ocrConfidenceThreshold: 70,
  ocrDpi: 200,
  ocrWorkers: Math.max(1, availableParallelism()),
  concurrency: Math.max(1, availableParallelism()),
});
