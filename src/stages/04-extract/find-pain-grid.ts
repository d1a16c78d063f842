/**
 * Pain grids: a table whose header names the pain scale ("PAIN (0-10)   Today   Worst   After work")
 * and whose rows are a body part followed by one score per column ("Neck   3   6   6"). Every cell
 * is a score of the row's part. The header and row shapes are the pain lexicon's `grid`; a text
 * layer that ran the table onto one line ("PAIN (0-10) Today Worst Neck 3 6 L shoulder 4 7") still
 * reads, since a row is a label and its run of bare numbers wherever it stands on the header's line.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Span } from '../../types/pipeline.js';

/** One grid cell: the score's span and the span of its row's label. */
export interface GridScore {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly max: number;
  readonly label: Span;
}

interface Compiled {
  readonly header: RegExp;
  readonly row: RegExp;
  readonly rowLine: RegExp;
}

/** Most rows one header covers. */
const MAX_ROWS = 12;
const cache = new WeakMap<object, Compiled | null>();

function compile(lex: Lexicons['painScores']): Compiled | null {
  let hit = cache.get(lex);
  if (hit === undefined) {
    const g = lex.grid;
    hit = g ? {
      header: new RegExp(g.header, 'gim'),
      row: new RegExp(g.row, 'gi'),
      rowLine: new RegExp(`^(?:[ \\t]*(?:${g.row}))+[ \\t]*$`, 'i'),
    } : null;
    cache.set(lex, hit);
  }
  return hit;
}

/** The cells of every row in `line` (which starts at `base`), each a score out of `max`. */
function readRows(k: Compiled, line: string, base: number, max: number, out: GridScore[]): void {
  k.row.lastIndex = 0;
  for (let m = k.row.exec(line); m; m = k.row.exec(line)) {
    const label = m.groups?.label ?? '';
    const cells = m.groups?.cells ?? '';
    const labelStart = base + m.index + m[0].indexOf(label);
    const cellsAt = base + m.index + m[0].length - cells.length;
    const cell = /\d+(?:\.\d)?/g;
    for (let c = cell.exec(cells); c; c = cell.exec(cells)) {
      const score = Number(c[0]);
      if (score > max) continue;
      out.push({ start: cellsAt + c.index, end: cellsAt + c.index + c[0].length, score, max, label: { start: labelStart, end: labelStart + label.length } });
    }
  }
}

/** Every score cell of every pain grid in `text`. */
export function findPainGrids(text: string, lexicons: Pick<Lexicons, 'painScores'>): GridScore[] {
  const k = compile(lexicons.painScores);
  const out: GridScore[] = [];
  if (!k) return out;
  k.header.lastIndex = 0;
  for (let h = k.header.exec(text); h; h = k.header.exec(text)) {
    const max = Number(h.groups?.max ?? 10);
    const headEnd = h.index + h[0].length;
    const lineEnd = text.indexOf('\n', headEnd);
    let at = lineEnd < 0 ? text.length : lineEnd;
    readRows(k, text.slice(headEnd, at), headEnd, max, out);
    // the rows below the header, while each line is nothing but rows
    for (let n = 0; n < MAX_ROWS && at < text.length; n++) {
      const next = text.indexOf('\n', at + 1);
      const end = next < 0 ? text.length : next;
      const line = text.slice(at + 1, end);
      if (!k.rowLine.test(line)) break;
      readRows(k, line, at + 1, max, out);
      at = end;
    }
  }
  return out;
}
