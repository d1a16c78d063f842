/**
 * The one options object every entry point (library, CLI, workers) accepts. Each field is
 * documented here with its default; `defaults.ts` holds the defaults table and
 * `resolve-options.ts` merges, validates and freezes once, before any work starts.
 */
export interface ChartfactsOptions {
  /**
   * Largest number of pages a document may have; more gives `too_many_pages`, checked right
   * after the PDF is opened and before any page is read. Default 500.
   */
  readonly maxPages: number;
  /**
   * Largest file size in bytes; larger gives `file_too_large`, checked from the file's size
   * before it is read. Default 52,428,800 (50 MB).
   */
  readonly maxFileBytes: number;
  /**
   * Wall-clock limit in milliseconds for ingesting one file (parsing, rendering and OCR); past it
   * the file fails with `timeout` and its parser thread is killed. Default 300,000 (5 minutes),
   * enough for a 100-page scan on two cores.
   */
  readonly timeoutMs: number;
  /**
   * Whether pages without a usable text layer are OCR'd. When false such pages stay empty with an
   * `ocr_unavailable` warning. Default true.
   */
  readonly ocr: boolean;
  /**
   * Mean word confidence (0-100) under which an OCR'd page gets a `low_ocr_confidence` warning.
   * Default 70.
   */
  readonly ocrConfidenceThreshold: number;
  /**
   * Resolution in dots per inch at which pages are rendered for OCR. Default 200: enough for
   * 9-point print; higher costs time roughly with the square. Allowed 72-600. Tesseract is told
   * this resolution when the OCR scheduler is first created (like `ocrWorkers`).
   */
  readonly ocrDpi: number;
  /**
   * Number of tesseract.js workers in the process-wide OCR scheduler. Read when the scheduler is
   * first created; later calls reuse it. Default: the machine's available parallelism.
   */
  readonly ocrWorkers: number;
  /**
   * How many files are processed at once by batch callers (CLI, queue workers). Default: the
   * machine's available parallelism.
   */
  readonly concurrency: number;
}
