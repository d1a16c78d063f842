/**
 * Pain trend tables: a title line that names the pain scale ("PAIN TREND (NRS 0-10, patient-reported)"),
 * a column header whose cells name body parts ("| Date | Low back | L leg | Comment |"), and rows
 * that give one score per part, usually with the date of the rating ("| 03/07/24 | 7 | 8 | before
 * injection |"). Each bare number under a body-part column is a score of that part, dated by the
 * row's date cell when it has one. The table is ruled (cells split on "|", which normalization
 * keeps one row per line); border lines ("+----+----+") are skipped. The title's shape is the pain
 * lexicon's `columnGrid.title`.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Span } from '../../types/pipeline.js';
import { findBodyParts } from './find-body-parts.js';

/** One score cell: its span, the span of its column's header cell, and of its row's date cell. */
export interface ColumnGridScore {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly max: number;
  readonly column: Span;
  readonly dateCell: Span | null;
}

interface Cell { readonly start: number; readonly end: number; readonly text: string }

/** Lines between the title and the column header (a border, a blank line). */
const HEADER_REACH = 3;
/** Most rows one table has. */
const MAX_ROWS = 24;
const BORDER = /^[ \t]*[+|=\-_ \t]*$/;
const SCORE = /^\d{1,2}(?:\.\d)?$/;
const DATE_CELL = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$|^[A-Za-z]{3,9}\.?[ \t-]+\d{1,2}(?:,?[ \t-]+\d{2,4})?$/;
const cache = new WeakMap<object, RegExp | null>();

function titleOf(lex: Lexicons['painScores']): RegExp | null {
  let hit = cache.get(lex);
  if (hit === undefined) {
    hit = lex.columnGrid ? new RegExp(lex.columnGrid.title, 'gim') : null;
    cache.set(lex, hit);
  }
  return hit;
}

/** The "|"-separated cells of `line` (which starts at `base`), trimmed; empty inner cells kept. */
function cellsOf(line: string, base: number): Cell[] {
  const out: Cell[] = [];
  const sep = /\|/g;
  let from = 0;
  const push = (a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && (line[s] === ' ' || line[s] === '\t')) s++;
    while (e > s && (line[e - 1] === ' ' || line[e - 1] === '\t')) e--;
    out.push({ start: base + s, end: base + e, text: line.slice(s, e) });
  };
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  // a row opens and closes with "|": drop the empty edges
  if (out.length && out[0]!.text === '') out.shift();
  if (out.length && out[out.length - 1]!.text === '') out.pop();
  return out;
}

/** The line of `text` that starts at `at`, with where it ends. */
function lineAt(text: string, at: number): { line: string; end: number } {
  const next = text.indexOf('\n', at);
  const end = next < 0 ? text.length : next;
  return { line: text.slice(at, end), end };
}

/** Every score cell of every pain trend table in `text`. */
export function findPainColumnGrids(text: string, lexicons: Pick<Lexicons, 'painScores' | 'bodyParts'>): ColumnGridScore[] {
  const title = titleOf(lexicons.painScores);
  const out: ColumnGridScore[] = [];
  // a ruled table has cell borders: most documents have none, and the title scan is skipped
  if (!title || !text.includes('|')) return out;
  title.lastIndex = 0;
  for (let t = title.exec(text); t; t = title.exec(text)) {
    const max = Number(t.groups?.max ?? 10);
    let at = text.indexOf('\n', t.index + t[0].length);
    if (at < 0) continue;
    // the column header: the first line after the title that is not a border
    let header: Cell[] | null = null;
    for (let n = 0; n < HEADER_REACH && at < text.length; n++) {
      const { line, end } = lineAt(text, at + 1);
      if (!BORDER.test(line)) {
        if (line.includes('|')) header = cellsOf(line, at + 1);
        at = end;
        break;
      }
      at = end;
    }
    // a header names its columns: a line with a score in it is a row, not a header
    if (!header || header.length < 2 || header.some((c) => SCORE.test(c.text))) continue;
    const parts = header.map((c) => (findBodyParts(c.text, lexicons).length ? c : null));
    if (!parts.some(Boolean)) continue;
    for (let n = 0; n < MAX_ROWS && at < text.length; n++) {
      const { line, end } = lineAt(text, at + 1);
      if (line.trim() === '') break;
      if (BORDER.test(line)) {
        at = end;
        continue;
      }
      if (!line.includes('|')) break;
      const cells = cellsOf(line, at + 1);
      if (cells.length !== header.length) break;
      const date = cells.find((c) => DATE_CELL.test(c.text)) ?? null;
      let scored = false;
      cells.forEach((c, i) => {
        const column = parts[i];
        if (!column || !SCORE.test(c.text)) return;
        const score = Number(c.text);
        if (score > max) return;
        scored = true;
        out.push({ start: c.start, end: c.end, score, max, column: { start: column.start, end: column.end }, dateCell: date && { start: date.start, end: date.end } });
      });
      if (!scored && !cells.some((c) => c.text === '' || /^(?:-|—|n\/a|not\s+rated)$/i.test(c.text))) break;
      at = end;
    }
  }
  return out;
}
