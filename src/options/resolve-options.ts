import { z } from 'zod';
import { ChartfactsError } from '../errors/chartfacts-error.js';
import type { ChartfactsOptions } from './chartfacts-options.js';
import { DEFAULT_OPTIONS } from './defaults.js';

const positiveInt = z.number().int().positive();

/** Strict so a misspelt option is an error rather than silently ignored. */
const optionsSchema = z.strictObject({
  maxPages: positiveInt,
  maxFileBytes: positiveInt,
  timeoutMs: positiveInt,
  ocr: z.boolean(),
  ocrConfidenceThreshold: z.number().min(0).max(100),
  ocrDpi: z.number().int().min(72).max(600),
  ocrWorkers: positiveInt.max(64),
  concurrency: positiveInt.max(256),
});

const resolved = new WeakSet<object>();

/**
 * Merges caller options over {@link DEFAULT_OPTIONS}, validates the result and freezes it.
 * Already-resolved options pass through untouched, so stages can call this cheaply.
 *
 * @throws ChartfactsError `invalid_options`, naming each bad or unknown field.
 */
export function resolveOptions(options: Partial<ChartfactsOptions> = {}): Readonly<ChartfactsOptions> {
  if (resolved.has(options)) return options as Readonly<ChartfactsOptions>;
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const parsed = optionsSchema.safeParse({ ...DEFAULT_OPTIONS, ...defined });
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || issue.code}: ${issue.message}`)
      .join('; ');
    throw new ChartfactsError('invalid_options', `invalid options: ${detail}`);
  }
  const frozen = Object.freeze(parsed.data);
  resolved.add(frozen);
  return frozen;
}
