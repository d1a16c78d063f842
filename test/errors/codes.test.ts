import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, RETIRED_CODES, WARNING_CODES } from '../../src/errors/codes.js';
import { ChartfactsError, toChartfactsError } from '../../src/errors/chartfacts-error.js';

const page = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const documented = (section: string) => {
  const body = page.split(/^## /m).find((s) => s.startsWith(section)) ?? '';
  return [...body.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);
};

describe('error catalogue', () => {
  it('every error code is documented, and nothing stale is', () => {
    expect(documented('Errors').sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });
  it('every warning code is documented, and nothing stale is', () => {
    expect(documented('Warnings').sort()).toEqual(Object.keys(WARNING_CODES).sort());
  });
  it('codes are snake_case and never retired-and-reused', () => {
    for (const code of [...Object.keys(ERROR_CODES), ...Object.keys(WARNING_CODES)]) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(RETIRED_CODES).not.toContain(code);
    }
  });
  it('ChartfactsError carries code, retryability and a default message', () => {
    const e = new ChartfactsError('encrypted_pdf');
    expect(e).toMatchObject({ code: 'encrypted_pdf', retryable: false, message: ERROR_CODES.encrypted_pdf.message });
    expect(e.toJSON()).toEqual({ code: 'encrypted_pdf', message: ERROR_CODES.encrypted_pdf.message });
  });
  it('unknown throws become internal_error without leaking their message', () => {
    const e = toChartfactsError(new Error('patient John Doe'));
    expect(e.code).toBe('internal_error');
    expect(e.message).not.toContain('John');
  });
});
