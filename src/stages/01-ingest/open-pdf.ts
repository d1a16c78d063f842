import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ChartfactsError } from '../../errors/chartfacts-error.js';
import type { GrayImage, OpenReply, PdfReply, PdfRequest, PdfWarning } from './pdf-protocol.js';

/** An open PDF living in a parser thread. */
export interface PdfSession {
  readonly numPages: number;
  /** Text layer per page, index 0 = page 1. */
  readonly texts: readonly string[];
  readonly warnings: readonly PdfWarning[];
  /** Rasterizes one page (1-based) to grayscale at `dpi`. */
  render(page: number, dpi: number): Promise<GrayImage>;
  /** Frees the document and returns the thread to the pool. Safe to call twice. */
  close(): Promise<void>;
  /** False once the parser thread has died (crash or deadline). */
  alive(): boolean;
}

/** Heap cap per parser thread: a decompression bomb hits this, not the process. */
const THREAD_HEAP_MB = 1536;
/** Idle parser threads kept warm so steady-state parsing skips pdfjs start-up. */
const MAX_IDLE_THREADS = 4;

/**
 * The compiled worker. Under a TypeScript runner (vitest) this module is `.ts` and worker threads
 * cannot load TypeScript, so the built copy in `dist/` is used; `npm test` builds first.
 */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  if (!here.pathname.endsWith('.ts')) return new URL('./pdf-worker.js', here);
  const built = new URL('../../../dist/src/stages/01-ingest/pdf-worker.js', here);
  if (!existsSync(fileURLToPath(built))) {
    throw new ChartfactsError('internal_error', 'the PDF parser is not built; run `npm run build` first');
  }
  return built;
}

/**
 * Why a parser thread died: out of its heap means the file needs more memory than allowed (a
 * typed, non-retryable `pdf_too_complex`), anything else is a parser crash on a damaged file.
 */
function crashError(err: Error): ChartfactsError {
  if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ChartfactsError('pdf_too_complex', 'the PDF parser ran out of its memory limit on this file', { cause: err });
  }
  return new ChartfactsError('corrupt_pdf', 'the PDF parser crashed on this file', { cause: err });
}

/** One parser thread answering one request at a time. */
class ParserThread {
  private readonly worker: Worker;
  private pending: { resolve: (r: PdfReply) => void; reject: (e: unknown) => void } | undefined;
  private dead: ChartfactsError | undefined;

  constructor() {
    // execArgv: [] so flags meant for the main script (--input-type, --inspect) do not break it.
    this.worker = new Worker(workerUrl(), { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
    this.worker.on('message', (reply: PdfReply) => this.settle((p) => p.resolve(reply)));
    this.worker.on('error', (err) => this.fail(crashError(err)));
    this.worker.on('exit', () => this.fail(new ChartfactsError('corrupt_pdf', 'the PDF parser stopped on this file')));
  }

  get alive(): boolean {
    return this.dead === undefined;
  }

  request(message: PdfRequest): Promise<PdfReply> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(message);
    });
  }

  /** Kills the thread (timeout or shutdown); a pending request fails with `error`. */
  kill(error: ChartfactsError): void {
    this.fail(error);
    void this.worker.terminate();
  }

  setBusy(busy: boolean): void {
    // Idle threads must not keep the process alive after the caller is done.
    if (busy) this.worker.ref();
    else this.worker.unref();
  }

  private settle(action: (p: NonNullable<ParserThread['pending']>) => void): void {
    const p = this.pending;
    this.pending = undefined;
    if (p) action(p);
  }

  private fail(error: ChartfactsError): void {
    this.dead ??= error;
    this.settle((p) => p.reject(error));
  }
}

const idle: ParserThread[] = [];

function acquire(): ParserThread {
  let thread = idle.pop();
  while (thread && !thread.alive) thread = idle.pop();
  thread ??= new ParserThread();
  thread.setBusy(true);
  return thread;
}

function release(thread: ParserThread): void {
  if (!thread.alive) return;
  thread.setBusy(false);
  if (idle.length < MAX_IDLE_THREADS) idle.push(thread);
  else thread.kill(new ChartfactsError('internal_error', 'parser thread retired'));
}

function unwrap<T extends PdfReply>(reply: PdfReply): T {
  if (!reply.ok) throw new ChartfactsError(reply.code, reply.message);
  return reply as T;
}

/**
 * Opens a PDF in a parser thread and reads every page's text layer. When `signal` aborts (the
 * per-file deadline) the thread is killed at once and the pending call rejects with `timeout`,
 * however stuck pdfjs is.
 *
 * @throws ChartfactsError `encrypted_pdf`, `corrupt_pdf`, `pdf_too_complex`, `too_many_pages` or `timeout`.
 */
export async function openPdf(bytes: Uint8Array, maxPages: number, signal: AbortSignal): Promise<PdfSession> {
  const thread = acquire();
  const onAbort = (): void => thread.kill(new ChartfactsError('timeout'));
  if (signal.aborted) onAbort();
  signal.addEventListener('abort', onAbort, { once: true });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    signal.removeEventListener('abort', onAbort);
    if (thread.alive) await thread.request({ op: 'close' }).catch(() => undefined);
    release(thread);
  };
  try {
    // Posting a view clones its whole backing buffer (a pooled Buffer may hold other data), so
    // send exactly the file's bytes.
    const exact = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const opened = unwrap<OpenReply>(await thread.request({ op: 'open', bytes: exact, maxPages }));
    return {
      numPages: opened.numPages,
      texts: opened.texts,
      warnings: opened.warnings,
      render: async (page, dpi) => {
        const r = unwrap<GrayImage & { ok: true }>(await thread.request({ op: 'render', page, dpi }));
        return { width: r.width, height: r.height, data: r.data };
      },
      close,
      alive: () => thread.alive,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Kills every idle parser thread (busy ones die with their file's deadline or close). */
export function closeParserThreads(): void {
  for (const thread of idle.splice(0)) thread.kill(new ChartfactsError('internal_error', 'parser threads closed'));
}
