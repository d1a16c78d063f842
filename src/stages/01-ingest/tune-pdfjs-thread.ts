/**
 * Speed-ups for the PDF parser thread, applied once after pdf-parse (and so pdfjs) is loaded.
 * They change how pdfjs's pieces talk inside the thread, never what it reads from a file.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** A text-content chunk as pdfjs's worker half streams it to its API half. */
interface TextChunkMessage {
  readonly chunk: { readonly items: unknown[]; readonly styles: object };
}

function isTextChunkMessage(value: unknown): value is TextChunkMessage {
  if (typeof value !== 'object' || value === null || !('chunk' in value)) return false;
  const chunk = (value as { chunk: unknown }).chunk;
  return typeof chunk === 'object' && chunk !== null && Array.isArray((chunk as { items?: unknown }).items) && typeof (chunk as { styles?: unknown }).styles === 'object';
}

/**
 * Whether `value` is a plain object holding only primitives: structuredClone of it is exactly
 * a shallow copy. pdfjs's stream bookkeeping (a pull and its answer for every text chunk) is
 * all such small messages, and the clone's fixed cost per call outweighs their content.
 */
function isFlatRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const field of Object.values(value)) {
    const kind = typeof field;
    if (kind === 'object' ? field !== null : kind === 'function' || kind === 'symbol') return false;
  }
  return true;
}

/**
 * In Node pdfjs runs its "worker" half in the same thread and still deep-copies every message
 * between the halves with `structuredClone`, as if they were apart. For text content those
 * copies were a fifth of all text-layer time. Two kinds of message only need a shallow copy:
 * - a text chunk: pdfjs reuses the chunk object itself (it swaps in fresh `items` and `styles`
 *   right after sending) but never changes the items, style entries or arrays it already sent,
 *   and a chunk carries no transferable buffers;
 * - a flat record of primitives, where a shallow copy is what the clone would give.
 * Every other message is still cloned in full.
 */
function shallowCopySafeMessages(): void {
  const clone = globalThis.structuredClone;
  globalThis.structuredClone = function structuredCloneOrShallowCopy<T>(value: T, options?: Parameters<typeof structuredClone>[1]): T {
    if (isTextChunkMessage(value)) return { ...value, chunk: { ...value.chunk } } as T;
    if (isFlatRecord(value)) return { ...value } as T;
    return clone(value, options);
  };
}

/**
 * pdfjs loads its worker half lazily on the first document, and that bundle installs core-js's
 * slow `Array.prototype.push` again (after the parser thread has put the native one back).
 * Loading it up front here, then restoring `push`, keeps the native one for good; pdfjs finds
 * the preloaded half through `globalThis.pdfjsWorker` and does not import it a second time.
 */
async function preloadWorkerHalf(): Promise<void> {
  const nativePush = Array.prototype.push;
  try {
    const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    await import(pathToFileURL(fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href);
  } catch {
    // pdfjs then loads it itself on first use, only slower.
  } finally {
    Array.prototype.push = nativePush;
  }
}

/**
 * Applies the parser-thread speed-ups. Call once, in the parser thread only, after pdf-parse is
 * imported and before the first document is opened.
 */
export async function tunePdfjsThread(): Promise<void> {
  await preloadWorkerHalf();
  shallowCopySafeMessages();
}
