/**
 * Serial-measure tables: a header naming two or more dated columns ("OBJECTIVE   Initial eval
 * 04/22/24   Discharge 07/01/24"), then rows of a label and one cell per column ("R knee flexion
 * AROM   85 deg   128 deg", "Quadriceps MMT R   3+/5   4+/5"). Each measured cell is a finding of
 * its own: the row's label read with that cell alone. Normalization may join the rows into one
 * line with single spaces, so a row is read as a label followed by exactly one cell per column and
 * then a line end or the capital that opens the next row. The column words, the cell shapes and
 * the label words that only name the way of measuring ("AROM", "MMT") are the exam lexicon's
 * `serialColumns`.
 */
import type { Lexicons } from '../../../lexicons/registry.js';
import type { Side } from '../../../types/vocab.js';
import { requiredLiterals } from './literal-gate.js';
import { sideIn } from './side-in.js';

/** One cell of a row: its text and where it stands in the document text. */
export interface SerialCell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One row: where it is, its label's words as a phrase to read each cell with, the label's side, its cells. */
export interface SerialRow {
  /** Where its table's header starts: the rows of one table share it. */
  readonly table: number;
  readonly start: number;
  readonly end: number;
  /** The label without its side, its measuring words and its notes in parentheses. */
  readonly phrase: string;
  readonly side: Side | null;
  /** The label's side as written ("R"), for a measure that reads its side only next to its value. */
  readonly sideWord: string | null;
  readonly cells: readonly SerialCell[];
}

type Conf = NonNullable<Lexicons['examFindings']['serialColumns']>;

/** Most rows one header covers. */
const MAX_ROWS = 20;

interface Compiled {
  readonly header: RegExp;
  /** `header` tried at one place (sticky). */
  readonly headerAt: RegExp;
  /** A character every column title holds, or null (see `nextHeader`). */
  readonly mark: string | null;
  readonly column: RegExp;
  readonly rows: Map<number, RegExp>;
  readonly drop: RegExp;
  readonly sideAt: RegExp;
}

const compiledOf = new WeakMap<object, Compiled>();

/** Letters of `words` as either case (`[tT][rR]...`), so the row pattern itself can stay case-sensitive. */
const eitherCase = (words: string): string => words.replace(/[a-zA-Z]/g, (ch) => `[${ch.toLowerCase()}${ch.toUpperCase()}]`);

/**
 * The one character every match of the column pattern holds ("/" of a date), or null; null too
 * where the header's words could run over a line break (`\s`, `\D`, `\W`, a negated class):
 * `nextHeader` reads one line per header.
 */
function titleMark(conf: Conf): string | null {
  if (/\\[sDWnr]|\[\^/.test(conf.lead + conf.column)) return null;
  const req = requiredLiterals(new RegExp(conf.column, 'i'));
  return req?.length === 1 && req[0]!.length === 1 && req[0] !== '\n' ? req[0]! : null;
}

function compile(conf: Conf, sideToken: string): Compiled {
  let k = compiledOf.get(conf);
  if (!k) {
    const headerSource = `^(?:${conf.lead}[ \\t]+)?((?:${conf.column})(?:[ \\t]+(?:${conf.column}))+)(?=[ \\t]*$|[ \\t]+\\S)`;
    k = {
      header: new RegExp(headerSource, 'gim'),
      headerAt: new RegExp(headerSource, 'yim'),
      mark: titleMark(conf),
      column: new RegExp(conf.column, 'gi'),
      rows: new Map(),
      drop: new RegExp(`(?:^|[ \\t]+)(?:${conf.measureWords})(?=[ \\t]|$)|[ \\t]*\\([^()]*\\)`, 'gi'),
      sideAt: new RegExp(`^(${sideToken})[ \\t]+|[ \\t]+(${sideToken})$`),
    };
    compiledOf.set(conf, k);
  }
  return k;
}

/** The row pattern for `n` columns: a label, then `n` cells, then a line end or the next row's capital. */
function rowOf(k: Compiled, conf: Conf, n: number): RegExp {
  let re = k.rows.get(n);
  if (!re) {
    const cell = `((?:${eitherCase(conf.cellWords)})(?![A-Za-z])|${conf.cell})`;
    re = new RegExp(`([A-Za-z][^\\n]{0,60}?)${`[ \\t]+${cell}`.repeat(n)}(?=[ \\t]*(?:\\n|$)|[ \\t]+[A-Z])`, 'y');
    k.rows.set(n, re);
  }
  return re;
}

/** The label read as words: its side taken off ("Quadriceps MMT R" → "Quadriceps", right), its measuring words and notes dropped. */
function phraseOf(k: Compiled, label: string, lexicons: Pick<Lexicons, 'bodyParts'>): { phrase: string; side: Side | null; sideWord: string | null } {
  const m = k.sideAt.exec(label);
  const side = m ? sideIn(m[1] ?? m[2]!, lexicons) : null;
  const bare = m ? label.slice(0, m.index) + label.slice(m.index + m[0].length) : label;
  k.drop.lastIndex = 0;
  return { phrase: bare.replace(k.drop, '').replace(/\s*\/\s*/g, ' / ').trim(), side, sideWord: side ? m![1] ?? m![2]! : null };
}

/**
 * The header's match at or after `from`, as `header.exec` from there finds it, tried only at the
 * starts of lines where `mark` stands twice: a header has two column titles on its line (no part
 * of the pattern crosses a line break), and `mark` is a character every title holds (the "/" of
 * its date, read off the lexicon's column pattern). The global pattern is tried at every
 * character of the document, this on a line or two of it. Without a mark, or in a text with a
 * line break other than "\n" (which a multiline `^` also follows), the pattern itself searches.
 */
export function nextHeader(header: RegExp, sticky: RegExp, mark: string | null, text: string, from: number): RegExpExecArray | null {
  if (mark === null || text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) {
    header.lastIndex = from;
    const m = header.exec(text);
    header.lastIndex = 0;
    return m;
  }
  for (let at = text.indexOf(mark, from); at >= 0; ) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const second = text.indexOf(mark, at + 1);
    // a line starting before `from` is past, as is a line with one mark
    if (lineStart < from || second < 0 || second >= lineEnd) {
      at = lineStart < from ? (nl < 0 ? -1 : text.indexOf(mark, nl + 1)) : second;
      continue;
    }
    sticky.lastIndex = lineStart;
    const m = sticky.exec(text);
    if (m) return m;
    at = nl < 0 ? -1 : text.indexOf(mark, nl + 1);
  }
  return null;
}

