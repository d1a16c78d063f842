/**
 * The one catalogue of error and warning codes. A code is stable forever: never renamed, never
 * reused for another meaning. `docs/errors.md` lists the same codes (a test checks both ways).
 */

export interface ErrorCodeInfo {
  /** Plain-English default message. */
  readonly message: string;
  /** Whether trying again later can help (timeouts, transient I/O); bad input never retries. */
  readonly retryable: boolean;
  /** HTTP status the upload API answers with. */
  readonly httpStatus: number;
}

export const ERROR_CODES = {
  not_pdf: { message: 'the file is neither a PDF nor a UTF-8 text file', retryable: false, httpStatus: 415 },
  encrypted_pdf: { message: 'the PDF is encrypted and cannot be read without a password', retryable: false, httpStatus: 422 },
  corrupt_pdf: { message: 'the PDF is damaged and cannot be parsed', retryable: false, httpStatus: 422 },
  empty_document: { message: 'the document holds no readable text on any page', retryable: false, httpStatus: 422 },
  too_many_pages: { message: 'the document has more pages than the configured limit', retryable: false, httpStatus: 413 },
  file_too_large: { message: 'the file is larger than the configured limit', retryable: false, httpStatus: 413 },
  ocr_failed: { message: 'optical character recognition failed', retryable: true, httpStatus: 500 },
  timeout: { message: 'processing took longer than the per-file time limit', retryable: true, httpStatus: 504 },
  unsupported_encoding: { message: 'the text file is not valid UTF-8', retryable: false, httpStatus: 415 },
  file_not_found: { message: 'the file does not exist or cannot be read', retryable: false, httpStatus: 404 },
  invalid_options: { message: 'an option has an invalid value', retryable: false, httpStatus: 400 },
  invalid_lexicon: { message: 'a lexicon file failed validation', retryable: false, httpStatus: 500 },
  invalid_facts: { message: 'the facts document does not match the v1 contract', retryable: false, httpStatus: 422 },
  internal_error: { message: 'an unexpected internal error occurred', retryable: true, httpStatus: 500 },
  storage_full: { message: 'the data directory is full; nothing was stored, try again once space is freed', retryable: true, httpStatus: 507 },
  queue_unavailable: { message: 'the queue (Redis) is unreachable; the upload is kept, send it again after Retry-After', retryable: true, httpStatus: 503 },
  pdf_too_complex: { message: 'the PDF needs more memory to parse than the limits allow (a decompression bomb or an oversized object)', retryable: false, httpStatus: 422 },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Soft problems reported in a facts document's `warnings`; the document is still produced. */
export const WARNING_CODES = {
  incomplete_page: 'a page yielded no text from its text layer or from OCR',
  low_ocr_confidence: 'OCR confidence on a page is under the threshold; check its facts',
  garbled_text_layer: "a page's text layer was glyph garbage and was OCR'd instead",
  embedded_javascript: 'the PDF carries JavaScript, which was ignored',
  launch_action: 'the PDF carries a launch or external action, which was ignored',
  embedded_files: 'the PDF carries attachments, which were ignored',
  rotated_page: 'a scanned page was rotated before OCR',
  ocr_unavailable: 'a page needed OCR but OCR was disabled',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

/** Codes retired from use; listed so they are never given a new meaning. */
export const RETIRED_CODES: readonly string[] = [];
