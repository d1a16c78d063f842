/**
 * Messages between the ingest stage and its PDF parser thread (`pdf-worker.ts`). The parser runs
 * in a worker thread so a hostile file can be killed on timeout without taking the process down.
 */
import type { ErrorCode, WarningCode } from '../../errors/codes.js';

export type PdfRequest =
  | { readonly op: 'open'; readonly bytes: Uint8Array; readonly maxPages: number }
  | { readonly op: 'render'; readonly page: number; readonly dpi: number }
  | { readonly op: 'close' };

/** A warning found while parsing, before it gets its message. */
export interface PdfWarning {
  readonly code: WarningCode;
  readonly page?: number;
}

export interface OpenReply {
  readonly ok: true;
  readonly numPages: number;
  /** Text layer per page, index 0 = page 1, as pdf-parse lays it out (lines kept). */
  readonly texts: readonly string[];
  readonly warnings: readonly PdfWarning[];
}

/** An 8-bit grayscale raster, row-major, one byte per pixel. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export interface RenderReply extends GrayImage {
  readonly ok: true;
}

export interface FailReply {
  readonly ok: false;
  readonly code: ErrorCode;
  readonly message: string;
}

export type PdfReply = OpenReply | RenderReply | { readonly ok: true } | FailReply;
