/**
 * By-visit tables: a header line of two or more dates, one column per visit ("12-Nov-2020
 * 14-Jan-2021 (today)"), over rows of measures, some of them pain rows ("Low back pain (0-10)
 * 7   5", "Leg pain, right / left (0-10)   8 / 5   7 / 4"). Each pain cell is a score of the row's
 * part dated by its column; a "right / left" pair gives one score per side. The header is the
 * nearest line above the row, across the table's other rows (no blank line between), that holds
 * only dates and the lexicon's `headerExtra` words. A row whose cells do not line up one per dated
 * column (extra dashes aside) is not read: which cell belongs to which visit would be a guess.
 * Shapes are the pain lexicon's `serialRows`.
 */
import type { Lexicons } from '../../lexicons/registry.js';
import type { Span } from '../../types/pipeline.js';
import type { Side } from '../../types/vocab.js';
import { findDates } from './find-dates.js';

/** One score cell: its span, its row's label, the header date of its column, and its side from a pair. */
export interface SerialPainScore {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly max: number;
  readonly label: Span;
  readonly dateCell: Span;
  readonly side: Side | null;
}

/** Most table lines between a pain row and its header. */
const HEADER_REACH = 12;
const SCORE = /^(\d{1,2}(?:\.\d)?)(?:[ \t]*\/[ \t]*(\d{1,2}(?:\.\d)?))?$/;
/** One cell of a row: a score, a pair of scores, or a mark for none ("--", "n/a"). */
const CELL = /\d{1,2}(?:\.\d)?(?:[ \t]*\/[ \t]*\d{1,2}(?:\.\d)?)?|-{1,2}|–|n\/?a|NT/gi;

interface Compiled {
  /** What a text must hold for any row to match (the lexicon's `requires`): most documents have no such table. */
  readonly requires: RegExp;
  readonly row: RegExp;
  readonly sides: RegExp;
  readonly headerExtra: RegExp;
}

const cache = new WeakMap<object, Compiled | null>();

function compile(lex: Lexicons['painScores']): Compiled | null {
  let hit = cache.get(lex);
  if (hit === undefined) {
    const g = lex.serialRows;
    hit = g ? { requires: new RegExp(g.requires, 'i'), row: new RegExp(g.row, 'gim'), sides: new RegExp(g.sides, 'i'), headerExtra: new RegExp(g.headerExtra, 'i') } : null;
    cache.set(lex, hit);
  }
  return hit;
}

/** The dates of the dated header above the line starting at `lineStart`, or null. */
function headerDates(k: Compiled, text: string, lineStart: number, lexicons: Pick<Lexicons, 'dateRoles'>): Array<Span & { iso: string }> | null {
  let end = lineStart - 1;
  for (let n = 0; n < HEADER_REACH && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trim()) return null;
    const dates = findDates(line, lexicons, start).filter((d): d is typeof d & { iso: string } => !!d.iso);
    if (dates.length >= 2) {
      let rest = '';
      let at = start;
      for (const d of dates) {
        rest += text.slice(at, d.start);
        at = d.end;
      }
      rest += text.slice(at, end);
      return k.headerExtra.test(rest) ? dates.map((d) => ({ start: d.start, end: d.end, iso: d.iso })) : null;
    }
    end = start - 1;
  }
  return null;
}

/** Every pain score cell of every by-visit table in `text`. */
export function findSerialPainScores(text: string, lexicons: Pick<Lexicons, 'painScores' | 'dateRoles'>): SerialPainScore[] {
  const k = compile(lexicons.painScores);
  const out: SerialPainScore[] = [];
  if (!k || !k.requires.test(text)) return out;
  k.row.lastIndex = 0;
  for (let m = k.row.exec(text); m; m = k.row.exec(text)) {
    const g = m.groups ?? {};
    const label = g.label ?? '';
    const cells = g.cells ?? '';
    const dates = headerDates(k, text, m.index, lexicons);
    if (!dates) continue;
    const cellsAt = m.index + m[0].length - cells.length - (m[0].length - m[0].trimEnd().length);
    // the cells: scores, pairs ("8 / 5 7 / 4" is two pairs) and marks for none
    const found: Array<{ text: string; start: number }> = [];
    CELL.lastIndex = 0;
    for (let c = CELL.exec(cells); c; c = CELL.exec(cells)) found.push({ text: c[0], start: cellsAt + c.index });
    // dashes after the dated columns are columns without a date (another side, a comment)
    while (found.length > dates.length && !SCORE.test(found[found.length - 1]!.text)) found.pop();
    if (found.length !== dates.length) continue;
    const paired = k.sides.test(label);
    const labelStart = m.index + m[0].indexOf(label);
    const max = Number(g.max ?? 10);
    found.forEach((f, i) => {
      const s = SCORE.exec(f.text);
      if (!s) return;
      const date = dates[i]!;
      const base = { end: f.start + f.text.length, max, label: { start: labelStart, end: labelStart + label.length }, dateCell: { start: date.start, end: date.end } };
      if (s[2] === undefined) {
        if (Number(s[1]) <= max) out.push({ ...base, start: f.start, score: Number(s[1]), side: null });
        return;
      }
      // a pair is read only when the label says which side is which
      if (!paired) return;
      const second = f.text.lastIndexOf(s[2]);
      if (Number(s[1]) <= max) out.push({ ...base, start: f.start, end: f.start + s[1]!.length, score: Number(s[1]), side: 'right' });
      if (Number(s[2]) <= max) out.push({ ...base, start: f.start + second, end: f.start + second + s[2].length, score: Number(s[2]), side: 'left' });
    });
  }
  return out;
}
