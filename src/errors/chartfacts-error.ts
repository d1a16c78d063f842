import { ERROR_CODES, type ErrorCode } from './codes.js';

/**
 * The only error type the library throws on purpose. `code` is stable snake_case from
 * `ERROR_CODES`; `retryable` tells queues whether another attempt can help.
 */
export class ChartfactsError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly httpStatus: number;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? ERROR_CODES[code].message, options);
    this.name = 'ChartfactsError';
    this.code = code;
    this.retryable = ERROR_CODES[code].retryable;
    this.httpStatus = ERROR_CODES[code].httpStatus;
  }

  /** Plain object for job results and API bodies; never includes record text. */
  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Wraps anything thrown into a ChartfactsError, keeping typed errors as they are. */
export function toChartfactsError(err: unknown): ChartfactsError {
  if (err instanceof ChartfactsError) return err;
  return new ChartfactsError('internal_error', undefined, { cause: err });
}

export function isChartfactsError(err: unknown): err is ChartfactsError {
  return err instanceof ChartfactsError;
}
