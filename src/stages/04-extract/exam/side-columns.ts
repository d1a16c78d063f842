/**
 * Tables whose columns are sides, for any kind of finding: a header line of side words alone
 * ("RIGHT   LEFT", "Test   R   L"), then rows that end in one cell per column ("Phalen's test
 * negative   negative", "2-pt discrimination   6 mm   5 mm", "Wrist flexion   55 deg   70 deg").
 * Each cell is read as its own finding: the row's label followed by that cell, on that column's side.
 * The header and cell shapes are the exam lexicon's `sideColumns`.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Sentence } from '../../../types/pipeline.js';
import type { Side } from '../../../types/vocab.js';
import { sideIn } from './side-in.js';

/** One table row: where it is, where its label ends, and its cells with their sides. */
export interface SideRow {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly cells: ReadonlyArray<{ readonly text: string; readonly side: Side }>;
}

/** Most rows one header covers. */
const MAX_ROWS = 15;

/** The rows of the last text read, per lexicon (a map of every text read would keep every document). */
const cache = new WeakMap<object, { readonly text: string; readonly rows: SideRow[] }>();

/** A cell as the words read after the row's label: its note in parentheses dropped, a symbol spelled ("-" → "absent"). */
export function cellWord(cell: string, words: Readonly<Record<string, string>> = {}): string {
  const bare = cell.replace(/[ \t]+\([^()]*\)$/, '').trim();
  return words[bare.toLowerCase()] ?? bare;
}

/** Every side-column table row of `text` (the last text's rows are kept per lexicon). */
export function sideColumnRows(text: string, lexicons: Pick<Lexicons, 'bodyParts' | 'examFindings'>): SideRow[] {
  const conf = lexicons.examFindings.sideColumns;
  if (!conf) return [];
  const hit = cache.get(lexicons.examFindings);
  if (hit && hit.text === text) return hit.rows;
  const out: SideRow[] = [];
  const header = new RegExp(conf.header, 'gim');
  for (let h = header.exec(text); h; h = header.exec(text)) {
    const sides = h[1]!.trim().split(/[\s.]+/).filter(Boolean).map((w) => sideIn(w, lexicons));
    if (sides.length < 2 || sides.some((x) => x === null || x === 'bilateral') || new Set(sides).size !== sides.length) continue;
    const cell = `(${conf.cell})`;
    const row = new RegExp(`^([ \\t]*[A-Za-z0-9(][^\\n]*?)${`[ \\t]+${cell}`.repeat(sides.length)}[ \\t]*$`, 'i');
    let at = text.indexOf('\n', h.index + h[0].length);
    for (let n = 0; at >= 0 && n < MAX_ROWS; n++) {
      const from = at + 1;
      const lineEnd = text.indexOf('\n', from);
      const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
      const m = row.exec(line);
      if (!m) break;
      const label = m[1]!;
      out.push({
        start: from + label.search(/\S/), end: from + line.trimEnd().length, label: label.trim(),
        cells: sides.map((side, i) => ({ text: cellWord(m[i + 2]!, conf.cellWords), side: side! })),
      });
      at = lineEnd;
    }
  }
  cache.set(lexicons.examFindings, { text, rows: out });
  return out;
}

/** The rows that start inside sentence `s`. */
export function rowsIn(rows: readonly SideRow[], s: Sentence): SideRow[] {
  return rows.filter((r) => r.start >= s.start && r.start < s.end);
}

/** A sentence of one cell: the row's label and that cell, starting where the row starts. */
export function cellSentence(s: Sentence, row: SideRow, cell: SideRow['cells'][number]): Sentence {
  const text = `${row.label} ${cell.text}`;
  return { ...s, start: row.start, end: row.start + text.length, text };
}
