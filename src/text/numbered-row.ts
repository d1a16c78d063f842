/**
 * Rows of a table numbered in its first column. Normalization keeps each such row on its own line
 * and sentence segmentation ends a sentence at each, so one row's words ("MRI right knee without
 * contrast") never run into the next row's ("Physical therapy, right knee").
 */

/**
 * A table row opened by a bare row number and a capitalised cell ("1  EMG/NCV right lower
 * extremity   1   S84.11XD"), not a date ("12 Sep 2022").
 */
export const NUMBERED_ROW = /^\d{1,2}\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]/;

/** A table header that opens with "#" for its row-number column ("#  Service / good   Qty   Dx"). */
export const NUMBER_COLUMN_HEADER = /^#\s+[A-Z]/;

/** Is the break between these two lines (leading blanks allowed) one between numbered rows, or a "#" header and its first row? */
export function betweenNumberedRows(prevLine: string, nextLine: string): boolean {
  const next = nextLine.trimStart();
  if (!NUMBERED_ROW.test(next)) return false;
  const prev = prevLine.trimStart();
  return NUMBERED_ROW.test(prev) || NUMBER_COLUMN_HEADER.test(prev);
}
