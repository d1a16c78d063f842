/**
 * Shapes passed between pipeline stages (internal; the public output is `facts.ts`).
 */
import type { DocumentKind, SectionName } from './vocab.js';
import type { Warning } from './facts.js';

/** Where a page's text came from. */
export type PageSource = 'text' | 'ocr' | 'none';

/** One page as read from the file, before normalization. */
export interface RawPage {
  /** 1-based page number. */
  readonly page: number;
  /** Text exactly as the text layer or OCR gave it. */
  readonly text: string;
  readonly source: PageSource;
  /** Mean word confidence 0-100 when the page was OCR'd. */
  readonly ocrConfidence?: number;
  /** Clockwise rotation in degrees applied before OCR (0, 90, 180, 270). */
  readonly rotation?: number;
}

/** What ingest hands to normalization. */
export interface IngestResult {
  /** sha256 hex of the input bytes. */
  readonly id: string;
  readonly fileName: string;
  readonly pages: readonly RawPage[];
  readonly warnings: readonly Warning[];
}

/** A run of normalized text copied from one page's raw text (for mapping offsets back). */
export interface OffsetSegment {
  /** Start in the normalized text. */
  readonly start: number;
  readonly length: number;
  /** 1-based page and start offset in that page's raw text. */
  readonly page: number;
  readonly rawStart: number;
}

export interface NormalizedText {
  /** The normalized full text that evidence offsets point into. */
  readonly text: string;
  /** Offset in `text` where each page starts; `pageOffsets[0] === 0`. */
  readonly pageOffsets: readonly number[];
  /** Runs of `text` that map verbatim onto raw page text, in order. */
  readonly segments: readonly OffsetSegment[];
}

/** A section of the normalized text. `start..end` covers the header and its body. */
export interface Section {
  readonly name: SectionName | null;
  /** The header as written, or null for text before the first header. */
  readonly header: string | null;
  /** Id of the section-header lexicon entry that matched. */
  readonly headerId: string | null;
  readonly start: number;
  /** Where the body starts (after the header and its colon). */
  readonly bodyStart: number;
  readonly end: number;
}

/** A sentence or clause-sized unit of text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index into `SegmentedDocument.sections`. */
  readonly sectionIndex: number;
  /** True for a list item ("1. ...", "- ...") or a "Label: value" line. */
  readonly listItem: boolean;
}

/** The normalized document with its structure; what every extractor reads. */
export interface SegmentedDocument {
  readonly text: string;
  readonly pageOffsets: readonly number[];
  readonly sections: readonly Section[];
  readonly sentences: readonly Sentence[];
  readonly kind: DocumentKind;
}

/** A span of `SegmentedDocument.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}
