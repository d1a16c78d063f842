/**
 * The layout features of one line that decide whether a line break is kept. Every feature reads
 * only the line's first or last characters or its letter case, which joining lines does not change:
 * that is what makes normalization idempotent.
 */
import {
  HYPHEN_LOWER_END,
  HYPHEN_TIGHT_END,
  LABEL_LINE,
  LIST_ITEM,
  LOWER,
  OPEN_END,
  TERMINAL_END,
} from './layout-patterns.js';

/** How a line ends, as far as joining it to the next one is concerned. */
export type LineEnd = 'terminal' | 'open' | 'hyphen-lower' | 'hyphen' | 'word';

/** Layout features of a line (whitespace-collapsed, trimmed content). */
export interface LineShape {
  /** Starts with a list marker ("1.", "2)", "-", "•"). */
  readonly listItem: boolean;
  /** Starts with a short capitalised label and a colon ("Patient: ..."). */
  readonly label: boolean;
  /** Has letters and none in lower case: a heading or letterhead line. */
  readonly capitals: boolean;
  /** First character is a lower-case letter: the line continues a sentence. */
  readonly startsLower: boolean;
  readonly end: LineEnd;
}

const MIN_HEADING_LETTERS = 4;

/** Counts letters and reports whether any is lower case, in one pass. */
function letterCase(text: string): { letters: number; lower: boolean } {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch !== ch.toUpperCase()) return { letters, lower: true };
    }
  }
  return { letters, lower: false };
}

function lineEnd(text: string): LineEnd {
  if (HYPHEN_LOWER_END.test(text)) return 'hyphen-lower';
  if (HYPHEN_TIGHT_END.test(text)) return 'hyphen';
  if (TERMINAL_END.test(text)) return 'terminal';
  if (OPEN_END.test(text)) return 'open';
  return 'word';
}

/** Describes a non-blank, whitespace-collapsed line. */
export function describeLine(text: string): LineShape {
  const { letters, lower } = letterCase(text);
  const first = text.charAt(0);
  return {
    listItem: LIST_ITEM.test(text),
    label: LABEL_LINE.test(text),
    capitals: !lower && letters >= MIN_HEADING_LETTERS,
    startsLower: LOWER.test(first),
    end: lineEnd(text),
  };
}
