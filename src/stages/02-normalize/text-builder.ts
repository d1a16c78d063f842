/**
 * Accumulates normalized text together with the segments that map it back to raw page text.
 */
import type { OffsetSegment } from '../../types/pipeline.js';

/** Appends text and records, for every verbatim copy, where it came from. */
export interface TextBuilder {
  /** Current length of the built text. */
  readonly length: number;
  /** Copies `raw.slice(from, to)` of page `page` verbatim, extending the last segment when contiguous. */
  copy(page: number, raw: string, from: number, to: number): void;
  /** Appends text that has no verbatim source (a space replacing a line break, a page separator). */
  insert(text: string): void;
  /** The text so far and its segments; call it once, when done (the segments are not copied). */
  finish(): { text: string; segments: OffsetSegment[] };
}

interface MutableSegment {
  start: number;
  length: number;
  page: number;
  rawStart: number;
}

/**
 * The builder as a class: one object shape with its state in fields, which V8 optimizes better
 * than closures sharing captured variables (this runs a few times per line).
 */
class SegmentedText implements TextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: MutableSegment[] = [];
  private built = 0;
  // The copy in progress is only sliced out when it stops being contiguous: one string per
  // segment instead of one per word keeps allocation (and GC) low. `open` says the last segment
  // still ends where the text does (no insert since), so a contiguous copy may extend it.
  private open = false;
  private pendingRaw = '';
  private pendingPage = 0;
  private pendingFrom = 0;
  private pendingTo = 0;

  get length(): number {
    return this.built;
  }

  copy(page: number, raw: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.open && this.pendingTo === from && this.pendingPage === page && this.pendingRaw === raw) {
      this.segments[this.segments.length - 1]!.length += to - from;
    } else {
      this.flush();
      this.segments.push({ start: this.built, length: to - from, page, rawStart: from });
      this.open = true;
      this.pendingRaw = raw;
      this.pendingPage = page;
      this.pendingFrom = from;
    }
    this.pendingTo = to;
    this.built += to - from;
  }

  insert(text: string): void {
    this.flush();
    this.open = false;
    this.parts.push(text);
    this.built += text.length;
  }

  finish(): { text: string; segments: OffsetSegment[] } {
    this.flush();
    // handed over as they are (no copy): the caller re-bases them onto the whole text anyway
    return { text: this.parts.join(''), segments: this.segments };
  }

  private flush(): void {
    if (this.pendingTo > this.pendingFrom) this.parts.push(this.pendingRaw.slice(this.pendingFrom, this.pendingTo));
    this.pendingFrom = this.pendingTo = 0;
  }
}

/** Creates an empty {@link TextBuilder}. */
export function createTextBuilder(): TextBuilder {
  return new SegmentedText();
}