/** Every row of every serial-measure table in `text`. */
export function serialColumnRows(text: string, lexicons: Pick<Lexicons, 'bodyParts' | 'examFindings'>): SerialRow[] {
  const conf = lexicons.examFindings.serialColumns;
  if (!conf) return [];
  const k = compile(conf, lexicons.examFindings.sideToken);
  const out: SerialRow[] = [];
  let from = 0;
  for (let h = nextHeader(k.header, k.headerAt, k.mark, text, 0); h; h = nextHeader(k.header, k.headerAt, k.mark, text, from)) {
    const n = h[1]!.match(k.column)?.length ?? 0;
    if (n < 2) continue;
    const row = rowOf(k, conf, n);
    let at = h.index + h[0].length;
    for (let count = 0; count < MAX_ROWS; count++) {
      // rows follow on the same line or on the next one; a blank line ends the table
      const gap = /^[ \t]*\n?[ \t]*/.exec(text.slice(at, at + 200))![0];
      row.lastIndex = at + gap.length;
      const m = row.exec(text);
      if (!m) break;
      const label = m[1]!;
      const cells: SerialCell[] = [];
      let from = m.index + label.length;
      for (let i = 0; i < n; i++) {
        const cellText = m[i + 2]!;
        const start = text.indexOf(cellText, from);
        cells.push({ text: cellText, start, end: start + cellText.length });
        from = start + cellText.length;
      }
      out.push({ table: h.index, start: m.index, end: from, ...phraseOf(k, label.trim(), lexicons), cells });
      at = from;
    }
    from = Math.max(h.index + h[0].length, at);
  }
  return out;
}

/** Splits a label naming two measures with their values in one cell ("flexion / extension" · "140 / 0 deg"). */
function splitPair(phrase: string, cell: string): Array<{ phrase: string; cell: string }> | null {
  const names = phrase.split(' / ');
  const values = /^(-?\d+(?:\.\d+)?(?:[ \t]*\/[ \t]*-?\d+(?:\.\d+)?)+)[ \t]*([^\d/ \t][^/]*)$/.exec(cell);
  if (names.length < 2 || !values) return null;
  const nums = values[1]!.split(/[ \t]*\/[ \t]*/);
  if (nums.length !== names.length) return null;
  const head = names[0]!.split(' ');
  const prefix = head.slice(0, -1).join(' ');
  return names.map((name, i) => ({ phrase: i === 0 ? name : `${prefix} ${name}`.trim(), cell: `${nums[i]} ${values[2]}` }));
}

/** A pair of sides' measures sharing one unit at its end ("R 44.0 / L 46.5 cm"): the unit written after each. */
const SHARED_UNIT = /^([A-Za-z]{1,5}[ \t]*-?\d+(?:\.\d+)?)([ \t]*\/[ \t]*[A-Za-z]{1,5}[ \t]*-?\d+(?:\.\d+)?)[ \t]*([A-Za-z]+)$/;

/**
 * The sentences to read one cell as: the row's phrase with that cell (each measure of a paired label
 * apart). With `sided`, the label's side is written before the cell ("single-leg stance R 8 sec"),
 * for a measure read only with its side next to it.
 */
export function cellPhrases(row: SerialRow, cell: SerialCell, sided = false): string[] {
  const pairs = splitPair(row.phrase, cell.text);
  if (pairs) return pairs.map((p) => `${p.phrase} ${p.cell}`);
  const shared = SHARED_UNIT.exec(cell.text);
  const side = sided && row.sideWord ? `${row.sideWord} ` : '';
  return [`${row.phrase} ${side}${shared ? `${shared[1]} ${shared[3]}${shared[2]} ${shared[3]}` : cell.text}`];
}
