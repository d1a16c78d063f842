/** One CSV record per RFC 4180. */

/** Characters that force a field into quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Cells joined by commas and ended with CRLF; a cell holding a comma, a double quote or a line
 * break is quoted, its quotes doubled. A leading space or `=` is left alone: this is data, and
 * spreadsheet-formula escaping would change it.
 */
export function formatCsvRow(cells: readonly string[]): string {
  return `${cells.map((c) => (NEEDS_QUOTES.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}
