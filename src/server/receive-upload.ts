/**
 * Streams an uploaded file to a temporary file while hashing it, so memory stays flat whatever
 * the size; the type is judged from the first bytes before the rest is accepted.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ChartfactsError } from '../errors/chartfacts-error.js';
import { detectFileType } from '../stages/01-ingest/detect-file-type.js';

/** Bytes looked at to judge the type; enough for a PDF header behind some junk. */
const SNIFF_BYTES = 4096;

export interface ReceivedUpload {
  readonly tempFile: string;
  /** sha256 hex of the bytes. */
  readonly id: string;
  readonly size: number;
  readonly type: 'pdf' | 'text';
}

/**
 * PDF or text from the first bytes. The head may end inside a multi-byte UTF-8 character, so a
 * head that is not text is retried without its last 1-3 bytes before it is called unknown.
 */
export function sniffUpload(head: Uint8Array, complete: boolean): 'pdf' | 'text' | 'unknown' {
  const cuts = complete ? [0] : [0, 1, 2, 3];
  for (const cut of cuts) {
    const type = detectFileType(head.subarray(0, Math.max(0, head.length - cut)));
    if (type !== 'unknown') return type;
  }
  return 'unknown';
}

/**
 * Writes `source` to `tempFile`.
 * @throws ChartfactsError `not_pdf` (neither PDF nor text), `empty_document` (zero bytes),
 *   `file_too_large` (over `maxBytes`); the temporary file is removed on any failure.
 */
export async function receiveUpload(source: Readable, tempFile: string, maxBytes: number): Promise<ReceivedUpload> {
  const hash = createHash('sha256');
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let type: 'pdf' | 'text' | 'unknown' | undefined;
  const judge = (complete: boolean): void => {
    type = sniffUpload(Buffer.concat(headChunks, headLength).subarray(0, SNIFF_BYTES), complete);
    if (type === 'unknown') throw new ChartfactsError('not_pdf');
  };
  async function* inspect(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      if (type === undefined) {
        headChunks.push(chunk);
        headLength += chunk.length;
        if (headLength >= SNIFF_BYTES) judge(false);
      }
      hash.update(chunk);
      yield chunk;
    }
  }
  // @fastify/multipart (busboy) cuts a file at its fileSize limit but ends the stream only when
  // the part ends, i.e. after the client has sent the whole body, and reports the limit later
  // still. Stopping at the 'limit' event answers 413 while the client is still sending.
  let cut = false;
  const stop = new AbortController();
  source.once('limit', () => {
    cut = true;
    stop.abort();
  });
  const tooLarge = (): ChartfactsError => new ChartfactsError('file_too_large', `the upload is larger than the limit of ${maxBytes} bytes`);
  try {
    // Owner-only from the first byte: an upload is a medical record (the record store keeps 0600).
    await pipeline(source, inspect, createWriteStream(tempFile, { mode: 0o600 }), { signal: stop.signal });
    if (cut || (source as Readable & { truncated?: boolean }).truncated === true) throw tooLarge();
    if (size === 0) throw new ChartfactsError('empty_document', 'the upload is empty (zero bytes)');
    if (type === undefined) judge(true);
  } catch (err) {
    source.resume();
    await rm(tempFile, { force: true });
    if (cut) throw tooLarge();
    const code = (err as { code?: string }).code;
    // @fastify/multipart stops the stream itself when its own fileSize limit is hit.
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw err;
  }
  return { tempFile, id: hash.digest('hex'), size, type: type as 'pdf' | 'text' };
}
