import { describe, expect, it } from 'vitest';
import { ChartfactsError } from '../../src/errors/chartfacts-error.js';
import { DEFAULT_OPTIONS, resolveOptions } from '../../src/options/index.js';

describe('resolveOptions', () => {
  it('fills every field from the defaults table and freezes the result', () => {
    const options = resolveOptions();
    expect(options).toEqual(DEFAULT_OPTIONS);
    expect(options.maxPages).toBe(500);
    expect(options.maxFileBytes).toBe(50 * 1024 * 1024);
    expect(Object.isFrozen(options)).toBe(true);
  });

  it('lets caller values win and ignores undefined ones', () => {
    const options = resolveOptions({ maxPages: 10, ocr: false, timeoutMs: undefined });
    expect(options.maxPages).toBe(10);
    expect(options.ocr).toBe(false);
    expect(options.timeoutMs).toBe(DEFAULT_OPTIONS.timeoutMs);
  });

  it('passes resolved options through unchanged', () => {
    const once = resolveOptions({ maxPages: 3 });
    expect(resolveOptions(once)).toBe(once);
  });

  it.each([
    ['negative page limit', { maxPages: -1 }, 'maxPages'],
    ['fractional size limit', { maxFileBytes: 1.5 }, 'maxFileBytes'],
    ['confidence over 100', { ocrConfidenceThreshold: 101 }, 'ocrConfidenceThreshold'],
    ['dpi too low', { ocrDpi: 10 }, 'ocrDpi'],
    ['zero workers', { ocrWorkers: 0 }, 'ocrWorkers'],
    ['unknown key', { maxPage: 3 } as object, 'maxPage'],
  ])('rejects %s with invalid_options naming the field', (_name, input, field) => {
    let error: unknown;
    try {
      resolveOptions(input);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ChartfactsError);
    expect((error as ChartfactsError).code).toBe('invalid_options');
    expect((error as ChartfactsError).message).toContain(field);
  });
});
